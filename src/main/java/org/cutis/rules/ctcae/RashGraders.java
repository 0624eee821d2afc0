package org.cutis.rules.ctcae;

import org.cutis.rules.common.BodySurfaceArea;
import org.cutis.rules.ctcae.CtcaeFindings.AdlLimit;
import org.cutis.rules.ctcae.CtcaeFindings.Superinfection;

/** CTCAE v5.0 criteria of the BSA-graded rash terms (reference 7). */
final class RashGraders {

	private RashGraders() {
	}

	static void adl(CtcaeFindings f, GradeEvidence e, int instrumental, int selfCare) {
		if (f.adlLimit() == AdlLimit.INSTRUMENTAL) {
			e.reach(instrumental, "Limiting instrumental ADL");
		} else if (f.adlLimit() == AdlLimit.SELF_CARE) {
			e.reach(selfCare, "Limiting self-care ADL");
		}
	}

	/**
	 * Rash acneiform and Rash maculo-papular share the v5 clarification that more than 30 % BSA
	 * with no or mild symptoms is grade 2; grade 3 needs moderate or severe symptoms.
	 */
	private static void rashBsa(CtcaeFindings f, GradeEvidence e, String lesions) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa == null) {
			return;
		}
		if (bsa.isBelowTen()) {
			e.reach(1, lesions + " covering " + bsa + " (under 10 %)");
		} else if (bsa.isTenToThirty()) {
			e.reach(2, lesions + " covering " + bsa + " (10-30 %)");
		} else if (f.moderateOrSevereSymptoms()) {
			e.reach(3, lesions + " covering " + bsa + " (over 30 %) with moderate or severe symptoms");
		} else {
			e.reach(2, lesions + " covering " + bsa + " (over 30 %) with no or mild symptoms – the v5.0 clarification makes this grade 2");
			if (f.symptoms() == null) {
				e.note("Symptoms were not recorded; over 30 % BSA with moderate or severe symptoms would be grade 3");
			}
		}
	}

	static void acneiform(CtcaeFindings f, GradeEvidence e) {
		rashBsa(f, e, "Papules and/or pustules");
		if (f.psychosocialImpact()) {
			e.reach(2, "Psychosocial impact");
		}
		adl(f, e, 2, 3);
		if (f.superinfection() == Superinfection.LOCAL_ORAL_ANTIBIOTICS) {
			e.reach(3, "Local superinfection with oral antibiotics indicated");
		} else if (f.superinfection() == Superinfection.EXTENSIVE_IV_ANTIBIOTICS) {
			e.reach(4, "Extensive superinfection with IV antibiotics indicated, at any BSA");
		}
	}

	static void maculoPapular(CtcaeFindings f, GradeEvidence e) {
		rashBsa(f, e, "Macules/papules");
		adl(f, e, 2, 3);
	}

	static void drySkin(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		boolean itchOrRed = f.symptomatic();
		if (bsa != null) {
			if (bsa.isBelowTen()) {
				e.reach(1, "Dry skin covering " + bsa + " (under 10 %)");
			} else if (bsa.isTenToThirty()) {
				if (itchOrRed) {
					e.reach(2, "Dry skin covering " + bsa + " (10-30 %) with erythema or pruritus");
				} else {
					e.reach(1, "Dry skin covering " + bsa + " (10-30 %) without recorded erythema or pruritus");
					e.note("Grade 2 is worded '10-30 % BSA and associated with erythema or pruritus'; without them the grade 2 wording is not met – review");
				}
			} else if (itchOrRed) {
				e.reach(3, "Dry skin covering " + bsa + " (over 30 %) with pruritus");
			} else {
				e.reach(2, "Dry skin covering " + bsa + " (over 30 %) without recorded pruritus");
				e.note("Grade 3 is worded 'over 30 % BSA and associated with pruritus'; without pruritus Cutis grades one lower – review");
			}
		}
		adl(f, e, 2, 3);
	}

	static void hyperpigmentation(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa != null) {
			if (bsa.isBelowTen()) {
				e.reach(1, "Hyperpigmentation covering " + bsa + " (under 10 %)");
			} else if (bsa.compareTo("10") > 0) {
				e.reach(2, "Hyperpigmentation covering " + bsa + " (over 10 %)");
			} else {
				e.reach(1, "Hyperpigmentation covering exactly 10 % BSA");
				e.note("CTCAE words grade 1 '<10 %' and grade 2 '>10 %', leaving exactly 10 % undefined; Cutis does not upgrade without '>10 %' – review");
			}
		}
		if (f.psychosocialImpact()) {
			e.reach(2, "Associated with psychosocial impact");
		}
	}

	static void photosensitivity(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa != null) {
			if (bsa.isBelowTen()) {
				e.reach(1, "Erythema covering " + bsa + " (under 10 %)");
				if (f.pain()) {
					e.note("Tenderness was recorded; grade 1 is worded 'painless erythema' and grade 2 'tender erythema covering 10-30 %' – graded by BSA, review");
				}
			} else if (bsa.isTenToThirty()) {
				e.reach(2, "Erythema covering " + bsa + " (10-30 %)");
			} else if (f.blistering()) {
				e.reach(3, "Erythema covering " + bsa + " (over 30 %) with blistering");
			} else {
				e.reach(2, "Erythema covering " + bsa + " (over 30 %) without recorded blistering");
				e.note("Grade 3 is worded 'erythema over 30 % BSA and erythema with blistering'; without blistering Cutis grades 2 – review");
			}
		}
		switch (f.treatment() == null ? CtcaeFindings.Treatment.NONE : f.treatment()) {
			case ORAL -> e.reach(3, "Oral treatment, read as oral corticosteroid therapy indicated");
			case SYSTEMIC_IMMUNOSUPPRESSIVE -> e.reach(3, "Systemic corticosteroid therapy indicated");
			default -> {
			}
		}
	}

	static void bullous(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa != null) {
			if (bsa.isBelowTen()) {
				e.reach(1, "Blisters covering " + bsa + " (under 10 %)");
			} else if (bsa.isTenToThirty()) {
				e.reach(2, "Blisters covering " + bsa + " (10-30 %)");
			} else {
				e.reach(3, "Blisters covering " + bsa + " (over 30 %)");
			}
		}
		if (f.pain()) {
			e.reach(2, "Painful blisters");
		}
		adl(f, e, 2, 3);
	}
}
