package org.cutis.staging.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;
import org.cutis.staging.PathologyFindings;

/**
 * Stages one cancer through the rules engine, never by its own tables: the same rules serve the
 * calculators, the API and registry batch mode. Cutis's own conventions on top of the rules
 * (what is assumed before the work-up) are stated in the explanation, so the clinician who
 * accepts the stage sees them.
 */
public class StagingCalculator {
	/** AJCC 8 "cutaneous carcinoma of the head and neck" sites; the chapter excludes the eyelid. */
	static final Set<String> HEAD_AND_NECK = Set.of("scalp", "forehead", "temple", "eyebrow", "periorbital", "nose",
			"cheek", "lip", "chin", "jawline", "ear", "preauricular", "postauricular", "neck");

	private final RuleEngine engine;

	public StagingCalculator(RuleEngine engine) {
		this.engine = engine;
	}

	public StageComputation compute(PathologyFindings f, WorkupFacts work) {
		return switch (f.kind()) {
			case MELANOMA -> new Run().melanoma(f, work);
			case CSCC -> new Run().cscc(f);
			case BCC -> new Run().bcc(f);
			case OTHER -> new Run().none();
		};
	}

	/** One computation: collects explanation, rule sets and sources as the rules are called. */
	private final class Run {
		final List<String> explanation = new ArrayList<>();
		final Set<String> ruleSets = new LinkedHashSet<>();
		final Set<String> sources = new LinkedHashSet<>();

		String rule(String name, Map<String, Object> input, String label) {
			RuleOutcome outcome = engine.evaluate(name, input);
			if (outcome instanceof RuleOutcome.Success s) {
				ruleSets.add(s.ruleSet());
				sources.add(s.source());
				s.explanation().forEach(line -> explanation.add(label + ": " + line));
				return String.valueOf(s.value());
			}
			RuleOutcome.Failure failure = (RuleOutcome.Failure) outcome;
			explanation.add(label + ": not assigned — " + failure.message());
			return null;
		}

		StageComputation melanoma(PathologyFindings f, WorkupFacts work) {
			Map<String, Object> primary = new LinkedHashMap<>();
			primary.put("inSitu", f.inSitu());
			if (f.breslowMm() != null) {
				primary.put("breslowMm", f.breslowMm());
			}
			primary.put("ulceration", f.ulceration());
			String t = rule("melanoma.t", primary, "T");
			boolean itm = f.microsatellites();
			String cN;
			if (work.clinicalNodes() > 0 || itm) {
				cN = rule("melanoma.n", Map.of("occultNodes", 0, "clinicalNodes", work.clinicalNodes(), "itm", itm), "cN");
			}
			else {
				cN = "N0";
				explanation.add("cN: no clinically detected regional node or in-transit metastasis is recorded; "
						+ "Cutis assumes cN0 until examination or imaging says otherwise (confirm on acceptance)");
			}
			String pN;
			if (work.slnbDone()) {
				pN = rule("melanoma.n", Map.of("occultNodes", work.slnbPositive(), "clinicalNodes", work.clinicalNodes(),
						"itm", itm), "pN");
			}
			else if (t != null && (t.equals("Tis") || t.startsWith("T1"))) {
				pN = cN;
				explanation.add("pN: pathological nodal evaluation is not required for Tis/T1; cN is used (AJCC 8)");
			}
			else {
				pN = "NX";
				explanation.add("pN: regional nodes not assessed pathologically yet (no SLNB result); "
						+ "the pathological stage waits for it");
			}
			Map<String, Object> distant = new LinkedHashMap<>();
			distant.put("sites", List.copyOf(work.metastaticSites()));
			distant.put("ldh", work.ldh());
			String m = rule("melanoma.m", distant, "M");
			if (work.metastaticSites().isEmpty()) {
				explanation.add("M: no distant metastasis is recorded from imaging; M0 until the work-up says otherwise");
			}
			String slnb = t == null || t.equals("TX") || t.equals("T0") ? null
					: rule("melanoma.slnb", Map.of("t", t), "SLNB");
			String cStage = t == null || m == null ? null : rule("melanoma.stage",
					Map.of("classification", "clinical", "t", t, "n", cN, "m", m), "Clinical stage");
			String pStage = t == null || m == null || pN == null || pN.equals("NX") ? null : rule("melanoma.stage",
					Map.of("classification", "pathological", "t", t, "n", pN, "m", m), "Pathological stage");
			if (work.slnbDone()) {
				explanation.add("SLNB: " + work.slnbPositive() + " of " + work.slnbExamined()
						+ " sentinel node(s) positive; deposit size and ENE are recorded for the board but are not "
						+ "AJCC 8 melanoma N criteria in Cutis's reference");
			}
			return result("c" + t, "c" + cN, "c" + m, cStage, "p" + t, "p" + pN, m == null ? null : "c" + m, pStage,
					null, null, slnb);
		}

