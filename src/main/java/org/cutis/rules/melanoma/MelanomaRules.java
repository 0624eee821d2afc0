package org.cutis.rules.melanoma;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutis.rules.common.Coded;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.NamedRule;
import org.cutis.rules.common.Rule;
import org.cutis.rules.common.RuleAnswer;
import org.cutis.rules.common.RuleInput;
import org.cutis.rules.common.StagingClassification;

/** The melanoma rules of the batch contract: input fields in, contract result out. */
public final class MelanomaRules {

	private static final MelanomaTCategoryPolicy T_POLICY = new MelanomaTCategoryPolicy();
	private static final MelanomaNCategoryPolicy N_POLICY = new MelanomaNCategoryPolicy();
	private static final MelanomaMCategoryPolicy M_POLICY = new MelanomaMCategoryPolicy();
	private static final MelanomaStagePolicy STAGE_POLICY = new MelanomaStagePolicy();
	private static final ExcisionMarginPolicy MARGIN_POLICY = new ExcisionMarginPolicy();
	private static final SentinelNodeBiopsyPolicy SLNB_POLICY = new SentinelNodeBiopsyPolicy();
	private static final MelanomaImagingPolicy IMAGING_POLICY = new MelanomaImagingPolicy();

	private MelanomaRules() {
	}

	public static List<Rule> all() {
		return List.of(
				new NamedRule("melanoma.t", MelanomaRules::t),
				new NamedRule("melanoma.n", MelanomaRules::n),
				new NamedRule("melanoma.m", MelanomaRules::m),
				new NamedRule("melanoma.stage", MelanomaRules::stage),
				new NamedRule("melanoma.margin", MelanomaRules::margin),
				new NamedRule("melanoma.slnb", MelanomaRules::slnb),
				new NamedRule("melanoma.imaging", MelanomaRules::imaging));
	}

	static RuleAnswer t(RuleInput in) {
		BreslowThickness thickness = in.decimal("breslowMm").map(BreslowThickness::new).orElse(null);
		MelanomaPrimaryFindings primary = new MelanomaPrimaryFindings(in.flag("primaryFound", true),
				in.flag("inSitu"), thickness, in.flag("ulceration"));
		Finding<MelanomaT> t = T_POLICY.classify(primary);
		return RuleAnswer.of(t.value().code(), t);
	}

	static RuleAnswer n(RuleInput in) {
		var occult = in.count("occultNodes", 0, RegionalNodeFindings.MAX_NODES, "rules.invalid.what.occultNodes");
		var clinical = in.count("clinicalNodes", 0, RegionalNodeFindings.MAX_NODES, "rules.invalid.what.clinicalNodes");
		boolean matted = in.flag("matted");
		boolean itm = in.flag("itm");
		Finding<MelanomaN> n;
		if (occult.isEmpty() && clinical.isEmpty() && !matted && !itm) {
			n = N_POLICY.notAssessed();
		} else {
			// Once any nodal finding is recorded, an absent count means none of that kind.
			n = N_POLICY.classify(new RegionalNodeFindings(occult.orElse(0), clinical.orElse(0), matted, itm));
		}
		return RuleAnswer.of(n.value().code(), n);
	}

	static RuleAnswer m(RuleInput in) {
		Set<MetastaticSite> sites = new LinkedHashSet<>();
		for (Object site : in.list("sites")) {
			if (!(site instanceof String code)) {
				throw new InvalidInputException("sites", "rules.invalid.melanoma.sites", "sites", Coded.allowed(MetastaticSite.class));
			}
			sites.add(Coded.fromCode(MetastaticSite.class, code, "sites"));
		}
		LdhLevel ldh = in.code("ldh", LdhLevel.class, LdhLevel.UNKNOWN);
		Finding<MelanomaM> m = M_POLICY.classify(sites, ldh);
		return RuleAnswer.of(m.value().code(), m);
	}

	static RuleAnswer stage(RuleInput in) {
		StagingClassification classification = in.requiredCode("classification", StagingClassification.class);
		MelanomaT t = MelanomaT.parse(in.requiredText("t", "rules.invalid.what.t"), "t");
		MelanomaN n = MelanomaN.parse(in.requiredText("n", "rules.invalid.what.n"), "n");
		MelanomaM m = MelanomaM.parse(in.requiredText("m", "rules.invalid.what.m"), "m");
		Finding<MelanomaStage> stage = STAGE_POLICY.stage(classification, t, n, m);
		return RuleAnswer.of(stage.value().code(), stage);
	}

	static RuleAnswer margin(RuleInput in) {
		boolean inSitu = in.flag("inSitu");
		var breslow = in.decimal("breslowMm").map(BreslowThickness::new);
		if (inSitu && breslow.isPresent()) {
			throw new InvalidInputException("breslowMm", "rules.invalid.melanoma.inSituHasNoBreslow");
		}
		if (!inSitu && breslow.isEmpty()) {
			throw new InvalidInputException("breslowMm", "rules.invalid.melanoma.breslowRequired", 0, 100);
		}
		Finding<ExcisionMargin> margin = inSitu ? MARGIN_POLICY.inSitu() : MARGIN_POLICY.invasive(breslow.get());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("value", margin.value().label());
		result.put("minCm", margin.value().minCm());
		result.put("maxCm", margin.value().maxCm());
		return RuleAnswer.of(result, margin);
	}

	static RuleAnswer slnb(RuleInput in) {
		MelanomaT t = MelanomaT.parse(in.requiredText("t", "rules.invalid.what.t"), "t");
		Finding<SlnbRecommendation> advice = SLNB_POLICY.recommend(t, in.flag("itm"), in.flag("microstagingUncertain"));
		return RuleAnswer.of(advice.value().code(), advice);
	}

	static RuleAnswer imaging(RuleInput in) {
		String stage = in.codeText("stage").orElseThrow(() -> new InvalidInputException("stage",
				"rules.invalid.stageRequired", "stage", Explanation.anyOf(MelanomaImagingPolicy.STAGES)));
		Finding<ImagingRecommendation> advice = IMAGING_POLICY.recommend(stage);
		return RuleAnswer.of(advice.value().code(), advice);
	}
}
