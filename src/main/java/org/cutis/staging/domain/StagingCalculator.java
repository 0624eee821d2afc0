package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.cutis.rules.bcc.BccFindings;
import org.cutis.rules.bcc.BccRisk;
import org.cutis.rules.bcc.BccRiskPolicy;
import org.cutis.rules.bcc.BccSubtype;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Determination;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.StagingClassification;
import org.cutis.rules.common.TumorDiameter;
import org.cutis.rules.cscc.BoneInvasion;
import org.cutis.rules.cscc.BwhFindings;
import org.cutis.rules.cscc.BwhT;
import org.cutis.rules.cscc.BwhTPolicy;
import org.cutis.rules.cscc.CsccN;
import org.cutis.rules.cscc.CsccNCategoryPolicy;
import org.cutis.rules.cscc.CsccPrimaryFindings;
import org.cutis.rules.cscc.CsccStage;
import org.cutis.rules.cscc.CsccStagePolicy;
import org.cutis.rules.cscc.CsccT;
import org.cutis.rules.cscc.CsccTCategoryPolicy;
import org.cutis.rules.cscc.MetastaticNode;
import org.cutis.rules.cscc.NodeSide;
import org.cutis.rules.melanoma.ImagingRecommendation;
import org.cutis.rules.melanoma.LdhLevel;
import org.cutis.rules.melanoma.MelanomaM;
import org.cutis.rules.melanoma.MelanomaMCategoryPolicy;
import org.cutis.rules.melanoma.MelanomaN;
import org.cutis.rules.melanoma.MelanomaNCategoryPolicy;
import org.cutis.rules.melanoma.MelanomaPrimaryFindings;
import org.cutis.rules.melanoma.MelanomaStage;
import org.cutis.rules.melanoma.MelanomaStagePolicy;
import org.cutis.rules.melanoma.MelanomaT;
import org.cutis.rules.melanoma.MelanomaImagingPolicy;
import org.cutis.rules.melanoma.MelanomaTCategoryPolicy;
import org.cutis.rules.melanoma.MetastaticSite;
import org.cutis.rules.melanoma.RegionalNodeFindings;
import org.cutis.rules.melanoma.SentinelNodeBiopsyPolicy;
import org.cutis.rules.melanoma.SlnbRecommendation;

/**
 * Stages one cancer with the typed rule policies (the same policies the calculators, the rules
 * API and registry batch mode reach through the rule engine), from its combined evidence, the
 * clinician's findings and the work-up. Cutis's own conventions on top of the rules (what is
 * assumed before the work-up) are stated in the explanation, so the clinician who accepts the
 * stage sees them.
 */
public class StagingCalculator {
	/** AJCC 8 "cutaneous carcinoma of the head and neck" sites; the chapter excludes the eyelid. */
	static final Set<AnatomicSite> HEAD_AND_NECK = EnumSet.of(AnatomicSite.SCALP, AnatomicSite.FOREHEAD,
			AnatomicSite.TEMPLE, AnatomicSite.EYEBROW, AnatomicSite.PERIORBITAL, AnatomicSite.NOSE, AnatomicSite.CHEEK,
			AnatomicSite.LIP, AnatomicSite.CHIN, AnatomicSite.JAWLINE, AnatomicSite.EAR, AnatomicSite.PREAURICULAR,
			AnatomicSite.POSTAURICULAR, AnatomicSite.NECK);

	private static final MelanomaTCategoryPolicy MELANOMA_T = new MelanomaTCategoryPolicy();
	private static final MelanomaNCategoryPolicy MELANOMA_N = new MelanomaNCategoryPolicy();
	private static final MelanomaMCategoryPolicy MELANOMA_M = new MelanomaMCategoryPolicy();
	private static final MelanomaStagePolicy MELANOMA_STAGE = new MelanomaStagePolicy();
	private static final SentinelNodeBiopsyPolicy SLNB = new SentinelNodeBiopsyPolicy();
	private static final MelanomaImagingPolicy IMAGING = new MelanomaImagingPolicy();
	private static final CsccTCategoryPolicy CSCC_T = new CsccTCategoryPolicy();
	private static final CsccNCategoryPolicy CSCC_N = new CsccNCategoryPolicy();
	private static final CsccStagePolicy CSCC_STAGE = new CsccStagePolicy();
	private static final BwhTPolicy BWH = new BwhTPolicy();
	private static final BccRiskPolicy BCC_RISK = new BccRiskPolicy();

	/** What the cancer itself knows besides the pathology: where, how large clinically, the clinician's findings. */
	public record Tumour(AnatomicSite site, BigDecimal clinicalDiameterMm, ClinicalFindings clinical) {
	}

	public StageComputation compute(org.cutis.staging.DiagnosisKind kind, Tumour tumour, CombinedFacts facts,
			WorkupFacts work) {
		Run run = new Run();
		run.explanation.addAll(facts.explanation());
		return switch (kind) {
			case MELANOMA -> run.melanoma(facts, work);
			case CSCC -> run.cscc(tumour, facts, work);
			case BCC -> run.bcc(tumour, facts);
			case OTHER -> run.none();
		};
	}

