package org.cutis.rules.mohs;

import org.cutis.rules.common.Explanation;
import static org.cutis.rules.mohs.MohsRating.APPROPRIATE;
import static org.cutis.rules.mohs.MohsRating.INAPPROPRIATE;
import static org.cutis.rules.mohs.MohsRating.NOT_RATED;
import static org.cutis.rules.mohs.MohsRating.UNCERTAIN;

import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.RuleSet;

/**
 * Mohs AUC 2012 ratings from the verified subset of the criteria (reference 6.3, Decision 9).
 * Rows of the verified tables that are not split by patient apply to every patient category;
 * rows split by patient (area L primary nodular/superficial BCC and non-aggressive SCC) rate only
 * the categories they name. Anything else is {@code not-rated}: never a guess.
 */
public final class MohsAucPolicy {

	public static final RuleSet RULE_SET = RuleSet.MOHS_AUC_2012;
	public static final String SOURCE = RULE_SET.source("verified subset of the 270 scenarios");

	public Finding<MohsAssessment> rate(MohsScenario s) {
		List<Explanation> why = new ArrayList<>();
		MohsArea area = MohsArea.of(s.site());
		why.add(Explanation.of("rules.why.mohs.siteIsAUCArea", Explanation.of("rules.option.site." + s.site().code()), area.code(),
				Explanation.of("rules.why.mohs.area." + area.code())));
		why.add(Explanation.of(s.priorRadiationAtSite() ? "rules.why.mohs.scenarioIrradiated" : "rules.why.mohs.scenario",
				Explanation.of(s.recurrent() ? "rules.why.mohs.recurrent" : "rules.why.mohs.primary"),
				Explanation.of("rules.option.tumor." + s.tumor().code()), Explanation.of("rules.option.patient." + s.patient().code())));
		MohsRating rating;
		if (s.tumor().isBcc() && (s.patient() == PatientCategory.GENETIC_SYNDROME || s.priorRadiationAtSite())) {
			rating = APPROPRIATE;
			why.add(Explanation.of("rules.why.mohs.bccInPreviouslyIrradiatedSkin"));
		} else {
			rating = byArea(s, area, why);
			if (!s.tumor().isBcc() && (s.patient() == PatientCategory.GENETIC_SYNDROME || s.priorRadiationAtSite())
					&& rating != APPROPRIATE) {
				why.add(Explanation.of("rules.why.mohs.theAUCSPriorRadiation"));
				rating = NOT_RATED;
			}
		}
		why.add(Explanation.of("rules.why.mohs.aucScale79Appropriate"));
		return new Finding<>(new MohsAssessment(rating, area), why, RULE_SET, SOURCE);
	}

	private MohsRating byArea(MohsScenario s, MohsArea area, List<Explanation> why) {
		switch (s.tumor()) {
			case AK_WITH_FOCAL_SCC_IN_SITU:
				why.add(Explanation.of("rules.why.mohs.actinicKeratosisWithFocalSCC"));
				return INAPPROPRIATE;
			case SCC_AGGRESSIVE:
				why.add(Explanation.of("rules.why.mohs.aggressiveSCCPrimaryOrRecurrent"));
				return APPROPRIATE;
			case LENTIGO_MALIGNA, MELANOMA_IN_SITU, SCC_IN_SITU, SCC_KERATOACANTHOMA_TYPE:
				if (area != MohsArea.L) {
					why.add(Explanation.of("rules.why.mohs.inAreaIsAppropriate", Explanation.of("rules.option.tumor." + s.tumor().code()), area.code()));
					return APPROPRIATE;
				}
				why.add(Explanation.of("rules.why.mohs.theAreaLRatingFor", Explanation.of("rules.option.tumor." + s.tumor().code())));
				return NOT_RATED;
			case SCC_NONAGGRESSIVE:
				return area == MohsArea.L ? nonAggressiveSccInL(s, why) : appropriateInArea(s, area, why);
			default:
				return area == MohsArea.H ? appropriateInArea(s, area, why) : area == MohsArea.M ? bccInM(s, why) : bccInL(s, why);
		}
	}

	private MohsRating appropriateInArea(MohsScenario s, MohsArea area, List<Explanation> why) {
		why.add(Explanation.of("rules.why.mohs.inAreaIsAppropriate2", Explanation.of(s.recurrent() ? "rules.why.mohs.recurrent" : "rules.why.mohs.primary"), Explanation.of("rules.option.tumor." + s.tumor().code()), area.code()));
		return APPROPRIATE;
	}

	private MohsRating bccInM(MohsScenario s, List<Explanation> why) {
		if (s.tumor() != MohsTumor.BCC_SUPERFICIAL || s.recurrent()) {
			why.add(Explanation.of("rules.why.mohs.aggressiveOrNodularBCCAnd"));
			return APPROPRIATE;
		}
		if (s.patient() == PatientCategory.IMMUNOCOMPROMISED) {
			why.add(Explanation.of("rules.why.mohs.superficialBCCInAnImmunocompromised"));
			return APPROPRIATE;
		}
		AucSizeBand size = AucSizeBand.of(s.diameter());
		why.add(Explanation.of("rules.why.mohs.primarySuperficialBCCOfIn", s.diameter(), Explanation.of("rules.why.mohs.size." + size.name())));
		return size == AucSizeBand.UP_TO_0_5 ? said(why, UNCERTAIN, Explanation.of("rules.why.mohs.upTo05Uncertain"))
				: said(why, APPROPRIATE, Explanation.of("rules.why.mohs.from06Appropriate"));
	}

