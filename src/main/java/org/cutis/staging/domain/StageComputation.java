package org.cutis.staging.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cutis.rules.common.Explanation;

/**
 * What the rules concluded for one cancer at one moment: clinical and pathological TNM, each
 * category written with its prefix ({@code pT2b}, {@code cN0}, {@code pN1a}), and the stage groups
 * (melanoma), AJCC head-and-neck and BWH T side by side (cSCC), NCCN risk (BCC), the SLNB and
 * imaging advice, and why, with the rule sets that produced it. Null = not assigned; the
 * explanation then says why. A melanoma's T is pT in both rows: it comes from histology, and
 * AJCC writes "pT1b cN0 cM0" when the nodes were only assessed clinically.
 */
public record StageComputation(String clinicalT, String clinicalN, String clinicalM, String clinicalStage,
		String pathologicalT, String pathologicalN, String pathologicalM, String pathologicalStage, String bwhT,
		String bccRisk, String slnbAdvice, String imagingAdvice, boolean microstagingUncertain,
		List<Explanation> why, String ruleVersion, String source) {

	public StageComputation {
		why = List.copyOf(why);
	}

	/** The explanation in English. */
	public List<String> explanation() {
		return Explanation.english(why);
	}

	/** The stage a clinician reads first: pathological when assigned, else clinical, else the risk group. */
	public String headlineStage() {
		if (pathologicalStage != null) {
			return pathologicalStage;
		}
		return clinicalStage != null ? clinicalStage : bccRisk;
	}

	/**
	 * The TNM line that goes with the headline stage: the pathological row when it has a stage,
	 * else the clinical row (e.g. pT2b cN0 cM0, clinical IIA, while the sentinel node is awaited).
	 */
	public Tnm headline() {
		if (pathologicalStage != null) {
			return new Tnm(pathologicalT, pathologicalN, pathologicalM, pathologicalStage);
		}
		if (clinicalStage != null || clinicalT != null) {
			return new Tnm(clinicalT, clinicalN, clinicalM, clinicalStage);
		}
		return new Tnm(pathologicalT, pathologicalN, pathologicalM, null);
	}

	/** The headline T, N, M with their prefixes and the AJCC stage group (null when not computed). */
	public record Tnm(String t, String n, String m, String stage) {
	}

	/** Changes of T, N, M or stage group against an earlier computation, e.g. "pN: NX → N1a". */
	public List<String> changesFrom(StageComputation before) {
		List<String> changes = new ArrayList<>();
		change(changes, "T", before.pathologicalT, pathologicalT);
		change(changes, "cN", before.clinicalN, clinicalN);
		change(changes, "cM", before.clinicalM, clinicalM);
		change(changes, "pN", before.pathologicalN, pathologicalN);
		change(changes, "pM", before.pathologicalM, pathologicalM);
		change(changes, "cStage", before.clinicalStage, clinicalStage);
		change(changes, "pStage", before.pathologicalStage, pathologicalStage);
		change(changes, "BWH", before.bwhT, bwhT);
		change(changes, "risk", before.bccRisk, bccRisk);
		return changes;
	}

	private static void change(List<String> changes, String what, String from, String to) {
		if (!Objects.equals(from, to)) {
			changes.add(what + ": " + (from == null ? "-" : from) + " → " + (to == null ? "-" : to));
		}
	}
}
