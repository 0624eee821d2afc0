package org.cutis.rules.ctcae;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.BodySurfaceArea;
import org.cutis.rules.ctcae.CtcaeFindings.AdlLimit;
import org.cutis.rules.ctcae.CtcaeFindings.Superinfection;

/** CTCAE v5.0 criteria of the BSA-graded rash terms (reference 7). */
final class RashGraders {

	private RashGraders() {
	}

	static void adl(CtcaeFindings f, GradeEvidence e, int instrumental, int selfCare) {
		if (f.adlLimit() == AdlLimit.INSTRUMENTAL) {
			e.reach(instrumental, Explanation.of("rules.why.ctcae.limitingInstrumentalADL"));
		} else if (f.adlLimit() == AdlLimit.SELF_CARE) {
			e.reach(selfCare, Explanation.of("rules.why.ctcae.limitingSelfCareADL"));
		}
	}

	/**
	 * Rash acneiform and Rash maculo-papular share the v5 clarification that more than 30 % BSA
	 * with no or mild symptoms is grade 2; grade 3 needs moderate or severe symptoms.
	 */
	private static void rashBsa(CtcaeFindings f, GradeEvidence e, Explanation lesions) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa == null) {
			return;
		}
		if (bsa.isBelowTen()) {
			e.reach(1, Explanation.of("rules.why.ctcae.coveringUnder10", lesions, bsa));
		} else if (bsa.isTenToThirty()) {
			e.reach(2, Explanation.of("rules.why.ctcae.covering1030", lesions, bsa));
		} else if (f.moderateOrSevereSymptoms()) {
			e.reach(3, Explanation.of("rules.why.ctcae.coveringOver30WithModerate", lesions, bsa));
		} else {
			e.reach(2, Explanation.of("rules.why.ctcae.coveringOver30WithNo", lesions, bsa));
			if (f.symptoms() == null) {
				e.note(Explanation.of("rules.why.ctcae.symptomsWereNotRecordedOver"));
			}
		}
	}

	static void acneiform(CtcaeFindings f, GradeEvidence e) {
		rashBsa(f, e, Explanation.of("rules.why.ctcae.papulesPustules"));
		if (f.psychosocialImpact()) {
			e.reach(2, Explanation.of("rules.why.ctcae.psychosocialImpact"));
		}
		adl(f, e, 2, 3);
		if (f.superinfection() == Superinfection.LOCAL_ORAL_ANTIBIOTICS) {
			e.reach(3, Explanation.of("rules.why.ctcae.localSuperinfectionWithOralAntibiotics"));
		} else if (f.superinfection() == Superinfection.EXTENSIVE_IV_ANTIBIOTICS) {
			e.reach(4, Explanation.of("rules.why.ctcae.extensiveSuperinfectionWithIVAntibiotics"));
		}
	}

	static void maculoPapular(CtcaeFindings f, GradeEvidence e) {
		rashBsa(f, e, Explanation.of("rules.why.ctcae.maculesPapules"));
		adl(f, e, 2, 3);
	}

	static void drySkin(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		boolean itchOrRed = f.symptomatic();
		if (bsa != null) {
			if (bsa.isBelowTen()) {
				e.reach(1, Explanation.of("rules.why.ctcae.drySkinCoveringUnder10", bsa));
			} else if (bsa.isTenToThirty()) {
				if (itchOrRed) {
					e.reach(2, Explanation.of("rules.why.ctcae.drySkinCovering1030", bsa));
				} else {
					e.reach(1, Explanation.of("rules.why.ctcae.drySkinCovering10302", bsa));
					e.note(Explanation.of("rules.why.ctcae.grade2IsWorded10"));
				}
			} else if (itchOrRed) {
				e.reach(3, Explanation.of("rules.why.ctcae.drySkinCoveringOver30", bsa));
			} else {
				e.reach(2, Explanation.of("rules.why.ctcae.drySkinCoveringOver302", bsa));
				e.note(Explanation.of("rules.why.ctcae.grade3IsWordedOver"));
			}
		}
		adl(f, e, 2, 3);
	}

	static void hyperpigmentation(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa != null) {
			if (bsa.isBelowTen()) {
				e.reach(1, Explanation.of("rules.why.ctcae.hyperpigmentationCoveringUnder10", bsa));
			} else if (bsa.compareTo("10") > 0) {
				e.reach(2, Explanation.of("rules.why.ctcae.hyperpigmentationCoveringOver10", bsa));
			} else {
				e.reach(1, Explanation.of("rules.why.ctcae.hyperpigmentationCoveringExactly10BSA"));
				e.note(Explanation.of("rules.why.ctcae.ctcaeWordsGrade110"));
			}
		}
		if (f.psychosocialImpact()) {
			e.reach(2, Explanation.of("rules.why.ctcae.associatedWithPsychosocialImpact2"));
		}
	}

	static void photosensitivity(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa != null) {
			if (bsa.isBelowTen()) {
				e.reach(1, Explanation.of("rules.why.ctcae.erythemaCoveringUnder10", bsa));
				if (f.pain()) {
					e.note(Explanation.of("rules.why.ctcae.tendernessWasRecordedGrade1"));
				}
			} else if (bsa.isTenToThirty()) {
				e.reach(2, Explanation.of("rules.why.ctcae.erythemaCovering1030", bsa));
			} else if (f.blistering()) {
				e.reach(3, Explanation.of("rules.why.ctcae.erythemaCoveringOver30With", bsa));
			} else {
				e.reach(2, Explanation.of("rules.why.ctcae.erythemaCoveringOver30Without", bsa));
				e.note(Explanation.of("rules.why.ctcae.grade3IsWordedErythema"));
			}
		}
		switch (f.treatment() == null ? CtcaeFindings.Treatment.NONE : f.treatment()) {
			case ORAL -> e.reach(3, Explanation.of("rules.why.ctcae.oralTreatmentReadAsOral"));
			case SYSTEMIC_IMMUNOSUPPRESSIVE -> e.reach(3, Explanation.of("rules.why.ctcae.systemicCorticosteroidTherapyIndicated"));
			default -> {
			}
		}
	}

	static void bullous(CtcaeFindings f, GradeEvidence e) {
		BodySurfaceArea bsa = f.bsa();
		if (bsa != null) {
			if (bsa.isBelowTen()) {
				e.reach(1, Explanation.of("rules.why.ctcae.blistersCoveringUnder10", bsa));
			} else if (bsa.isTenToThirty()) {
				e.reach(2, Explanation.of("rules.why.ctcae.blistersCovering1030", bsa));
			} else {
				e.reach(3, Explanation.of("rules.why.ctcae.blistersCoveringOver30", bsa));
			}
		}
		if (f.pain()) {
			e.reach(2, Explanation.of("rules.why.ctcae.painfulBlisters"));
		}
		adl(f, e, 2, 3);
	}
}