	/** One computation: collects explanation, rule sets and sources as the policies are called. */
	private static final class Run {
		final List<Explanation> explanation = new ArrayList<>();
		final Set<Explanation> said = new java.util.HashSet<>();
		final Set<String> ruleSets = new LinkedHashSet<>();
		final Set<String> sources = new LinkedHashSet<>();

		<V> V apply(String label, Supplier<Finding<V>> rule) {
			Explanation step = Explanation.of("staging.why.step." + label.replace(" ", ""));
			try {
				Finding<V> f = rule.get();
				ruleSets.add(f.ruleSet().id());
				sources.add(f.source());
				// a note both stage groups carry (e.g. the AJCC 9 caveat) is said once, not on every line
				f.why().stream().filter(line -> !line.english().contains("[M]") || said.add(line))
					.forEach(line -> explanation.add(Explanation.of("staging.why.labelled", step, line)));
				return f.value();
			}
			catch (InvalidInputException e) {
				// the rule's reason as a code, so the cancer page and the packet read it in their reader's language
				explanation.add(Explanation.of("staging.why.notAssigned", step, e.problem()));
				return null;
			}
		}

		StageComputation melanoma(CombinedFacts f, WorkupFacts work) {
			MelanomaT t = apply("T", () -> MELANOMA_T.classify(new MelanomaPrimaryFindings(true, f.inSitu(),
					f.inSitu() ? null : f.thickness(), f.ulceration())));
			if (t == MelanomaT.TX && f.notAssessable() != null) {
				explanation.add(Explanation.of("staging.why.thicknessNotAssessable",
						Explanation.of("pathology.notAssessable." + f.notAssessable().code())));
			}
			boolean itm = f.itm();
			int clinicalNodes = work.clinicalNodes() + f.nodalMetastases();
			MelanomaN cN;
			if (clinicalNodes > 0 || itm) {
				cN = apply("cN", () -> MELANOMA_N.classify(new RegionalNodeFindings(0, clinicalNodes, false, itm)));
			}
			else {
				cN = MelanomaN.N0;
				explanation.add(Explanation.of("staging.why.assumeCN0"));
			}
			boolean nodalPathology = work.nodalPathologyDone() || f.nodalMetastases() > 0;
			MelanomaN pN = null;
			boolean pNisClinical = false;
			if (nodalPathology) {
				int occult = work.nodalPathologyDone() ? work.nodesPositive() : 0;
				pN = apply("pN", () -> MELANOMA_N.classify(new RegionalNodeFindings(occult, clinicalNodes, false, itm)));
				if (work.nodalPathologyDone()) {
					explanation.add(Explanation.of("staging.why.nodesPositive", work.nodesPositive(), work.nodesExamined(),
							String.join(", ", work.basins())));
				}
			}
			else if (t == MelanomaT.TIS || t == MelanomaT.T1A || t == MelanomaT.T1B) {
				pN = cN;
				pNisClinical = true;
				explanation.add(Explanation.of("staging.why.pnClinicalForT1"));
			}
			else {
				explanation.add(Explanation.of("staging.why.pnWaits"));
			}
			Set<MetastaticSite> sites = EnumSet.noneOf(MetastaticSite.class);
			sites.addAll(f.distantSites());
			work.metastaticSites().forEach(code -> sites.add(org.cutis.rules.common.Coded.fromCode(MetastaticSite.class,
					code, "site")));
			LdhLevel ldh = org.cutis.rules.common.Coded.fromCode(LdhLevel.class, work.ldh(), "ldh");
			MelanomaM m = apply("M", () -> MELANOMA_M.classify(sites, ldh));
			if (sites.isEmpty()) {
				explanation.add(Explanation.of("staging.why.assumeM0"));
			}
			boolean distantByPathology = !f.distantSites().isEmpty();
			SlnbRecommendation slnb = t == null || t == MelanomaT.TX || t == MelanomaT.T0 ? null
					: apply("SLNB", () -> SLNB.recommend(t, itm, f.microstagingUncertain()));
			MelanomaN clinicalN = cN;
			MelanomaStage cStage = t == null || m == null ? null
					: apply("Clinical stage", () -> MELANOMA_STAGE.stage(StagingClassification.CLINICAL, t, clinicalN, m));
			MelanomaN pathN = pN;
			MelanomaStage pStage = t == null || m == null || pN == null ? null
					: apply("Pathological stage",
							() -> MELANOMA_STAGE.stage(StagingClassification.PATHOLOGICAL, t, pathN, m));
			MelanomaStage mostAdvanced = mostAdvanced(cStage, pStage);
			ImagingRecommendation imaging = mostAdvanced == null || f.inSitu() ? null
					: apply("Imaging and LDH", () -> IMAGING.recommend(mostAdvanced));
			String tCode = t == null ? null : "p" + t.code();
			String mCode = m == null ? null : "c" + m.code();
			String pmCode = m == null ? null : (distantByPathology ? "p" : "c") + m.code();
			String pnCode = pN == null ? "pNX" : (pNisClinical ? "c" : "p") + pN.code();
			return result(tCode, "c" + cN.code(), mCode, cStage == null ? null : cStage.code(), tCode, pnCode, pmCode,
					pStage == null ? null : pStage.code(), null, null, slnb == null ? null : slnb.code(),
					imaging == null ? null : imaging.code(), f.microstagingUncertain());
		}

