package org.cutis.rules.ctcae;

import org.cutis.rules.common.BodySurfaceArea;
import org.cutis.rules.ctcae.CtcaeFindings.Desquamation;

/** CTCAE v5.0 criteria of erythema multiforme, SJS, TEN and radiation dermatitis (reference 7). */
final class SevereSkinGraders {

	private SevereSkinGraders() {
	}

	static void erythemaMultiforme(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa != null) {
			if (bsa.isBelowTen()) {
				e.reach(1, "Target lesions covering " + bsa + " (under 10 %)");
				if (f.pain()) {
					e.note("Skin tenderness was recorded; grade 1 is worded 'not associated with skin tenderness' and grade 2 '10-30 % with tenderness' – graded by BSA, review");
				}
			} else if (bsa.isTenToThirty()) {
				e.reach(2, "Target lesions covering " + bsa + " (10-30 %)");
			} else if (f.mucosalErosions()) {
				e.reach(3, "Target lesions covering " + bsa + " (over 30 %) with oral or genital erosions");
			} else {
				e.reach(2, "Target lesions covering " + bsa + " (over 30 %) without recorded oral or genital erosions");
				e.note("Grade 3 is worded 'over 30 % BSA and associated with oral or genital erosions'; without erosions Cutis grades 2 – review");
			}
		} else if (f.mucosalErosions()) {
			e.note("Oral or genital erosions count for grade 3 only with target lesions over 30 % BSA; BSA was not recorded");
		}
	}

	static void stevensJohnson(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa == null) {
			return;
		}
		sloughingRead(f, e);
		if (bsa.isBelowTen()) {
			e.reach(3, "Skin sloughing covering " + bsa + " (under 10 %) with associated signs");
		} else if (bsa.compareTo("30") <= 0) {
			e.reach(4, "Skin sloughing covering " + bsa + " (10-30 %) with associated signs");
		} else {
			e.reach(4, "Skin sloughing covering " + bsa + " (over 30 %)");
			e.note("Sloughing of 30 % BSA or more is toxic epidermal necrolysis in CTCAE v5.0; consider grading 'Toxic epidermal necrolysis'");
		}
	}

	static void toxicEpidermalNecrolysis(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa == null) {
			return;
		}
		sloughingRead(f, e);
		if (bsa.compareTo("30") >= 0) {
			e.reach(4, "Skin sloughing covering " + bsa + " (30 % or more) with associated signs");
		} else {
			e.note("Sloughing of " + bsa + " is below the TEN definition (30 % or more); consider grading 'Stevens-Johnson syndrome'");
		}
	}

	private static void sloughingRead(CtcaeFindings f, GradeEvidence e) {
		if (!f.skinSloughing()) {
			e.note("bsaPercent is read as the area of skin sloughing (with erythema, purpura, epidermal or mucous membrane detachment)");
		}
	}

	static void radiationDermatitis(CtcaeFindings f, GradeEvidence e) {
		Desquamation desquamation = f.desquamation() == null ? Desquamation.NONE : f.desquamation();
		switch (desquamation) {
			case DRY -> e.reach(1, "Faint erythema or dry desquamation");
			case MOIST_FOLDS -> e.reach(2, "Patchy moist desquamation, mostly confined to skin folds and creases");
			case MOIST_BEYOND_FOLDS -> e.reach(3, "Moist desquamation in areas other than skin folds and creases");
			default -> {
			}
		}
		if (f.bleedingMinorTrauma()) {
			e.reach(3, "Bleeding induced by minor trauma or abrasion");
		}
	}
}
