package org.cutis.surveillance.plan.domain;

import java.util.Locale;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.followup.Diagnosis;
import org.cutis.rules.melanoma.MelanomaStage;

/**
 * What the follow-up rule is asked with: the diagnosis and the schedule's stage (melanoma: the
 * AJCC stage group; cSCC: the extent {@code local} or {@code regional}; BCC: the NCCN risk group,
 * which the schedule does not depend on). A missing stage is indeterminate, never the lightest
 * schedule: the clinician chooses the stage at activation.
 *
 * @param stage null when indeterminate
 * @param note  why the stage is what it is (derived, indeterminate), null when taken as staged
 */
public record ScheduleBasis(Diagnosis diagnosis, String stage, boolean indeterminate, Explanation note) {

	public static final String LOCAL = "local";
	public static final String REGIONAL = "regional";

	/**
	 * @param kind        the cancer's kind code (melanoma, cscc, bcc)
	 * @param cancerStage the stage decisions go by (pathological, else clinical, else BCC risk), null if none
	 * @param bwhT        BWH T of a cSCC (T1, T2a, T2b, T3), null otherwise
	 */
	public static ScheduleBasis of(String kind, String cancerStage, String bwhT) {
		Diagnosis diagnosis = Diagnosis.valueOf(kind.toUpperCase(Locale.ROOT));
		return switch (diagnosis) {
			case MELANOMA -> melanoma(cancerStage);
			case BCC -> new ScheduleBasis(Diagnosis.BCC, cancerStage, false, null);
			case CSCC -> cscc(cancerStage, bwhT);
		};
	}

	private static ScheduleBasis melanoma(String cancerStage) {
		MelanomaStage stage = cancerStage == null ? null : MelanomaStage.fromCode(cancerStage);
		if (stage == null) {
			return new ScheduleBasis(Diagnosis.MELANOMA, null, true,
					Explanation.of("surveillance.note.melanomaIndeterminate", cancerStage));
		}
		return new ScheduleBasis(Diagnosis.MELANOMA, stage.code(), false, null);
	}

	/**
	 * The rule's two cSCC schedules: local disease, or regional/high-risk disease. Nodal or distant
	 * disease (AJCC III, IV) and the BWH high-risk tumours (T2b, T3) take the regional schedule.
	 */
	private static ScheduleBasis cscc(String cancerStage, String bwhT) {
		String stage = cancerStage == null ? null : cancerStage.trim().toUpperCase(Locale.ROOT);
		String bwh = bwhT == null ? null : bwhT.trim().toUpperCase(Locale.ROOT).replaceFirst("^BWH\\s*", "");
		boolean nodalOrDistant = stage != null && (stage.startsWith("III") || stage.startsWith("IV"));
		boolean highRiskT = bwh != null && (bwh.equals("T2B") || bwh.equals("T3"));
		if (nodalOrDistant || highRiskT) {
			return new ScheduleBasis(Diagnosis.CSCC, REGIONAL, false,
					Explanation.of("surveillance.note.csccRegional", stage, bwhT));
		}
		boolean lowRiskT = bwh != null && (bwh.equals("T1") || bwh.equals("T2A"));
		boolean earlyStage = stage != null && (stage.equals("0") || stage.equals("I") || stage.equals("II"));
		if (lowRiskT || (bwh == null && earlyStage)) {
			return new ScheduleBasis(Diagnosis.CSCC, LOCAL, false, Explanation.of("surveillance.note.csccLocal", stage, bwhT));
		}
		return new ScheduleBasis(Diagnosis.CSCC, null, true, Explanation.of("surveillance.note.csccIndeterminate", stage, bwhT));
	}

	/** The clinician's choice for an indeterminate stage; null when the code is not a stage of the diagnosis. */
	public ScheduleBasis chosen(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (diagnosis == Diagnosis.MELANOMA) {
			MelanomaStage stage = MelanomaStage.fromCode(code);
			return stage == null ? null : new ScheduleBasis(diagnosis, stage.code(), false,
					Explanation.of("surveillance.note.stageChosen", stage.code()));
		}
		if (diagnosis == Diagnosis.CSCC) {
			String extent = code.trim().toLowerCase(Locale.ROOT);
			return extent.equals(LOCAL) || extent.equals(REGIONAL)
					? new ScheduleBasis(diagnosis, extent, false, Explanation.of("surveillance.note.stageChosen", extent))
					: null;
		}
		return new ScheduleBasis(diagnosis, stage, false, note);
	}
}
