package org.cutis.tumorboard.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.cutis.clinical.AjccStage;
import org.cutis.clinical.Diagnosis;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.DiagnosisKind;

/**
 * Which stagings put a case before the board. Thresholds come from configuration
 * ({@code cutis.tumorboard.*}); defaults are the center's: every invasive melanoma whose clinical
 * or pathological stage is IB or higher (a T1b melanoma without SLNB is clinical IB, the
 * "consider SLNB" group, even while its pathological stage is IA), every invasive melanoma whose T
 * could not be determined, every Merkel cell carcinoma, every recurrence, cSCC of AJCC T3 or
 * higher or BWH T2b or higher. Discordant correlations reach the board from the correlation
 * itself, not from the staging.
 */
public record EligibilityRules(String melanomaMinimumStage, boolean recurrence, String csccMinimumAjccT,
		String csccMinimumBwhT, boolean merkel) {
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
		if (invasiveMelanoma(staged)) {
			AjccStage mostAdvanced = mostAdvanced(staged);
			if (mostAdvanced != null && mostAdvanced.isAtLeast(new AjccStage(melanomaMinimumStage))) {
				reasons.add(EligibilityReason.MELANOMA_STAGE);
			}
			else if (staged.tIndeterminate()) {
				reasons.add(EligibilityReason.STAGE_INDETERMINATE);
			}
		}
		if (merkel && staged.diagnosis() == Diagnosis.MERKEL_CELL_CARCINOMA) {
			reasons.add(EligibilityReason.MERKEL_CELL_CARCINOMA);
		}
		if (recurrence && staged.recurrence()) {
			reasons.add(EligibilityReason.RECURRENCE);
		}
		if (staged.kind() == DiagnosisKind.CSCC && (atLeast(CSCC_T, bare(staged.ajccT()), csccMinimumAjccT)
				|| atLeast(BWH_T, staged.bwhT(), csccMinimumBwhT))) {
			reasons.add(EligibilityReason.HIGH_RISK_CSCC);
		}
		return reasons;
	}

	/**
	 * The coded diagnosis decides; while a publisher leaves it out, the kind and the in-situ flag
	 * stand in for it.
	 */
	static boolean invasiveMelanoma(CancerStaged staged) {
		boolean melanoma = staged.diagnosis() != null ? staged.diagnosis() == Diagnosis.MELANOMA
				: staged.kind() == DiagnosisKind.MELANOMA;
		return melanoma && !staged.inSitu();
	}

	/** The most advanced of the clinical, pathological and effective stage groups; null when none is one. */
	static AjccStage mostAdvanced(CancerStaged staged) {
		return Stream.of(staged.clinicalStage(), staged.pathologicalStage(), staged.stage())
			.map(AjccStage::ofNullable)
			.filter(Objects::nonNull)
			.max(AjccStage::compareTo)
			.orElse(null);
	}

	private static boolean atLeast(List<String> order, String value, String minimum) {
		int index = value == null ? -1 : order.indexOf(value);
		return index >= 0 && index >= order.indexOf(minimum);
	}

	/** "pT3" → "T3": the prefix says how it was classified, not how far the tumour reached. */
	private static String bare(String t) {
		return t == null ? null : t.replaceFirst("^(yp|c|p|r)", "");
	}
}
