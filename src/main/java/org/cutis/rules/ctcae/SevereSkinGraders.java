package org.cutis.rules.ctcae;

import org.cutis.rules.common.Explanation;
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
				e.reach(1, Explanation.of("rules.why.ctcae.targetLesionsCoveringUnder10", bsa));
				if (f.pain()) {
					e.note(Explanation.of("rules.why.ctcae.skinTendernessWasRecordedGrade"));
				}
			} else if (bsa.isTenToThirty()) {
				e.reach(2, Explanation.of("rules.why.ctcae.targetLesionsCovering1030", bsa));
			} else if (f.mucosalErosions()) {
				e.reach(3, Explanation.of("rules.why.ctcae.targetLesionsCoveringOver30", bsa));
			} else {
				e.reach(2, Explanation.of("rules.why.ctcae.targetLesionsCoveringOver302", bsa));
				e.note(Explanation.of("rules.why.ctcae.grade3IsWordedOver2"));
			}
		} else if (f.mucosalErosions()) {
			e.note(Explanation.of("rules.why.ctcae.oralOrGenitalErosionsCount"));
		}
	}

	static void stevensJohnson(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa == null) {
			return;
		}
		sloughingRead(f, e);
		if (bsa.isBelowTen()) {
			e.reach(3, Explanation.of("rules.why.ctcae.skinSloughingCoveringUnder10", bsa));
		} else if (bsa.compareTo("30") <= 0) {
			e.reach(4, Explanation.of("rules.why.ctcae.skinSloughingCovering1030", bsa));
		} else {
			e.reach(4, Explanation.of("rules.why.ctcae.skinSloughingCoveringOver30", bsa));
			e.note(Explanation.of("rules.why.ctcae.sloughingOf30BSAOr"));
		}
	}

	static void toxicEpidermalNecrolysis(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa == null) {
			return;
		}
		sloughingRead(f, e);
		if (bsa.compareTo("30") >= 0) {
			e.reach(4, Explanation.of("rules.why.ctcae.skinSloughingCovering30Or", bsa));
		} else {
			e.note(Explanation.of("rules.why.ctcae.sloughingOfIsBelowThe", bsa));
		}
	}

	private static void sloughingRead(CtcaeFindings f, GradeEvidence e) {
		if (!f.skinSloughing()) {
			e.note(Explanation.of("rules.why.ctcae.bsapercentIsReadAsThe"));
		}
	}

	static void radiationDermatitis(CtcaeFindings f, GradeEvidence e) {
		Desquamation desquamation = f.desquamation() == null ? Desquamation.NONE : f.desquamation();
		switch (desquamation) {
			case DRY -> e.reach(1, Explanation.of("rules.why.ctcae.faintErythemaOrDryDesquamation"));
			case MOIST_FOLDS -> e.reach(2, Explanation.of("rules.why.ctcae.patchyMoistDesquamationMostlyConfined"));
			case MOIST_BEYOND_FOLDS -> e.reach(3, Explanation.of("rules.why.ctcae.moistDesquamationInAreasOther"));
			default -> {
			}
		}
		if (f.bleedingMinorTrauma()) {
			e.reach(3, Explanation.of("rules.why.ctcae.bleedingInducedByMinorTrauma"));
		}
	}
}