		/** The work-up follows the most advanced stage known (clinical III before the pathological substage). */
		private static MelanomaStage mostAdvanced(MelanomaStage clinical, MelanomaStage pathological) {
			if (clinical == null || pathological == null) {
				return clinical == null ? pathological : clinical;
			}
			return org.cutis.clinical.AjccStage.ofNullable(pathological.code())
				.isAtLeast(org.cutis.clinical.AjccStage.ofNullable(clinical.code())) ? pathological : clinical;
		}

		StageComputation cscc(Tumour tumour, CombinedFacts f, WorkupFacts work) {
			TumorDiameter diameter = diameter(tumour.clinicalDiameterMm());
			if (diameter == null) {
				explanation.add(Explanation.of("staging.why.noDiameter"));
			}
			String bwh = code(apply("BWH", () -> BWH.classify(new BwhFindings(diameter, f.differentiation(),
					f.nerveAtLeast01mm(), f.beyondSubcutaneousFat(), false))), BwhT::code);
			AnatomicSite site = tumour.site();
			if (site == null || !HEAD_AND_NECK.contains(site)) {
				explanation.add(Explanation.of("staging.why.notHeadAndNeck", site == null
						? Explanation.of("staging.why.siteNotRecorded") : Explanation.of("rules.option.site." + site.code())));
				return result(null, null, null, null, null, null, null, null, bwh, null, null, null, false);
			}
			CsccT t = apply("AJCC T", () -> CSCC_T.classify(new CsccPrimaryFindings(false, diameter, f.depthMm(),
					f.beyondSubcutaneousFat(), f.perineuralInvasion(), BoneInvasion.NONE)));
			List<MetastaticNode> nodes = work.csccNodes()
				.stream()
				.map(n -> new MetastaticNode(NodeSide.valueOf(n.side().toUpperCase()), n.sizeCm(), n.ene()))
				.toList();
			CsccN n;
			String nPrefix;
			if (work.csccPathological()) {
				n = apply("AJCC pN", () -> CSCC_N.classify(StagingClassification.PATHOLOGICAL, nodes));
				nPrefix = "p";
			}
			else if (!nodes.isEmpty()) {
				n = apply("AJCC cN", () -> CSCC_N.classify(StagingClassification.CLINICAL, nodes));
				nPrefix = "c";
			}
			else {
				n = apply("AJCC cN", () -> CSCC_N.classify(StagingClassification.CLINICAL, List.of()));
				nPrefix = "c";
				explanation.add(Explanation.of("staging.why.csccAssumeCN0"));
			}
			boolean distant = !work.metastaticSites().isEmpty();
			if (!distant) {
				explanation.add(Explanation.of("staging.why.csccAssumeM0"));
			}
			CsccStage stage = t == null || n == null ? null : apply("AJCC stage", () -> CSCC_STAGE.stage(t, n, distant));
			return result(null, null, null, null, t == null ? null : "p" + t.code(),
					n == null ? null : nPrefix + n.code(), distant ? "cM1" : "cM0", stage == null ? null : stage.code(),
					bwh, null, null, null, false);
		}

		StageComputation bcc(Tumour tumour, CombinedFacts f) {
			ClinicalFindings clinical = tumour.clinical();
			BccSubtype subtype = f.bccSubtypes()
				.stream()
				.filter(BccSubtype::isAggressive)
				.findFirst()
				.orElse(f.bccSubtypes().isEmpty() ? null : f.bccSubtypes().get(0));
			String risk = code(apply("NCCN risk", () -> BCC_RISK.assess(new BccFindings(tumour.site(),
					diameter(tumour.clinicalDiameterMm()), clinical.poorlyDefined(), clinical.recurrent(),
					clinical.priorRadiotherapy(), subtype, f.perineuralInvasion()))), BccRisk::code);
			return result(null, null, null, null, null, null, null, null, null, risk, null, null, false);
		}

		StageComputation none() {
			explanation.add(Explanation.of("staging.why.noRule"));
			return result(null, null, null, null, null, null, null, null, null, null, null, null, false);
		}

		StageComputation result(String cT, String cN, String cM, String cStage, String pT, String pN, String pM,
				String pStage, String bwhT, String bccRisk, String slnb, String imaging, boolean uncertain) {
			return new StageComputation(cT, cN, cM, cStage, pT, pN, pM, pStage, bwhT, bccRisk, slnb, imaging, uncertain,
					explanation, String.join("; ", ruleSets), String.join("; ", sources));
		}

		/** "indeterminate" when the missing inputs could change the answer: never a guess towards low. */
		private static <V> String code(Determination<V> answer, java.util.function.Function<V, String> code) {
			return answer == null ? null : answer.code(code);
		}

		/** The lesion's clinical diameter in mm as the rules' diameter in cm. */
		private static TumorDiameter diameter(BigDecimal mm) {
			return mm == null ? null : new TumorDiameter(mm.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP));
		}
	}
}
