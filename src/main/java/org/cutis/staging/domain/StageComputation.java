package org.cutis.staging.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the rules engine concluded for one cancer at one moment: clinical and pathological TNM
 * and stage groups (melanoma), AJCC head-and-neck and BWH T side by side (cSCC), NCCN risk
 * (BCC), the SLNB advice, and why, with the rule sets that produced it. Null = not assigned;
 * the explanation then says why.
 */
public record StageComputation(String clinicalT, String clinicalN, String clinicalM, String clinicalStage,
		String pathologicalT, String pathologicalN, String pathologicalM, String pathologicalStage, String bwhT,
		String bccRisk, String slnbAdvice, List<String> explanation, String ruleVersion, String source) {

	public StageComputation {
		explanation = List.copyOf(explanation);
	}

	/** The stage a clinician reads first: pathological when assigned, else clinical, else the risk group. */
	public String headlineStage() {
		if (pathologicalStage != null) {
			return pathologicalStage;
		}
		return clinicalStage != null ? clinicalStage : bccRisk;
	}

	/** Changes of N, M or stage group against an earlier computation, e.g. "pN: NX → N1a". */
	public List<String> changesFrom(StageComputation before) {
		List<String> changes = new ArrayList<>();
		change(changes, "cN", before.clinicalN, clinicalN);
		change(changes, "cM", before.clinicalM, clinicalM);
		change(changes, "pN", before.pathologicalN, pathologicalN);
		change(changes, "pM", before.pathologicalM, pathologicalM);
		change(changes, "cStage", before.clinicalStage, clinicalStage);
		change(changes, "pStage", before.pathologicalStage, pathologicalStage);
		change(changes, "T", before.pathologicalT, pathologicalT);
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
