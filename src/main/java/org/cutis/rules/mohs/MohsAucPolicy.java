package org.cutis.rules.mohs;

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
		List<String> why = new ArrayList<>();
		MohsArea area = MohsArea.of(s.site());
		why.add("Site " + s.site().code() + " is AUC area " + area.code() + " (" + area.definition() + ")");
		why.add((s.recurrent() ? "Recurrent " : "Primary ") + s.tumor().code() + ", patient " + s.patient().code()
				+ (s.priorRadiationAtSite() ? ", previously irradiated site" : ""));
		MohsRating rating;
		if (s.tumor().isBcc() && (s.patient() == PatientCategory.GENETIC_SYNDROME || s.priorRadiationAtSite())) {
			rating = APPROPRIATE;
			why.add("BCC in previously irradiated skin or in a patient with a genetic syndrome is appropriate at any location and size");
		} else {
			rating = byArea(s, area, why);
			if (!s.tumor().isBcc() && (s.patient() == PatientCategory.GENETIC_SYNDROME || s.priorRadiationAtSite())
					&& rating != APPROPRIATE) {
				why.add("The AUC's prior-radiation/genetic-syndrome modifier is verified for BCC only; it is believed to apply to "
						+ "SCC scenarios too but that is unverified [M], so this scenario is not rated");
				rating = NOT_RATED;
			}
		}
		why.add("AUC scale: 7-9 appropriate, 4-6 uncertain, 1-3 inappropriate");
		return new Finding<>(new MohsAssessment(rating, area), why, RULE_SET, SOURCE);
	}

	private MohsRating byArea(MohsScenario s, MohsArea area, List<String> why) {
		switch (s.tumor()) {
			case AK_WITH_FOCAL_SCC_IN_SITU:
				why.add("Actinic keratosis with focal SCC in situ is inappropriate in every area");
				return INAPPROPRIATE;
			case SCC_AGGRESSIVE:
				why.add("Aggressive SCC (primary or recurrent) is appropriate in every area");
				return APPROPRIATE;
			case LENTIGO_MALIGNA, MELANOMA_IN_SITU, SCC_IN_SITU, SCC_KERATOACANTHOMA_TYPE:
				if (area != MohsArea.L) {
					why.add(s.tumor().code() + " in area " + area.code() + " is appropriate");
					return APPROPRIATE;
				}
				why.add("The area L rating for " + s.tumor().code() + " is not in the verified subset (summary table text too scrambled to assign)");
				return NOT_RATED;
			case SCC_NONAGGRESSIVE:
				return area == MohsArea.L ? nonAggressiveSccInL(s, why) : appropriateInArea(s, area, why);
			default:
				return area == MohsArea.H ? appropriateInArea(s, area, why) : area == MohsArea.M ? bccInM(s, why) : bccInL(s, why);
		}
	}

	private MohsRating appropriateInArea(MohsScenario s, MohsArea area, List<String> why) {
		why.add((s.recurrent() ? "Recurrent " : "Primary ") + s.tumor().code() + " in area " + area.code() + " is appropriate");
		return APPROPRIATE;
	}

	private MohsRating bccInM(MohsScenario s, List<String> why) {
		if (s.tumor() != MohsTumor.BCC_SUPERFICIAL || s.recurrent()) {
			why.add("Aggressive or nodular BCC, and any recurrent BCC, in area M is appropriate");
			return APPROPRIATE;
		}
		if (s.patient() == PatientCategory.IMMUNOCOMPROMISED) {
			why.add("Superficial BCC in an immunocompromised patient in area M is appropriate");
			return APPROPRIATE;
		}
		AucSizeBand size = AucSizeBand.of(s.diameter());
		why.add("Primary superficial BCC of " + s.diameter() + " (" + size.label() + ") in a healthy patient in area M");
		return size == AucSizeBand.UP_TO_0_5 ? said(why, UNCERTAIN, "0.5 cm or less is uncertain")
				: said(why, APPROPRIATE, "0.6 cm or more is appropriate");
	}

	private MohsRating bccInL(MohsScenario s, List<String> why) {
		boolean ic = s.patient() == PatientCategory.IMMUNOCOMPROMISED;
		if (s.recurrent()) {
			return s.tumor() == MohsTumor.BCC_SUPERFICIAL ? said(why, INAPPROPRIATE, "Recurrent superficial BCC in area L is inappropriate")
					: said(why, APPROPRIATE, "Recurrent aggressive or nodular BCC in area L is appropriate");
		}
		AucSizeBand size = AucSizeBand.of(s.diameter());
		String scenario = "Primary " + s.tumor().code() + " of " + s.diameter() + " (" + size.label() + ")" + (ic ? " in an immunocompromised patient" : "") + " in area L";
		why.add(scenario);
		switch (s.tumor()) {
			case BCC_AGGRESSIVE:
				return size == AucSizeBand.UP_TO_0_5 ? said(why, UNCERTAIN, "Aggressive BCC of 0.5 cm or less is uncertain")
						: said(why, APPROPRIATE, "Aggressive BCC of 0.6 cm or more is appropriate");
			case BCC_NODULAR:
				if (ic) {
					return switch (size) {
						case UP_TO_0_5 -> said(why, INAPPROPRIATE, "Nodular BCC, immunocompromised, 0.5 cm or less is inappropriate");
						case FROM_0_6_TO_1_0 -> said(why, UNCERTAIN, "Nodular BCC, immunocompromised, 0.6-1.0 cm is uncertain");
						default -> said(why, APPROPRIATE, "Nodular BCC, immunocompromised, 1.1 cm or more is appropriate");
					};
				}
				return switch (size) {
					case OVER_2_0 -> said(why, APPROPRIATE, "Nodular BCC over 2 cm is appropriate");
					case FROM_1_1_TO_2_0 -> said(why, UNCERTAIN, "Nodular BCC of 1.1-2.0 cm is uncertain");
					default -> said(why, INAPPROPRIATE, "Nodular BCC of 1.0 cm or less is inappropriate");
				};
			default:
				if (!ic) {
					return said(why, INAPPROPRIATE, "Primary superficial BCC in a healthy patient in area L is inappropriate at any size");
				}
				why.add("The immunocompromised superficial-BCC cells come from the AUC summary only, whose column order is ambiguous (weakly verified)");
				return size == AucSizeBand.FROM_1_1_TO_2_0 || size == AucSizeBand.OVER_2_0
						? said(why, UNCERTAIN, "Superficial BCC, immunocompromised, 1.1 cm or more is uncertain")
						: said(why, INAPPROPRIATE, "Superficial BCC, immunocompromised, 1.0 cm or less is inappropriate");
		}
	}

	private MohsRating nonAggressiveSccInL(MohsScenario s, List<String> why) {
		if (s.recurrent()) {
			why.add("Recurrent non-aggressive SCC in area L is not in the verified subset");
			return NOT_RATED;
		}
		AucSizeBand size = AucSizeBand.of(s.diameter());
		boolean ic = s.patient() == PatientCategory.IMMUNOCOMPROMISED;
		why.add("Primary non-aggressive SCC of " + s.diameter() + " (" + size.label() + ")" + (ic ? " in an immunocompromised patient" : "") + " in area L");
		if (ic) {
			return size == AucSizeBand.FROM_1_1_TO_2_0 || size == AucSizeBand.OVER_2_0
					? said(why, APPROPRIATE, "Non-aggressive SCC, immunocompromised, 1.1 cm or more is appropriate")
					: said(why, NOT_RATED, "Non-aggressive SCC of 1.0 cm or less in an immunocompromised patient is not in the verified subset");
		}
		return switch (size) {
			case OVER_2_0 -> said(why, APPROPRIATE, "Non-aggressive SCC over 2 cm is appropriate");
			case FROM_1_1_TO_2_0 -> said(why, UNCERTAIN, "Non-aggressive SCC of 1.1-2.0 cm is uncertain");
			default -> said(why, INAPPROPRIATE, "Non-aggressive SCC of 1.0 cm or less is inappropriate");
		};
	}

	private static MohsRating said(List<String> why, MohsRating rating, String sentence) {
		why.add(sentence);
		return rating;
	}
}
