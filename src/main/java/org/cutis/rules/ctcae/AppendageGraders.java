package org.cutis.rules.ctcae;

import org.cutis.rules.common.Explanation;
import java.math.BigDecimal;

import org.cutis.rules.ctcae.CtcaeFindings.Extent;
import org.cutis.rules.ctcae.CtcaeFindings.Symptoms;
import org.cutis.rules.ctcae.CtcaeFindings.Treatment;

/** CTCAE v5.0 criteria of PPE, pruritus, paronychia, alopecia and the nail terms (reference 7). */
final class AppendageGraders {

	private static final BigDecimal FIFTY = new BigDecimal("50");

	private AppendageGraders() {
	}

	static void palmarPlantar(CtcaeFindings f, GradeEvidence e) {
		if (f.pain() && f.symptoms() == Symptoms.SEVERE) {
			e.reach(3, Explanation.of("rules.why.ctcae.severeSkinChangesWithPain"));
		} else if (f.pain()) {
			e.reach(2, Explanation.of("rules.why.ctcae.skinChangesPeelingBlistersBleeding"));
		} else if (f.symptoms() != null) {
			e.reach(1, Explanation.of("rules.why.ctcae.skinChangesWithoutPain"));
			if (f.symptoms() == Symptoms.SEVERE) {
				e.note(Explanation.of("rules.why.ctcae.severeChangesWithoutPainGrade"));
			}
		}
		RashGraders.adl(f, e, 2, 3);
	}

	static void pruritus(CtcaeFindings f, GradeEvidence e) {
		if (f.extent() == Extent.LOCALIZED) {
			e.reach(1, Explanation.of("rules.why.ctcae.localized"));
		} else if (f.extent() == Extent.WIDESPREAD_INTERMITTENT) {
			e.reach(2, Explanation.of("rules.why.ctcae.widespreadAndIntermittent"));
		} else if (f.extent() == Extent.WIDESPREAD_CONSTANT) {
			e.reach(3, Explanation.of("rules.why.ctcae.widespreadAndConstant"));
		}
		if (f.symptoms() == Symptoms.MILD) {
			e.reach(1, Explanation.of("rules.why.ctcae.mild"));
		}
		Treatment treatment = f.treatment() == null ? Treatment.NONE : f.treatment();
		switch (treatment) {
			case TOPICAL -> e.reach(1, Explanation.of("rules.why.ctcae.topicalTreatmentIndicated"));
			case ORAL -> e.reach(2, Explanation.of("rules.why.ctcae.oralInterventionIndicated"));
			case SYSTEMIC_IMMUNOSUPPRESSIVE -> e.reach(3, Explanation.of("rules.why.ctcae.systemicCorticosteroidOrImmunosuppressiveTherapy"));
			default -> {
			}
		}
		RashGraders.adl(f, e, 2, 3);
	}

	static void paronychia(CtcaeFindings f, GradeEvidence e) {
		Treatment treatment = f.treatment() == null ? Treatment.NONE : f.treatment();
		switch (treatment) {
			case TOPICAL -> e.reach(2, Explanation.of("rules.why.ctcae.localInterventionIndicated"));
			case ORAL -> e.reach(2, Explanation.of("rules.why.ctcae.oralInterventionIndicatedAntibioticAntifungal"));
			case IV_ANTIBIOTICS -> e.reach(3, Explanation.of("rules.why.ctcae.ivAntibioticsIndicated"));
			case OPERATIVE -> e.reach(3, Explanation.of("rules.why.ctcae.operativeInterventionIndicated"));
			default -> {
			}
		}
		if (f.pain()) {
			e.reach(2, Explanation.of("rules.why.ctcae.painfulNailFoldOedemaOr"));
		}
		RashGraders.adl(f, e, 2, 3);
	}

	static void alopecia(CtcaeFindings f, GradeEvidence e) {
		BigDecimal loss = f.hairLossPercent();
		if (loss != null) {
			String percent = loss.stripTrailingZeros().toPlainString() + " %";
			if (loss.compareTo(FIFTY) < 0) {
				e.reach(1, Explanation.of("rules.why.ctcae.hairLossOfUnder50", percent));
			} else {
				e.reach(2, Explanation.of("rules.why.ctcae.hairLossOf50Or", percent));
			}
		}
		if (f.wigNeeded()) {
			e.reach(2, Explanation.of("rules.why.ctcae.wigOrHairPieceNeeded"));
		}
		if (f.psychosocialImpact()) {
			e.reach(2, Explanation.of("rules.why.ctcae.associatedWithPsychosocialImpact"));
		}
	}

	static void nailLoss(CtcaeFindings f, GradeEvidence e) {
		if (f.symptomatic() || f.pain()) {
			e.reach(2, Explanation.of("rules.why.ctcae.symptomaticSeparationOfTheNail"));
		} else if (f.symptoms() == Symptoms.NONE) {
			e.reach(1, Explanation.of("rules.why.ctcae.asymptomaticSeparationOfTheNail"));
		}
		RashGraders.adl(f, e, 2, 3);
	}

	static void presentOnly(CtcaeFindings f, GradeEvidence e) {
		e.reach(1, Explanation.of("rules.why.ctcae.present"));
	}
}
