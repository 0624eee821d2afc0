package org.cutis.rules.ctcae;

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
			e.reach(3, "Severe skin changes with pain");
		} else if (f.pain()) {
			e.reach(2, "Skin changes (peeling, blisters, bleeding, fissures, oedema, hyperkeratosis) with pain");
		} else if (f.symptoms() != null) {
			e.reach(1, "Skin changes without pain");
			if (f.symptoms() == Symptoms.SEVERE) {
				e.note("Severe changes without pain: grade 3 is worded 'severe skin changes with pain' – review");
			}
		}
		RashGraders.adl(f, e, 2, 3);
	}

	static void pruritus(CtcaeFindings f, GradeEvidence e) {
		if (f.extent() == Extent.LOCALIZED) {
			e.reach(1, "Localized");
		} else if (f.extent() == Extent.WIDESPREAD_INTERMITTENT) {
			e.reach(2, "Widespread and intermittent");
		} else if (f.extent() == Extent.WIDESPREAD_CONSTANT) {
			e.reach(3, "Widespread and constant");
		}
		if (f.symptoms() == Symptoms.MILD) {
			e.reach(1, "Mild");
		}
		Treatment treatment = f.treatment() == null ? Treatment.NONE : f.treatment();
		switch (treatment) {
			case TOPICAL -> e.reach(1, "Topical treatment indicated");
			case ORAL -> e.reach(2, "Oral intervention indicated");
			case SYSTEMIC_IMMUNOSUPPRESSIVE -> e.reach(3, "Systemic corticosteroid or immunosuppressive therapy indicated");
			default -> {
			}
		}
		RashGraders.adl(f, e, 2, 3);
	}

	static void paronychia(CtcaeFindings f, GradeEvidence e) {
		Treatment treatment = f.treatment() == null ? Treatment.NONE : f.treatment();
		switch (treatment) {
			case TOPICAL -> e.reach(2, "Local intervention indicated");
			case ORAL -> e.reach(2, "Oral intervention indicated (antibiotic, antifungal, antiviral)");
			case IV_ANTIBIOTICS -> e.reach(3, "IV antibiotics indicated");
			case OPERATIVE -> e.reach(3, "Operative intervention indicated");
			default -> {
			}
		}
		if (f.pain()) {
			e.reach(2, "Painful nail fold oedema or erythema");
		}
		RashGraders.adl(f, e, 2, 3);
	}

	static void alopecia(CtcaeFindings f, GradeEvidence e) {
		BigDecimal loss = f.hairLossPercent();
		if (loss != null) {
			String percent = loss.stripTrailingZeros().toPlainString() + " %";
			if (loss.compareTo(FIFTY) < 0) {
				e.reach(1, "Hair loss of " + percent + " (under 50 % of normal)");
			} else {
				e.reach(2, "Hair loss of " + percent + " (50 % or more of normal)");
			}
		}
		if (f.wigNeeded()) {
			e.reach(2, "Wig or hair piece needed to camouflage the loss");
		}
		if (f.psychosocialImpact()) {
			e.reach(2, "Associated with psychosocial impact");
		}
	}

	static void nailLoss(CtcaeFindings f, GradeEvidence e) {
		if (f.symptomatic() || f.pain()) {
			e.reach(2, "Symptomatic separation of the nail bed from the nail plate or nail loss");
		} else if (f.symptoms() == Symptoms.NONE) {
			e.reach(1, "Asymptomatic separation of the nail bed from the nail plate or nail loss");
		}
		RashGraders.adl(f, e, 2, 3);
	}

	static void presentOnly(CtcaeFindings f, GradeEvidence e) {
		e.reach(1, "Present");
	}
}
