package org.cutis.tumorboard.domain;

import java.util.ArrayList;
import java.util.List;

import org.cutis.staging.CancerStaged;
import org.cutis.staging.DiagnosisKind;

/**
 * Which stagings put a case before the board. Thresholds come from configuration
 * ({@code cutis.tumorboard.*}); defaults are the center's: every invasive melanoma of stage IB or
 * higher, every recurrence, cSCC of AJCC T3 or higher or BWH T2b or higher, every discordant
 * clinicopathological correlation.
 */
public record EligibilityRules(String melanomaMinimumStage, boolean recurrence, String csccMinimumAjccT,
		String csccMinimumBwhT, boolean discordant) {
	static final List<String> MELANOMA_STAGES = List.of("0", "IA", "IB", "IIA", "IIB", "IIC", "III", "IIIA", "IIIB",
			"IIIC", "IIID", "IV");
	static final List<String> CSCC_T = List.of("Tis", "T1", "T2", "T3", "T4a", "T4b");
	static final List<String> BWH_T = List.of("T1", "T2a", "T2b", "T3");

	public EligibilityRules {
		if (!MELANOMA_STAGES.contains(melanomaMinimumStage)) {
			throw new IllegalArgumentException("cutis.tumorboard.melanoma-minimum-stage must be one of " + MELANOMA_STAGES);
		}
		if (!CSCC_T.contains(csccMinimumAjccT) || !BWH_T.contains(csccMinimumBwhT)) {
			throw new IllegalArgumentException("cutis.tumorboard cSCC thresholds must be AJCC " + CSCC_T + " / BWH " + BWH_T);
		}
	}

	/** The reasons this staging makes the cancer eligible, in rule order (empty: not eligible). */
	public List<EligibilityReason> reasons(CancerStaged staged) {
		List<EligibilityReason> reasons = new ArrayList<>();
		if (staged.kind() == DiagnosisKind.MELANOMA && !staged.inSitu()
				&& atLeast(MELANOMA_STAGES, staged.stage(), melanomaMinimumStage)) {
			reasons.add(EligibilityReason.MELANOMA_STAGE);
		}
		if (recurrence && staged.recurrence()) {
			reasons.add(EligibilityReason.RECURRENCE);
		}
		if (staged.kind() == DiagnosisKind.CSCC && (atLeast(CSCC_T, bare(staged.ajccT()), csccMinimumAjccT)
				|| atLeast(BWH_T, staged.bwhT(), csccMinimumBwhT))) {
			reasons.add(EligibilityReason.HIGH_RISK_CSCC);
		}
		if (discordant && staged.discordant()) {
			reasons.add(EligibilityReason.DISCORDANT);
		}
		return reasons;
	}

	private static boolean atLeast(List<String> order, String value, String minimum) {
		int index = value == null ? -1 : order.indexOf(value);
		return index >= 0 && index >= order.indexOf(minimum);
	}

	/** "pT3" → "T3": the prefix says how it was classified, not how far the tumour reached. */
	private static String bare(String t) {
		return t == null ? null : t.replaceFirst("^(yp|c|p)", "");
	}
}