	private MohsRating bccInL(MohsScenario s, List<Explanation> why) {
		boolean ic = s.patient() == PatientCategory.IMMUNOCOMPROMISED;
		if (s.recurrent()) {
			return s.tumor() == MohsTumor.BCC_SUPERFICIAL ? said(why, INAPPROPRIATE, Explanation.of("rules.why.mohs.recurrentSuperficialBCCInArea"))
					: said(why, APPROPRIATE, Explanation.of("rules.why.mohs.recurrentAggressiveOrNodularBCC"));
		}
		AucSizeBand size = AucSizeBand.of(s.diameter());
		Explanation scenario = Explanation.of(ic ? "rules.why.mohs.primaryInLImmunocompromised" : "rules.why.mohs.primaryInL",
				Explanation.of("rules.option.tumor." + s.tumor().code()), s.diameter(), Explanation.of("rules.why.mohs.size." + size.name()));
		why.add(scenario);
		switch (s.tumor()) {
			case BCC_AGGRESSIVE:
				return size == AucSizeBand.UP_TO_0_5 ? said(why, UNCERTAIN, Explanation.of("rules.why.mohs.aggressiveBCCOf05"))
						: said(why, APPROPRIATE, Explanation.of("rules.why.mohs.aggressiveBCCOf06"));
			case BCC_NODULAR:
				if (ic) {
					return switch (size) {
						case UP_TO_0_5 -> said(why, INAPPROPRIATE, Explanation.of("rules.why.mohs.nodularBCCImmunocompromised05"));
						case FROM_0_6_TO_1_0 -> said(why, UNCERTAIN, Explanation.of("rules.why.mohs.nodularBCCImmunocompromised06"));
						default -> said(why, APPROPRIATE, Explanation.of("rules.why.mohs.nodularBCCImmunocompromised11"));
					};
				}
				return switch (size) {
					case OVER_2_0 -> said(why, APPROPRIATE, Explanation.of("rules.why.mohs.nodularBCCOver2Cm"));
					case FROM_1_1_TO_2_0 -> said(why, UNCERTAIN, Explanation.of("rules.why.mohs.nodularBCCOf11"));
					default -> said(why, INAPPROPRIATE, Explanation.of("rules.why.mohs.nodularBCCOf10"));
				};
			default:
				if (!ic) {
					return said(why, INAPPROPRIATE, Explanation.of("rules.why.mohs.primarySuperficialBCCInA"));
				}
				why.add(Explanation.of("rules.why.mohs.theImmunocompromisedSuperficialBCCCells"));
				return size == AucSizeBand.FROM_1_1_TO_2_0 || size == AucSizeBand.OVER_2_0
						? said(why, UNCERTAIN, Explanation.of("rules.why.mohs.superficialBCCImmunocompromised11"))
						: said(why, INAPPROPRIATE, Explanation.of("rules.why.mohs.superficialBCCImmunocompromised10"));
		}
	}

	private MohsRating nonAggressiveSccInL(MohsScenario s, List<Explanation> why) {
		if (s.recurrent()) {
			why.add(Explanation.of("rules.why.mohs.recurrentNonAggressiveSCCIn"));
			return NOT_RATED;
		}
		AucSizeBand size = AucSizeBand.of(s.diameter());
		boolean ic = s.patient() == PatientCategory.IMMUNOCOMPROMISED;
		why.add(Explanation.of("rules.why.mohs.primaryNonAggressiveSCCOf", s.diameter(), Explanation.of("rules.why.mohs.size." + size.name()), ic ? Explanation.of("rules.why.mohs.inAnImmunocompromisedPatient2") : ""));
		if (ic) {
			return size == AucSizeBand.FROM_1_1_TO_2_0 || size == AucSizeBand.OVER_2_0
					? said(why, APPROPRIATE, Explanation.of("rules.why.mohs.nonAggressiveSCCImmunocompromised1"))
					: said(why, NOT_RATED, Explanation.of("rules.why.mohs.nonAggressiveSCCOf1"));
		}
		return switch (size) {
			case OVER_2_0 -> said(why, APPROPRIATE, Explanation.of("rules.why.mohs.nonAggressiveSCCOver2"));
			case FROM_1_1_TO_2_0 -> said(why, UNCERTAIN, Explanation.of("rules.why.mohs.nonAggressiveSCCOf12"));
			default -> said(why, INAPPROPRIATE, Explanation.of("rules.why.mohs.nonAggressiveSCCOf13"));
		};
	}

	private static MohsRating said(List<Explanation> why, MohsRating rating, Explanation sentence) {
		why.add(sentence);
		return rating;
	}
}