		StageComputation cscc(PathologyFindings f) {
			Map<String, Object> bwh = new LinkedHashMap<>();
			if (f.diameterCm() != null) {
				bwh.put("diameterCm", f.diameterCm());
			}
			if (f.differentiation() != null) {
				bwh.put("differentiation", f.differentiation());
			}
			bwh.put("perineuralNerveAtLeast01mm", f.perineuralNerveAtLeast01mm());
			bwh.put("beyondSubcutaneousFat", f.beyondSubcutaneousFat());
			bwh.put("boneInvasion", f.bone() != null && !f.bone().equals("none"));
			String bwhT = rule("cscc.bwh", bwh, "BWH");
			if (f.site() == null || !HEAD_AND_NECK.contains(f.site())) {
				explanation.add("AJCC: the 8th edition stages cutaneous carcinoma of the head and neck only (eyelid "
						+ "excluded); site " + (f.site() == null ? "not recorded" : f.site()) + " has no AJCC stage");
				return result(null, null, null, null, null, null, null, null, bwhT, null, null);
			}
			Map<String, Object> tumour = new LinkedHashMap<>();
			tumour.put("inSitu", f.inSitu());
			if (f.diameterCm() != null) {
				tumour.put("diameterCm", f.diameterCm());
			}
			if (f.depthMm() != null) {
				tumour.put("depthMm", f.depthMm());
			}
			tumour.put("beyondSubcutaneousFat", f.beyondSubcutaneousFat());
			tumour.put("perineuralInvasion", f.perineuralInvasion());
			tumour.put("bone", f.bone() == null ? "none" : f.bone());
			String t = rule("cscc.t", tumour, "AJCC T");
			explanation.add("AJCC N/M: no regional node or distant metastasis is recorded; N0 M0 assumed (confirm)");
			String stage = t == null ? null : rule("cscc.stage", Map.of("t", t, "n", "N0", "m", "M0"), "AJCC stage");
			return result(null, null, null, null, t == null ? null : "p" + t, "cN0", "cM0", stage, bwhT, null, null);
		}

		StageComputation bcc(PathologyFindings f) {
			Map<String, Object> in = new LinkedHashMap<>();
			if (f.site() != null) {
				in.put("site", f.site());
			}
			if (f.diameterCm() != null) {
				in.put("diameterCm", f.diameterCm());
			}
			if (f.borders() != null) {
				in.put("borders", f.borders());
			}
			if (f.bccSubtype() != null) {
				in.put("subtype", f.bccSubtype());
			}
			in.put("recurrent", f.recurrent());
			in.put("priorRadiotherapy", f.priorRadiotherapy());
			in.put("perineuralInvasion", f.perineuralInvasion());
			String risk = rule("bcc.risk", in, "NCCN risk");
			return result(null, null, null, null, null, null, null, null, null, risk, null);
		}

		StageComputation none() {
			explanation.add("No staging rule for this diagnosis in Cutis; stage it by hand with a reason");
			return result(null, null, null, null, null, null, null, null, null, null, null);
		}

		StageComputation result(String cT, String cN, String cM, String cStage, String pT, String pN, String pM,
				String pStage, String bwhT, String bccRisk, String slnb) {
			return new StageComputation(nullIfBare(cT), nullIfBare(cN), nullIfBare(cM), cStage, nullIfBare(pT),
					nullIfBare(pN), nullIfBare(pM), pStage, bwhT, bccRisk, slnb, explanation,
					String.join("; ", ruleSets), String.join("; ", sources));
		}

		private String nullIfBare(String code) {
			return code == null || code.endsWith("null") ? null : code;
		}
	}
}
