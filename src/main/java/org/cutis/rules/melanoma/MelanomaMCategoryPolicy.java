package org.cutis.rules.melanoma;

import org.cutis.rules.common.Explanation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.RuleSet;

/**
 * AJCC 8th melanoma M category (reference 1.4): the most advanced site decides the letter;
 * LDH only adds the suffix (the 7th-edition rule "elevated LDH = M1c" was abolished).
 */
public final class MelanomaMCategoryPolicy {

	public static final RuleSet RULE_SET = RuleSet.AJCC_8;
	public static final String SOURCE = RULE_SET.source("melanoma of the skin, M category");

	public Finding<MelanomaM> classify(Collection<MetastaticSite> sites, LdhLevel ldh) {
		List<Explanation> why = new ArrayList<>();
		if (sites.isEmpty()) {
			why.add(Explanation.of("rules.why.melanoma.noDistantMetastaticSiteWas"));
			if (ldh != LdhLevel.UNKNOWN) {
				why.add(Explanation.of("rules.why.melanoma.theLDHSuffixIsUsed"));
			}
			return new Finding<>(MelanomaM.M0, why, RULE_SET, SOURCE);
		}
		MCategory worst = sites.stream().map(MetastaticSite::category).max(Enum::compareTo).orElseThrow();
		why.add(Explanation.of("rules.why.melanoma.sitesRecorded", sites.stream().map(MetastaticSite::code).distinct()
				.map(code -> Explanation.of("rules.option.metastaticSite." + code)).toList()));
		why.add(Explanation.of("rules.why.melanoma.isTheMostAdvancedSite", worst.code(), Explanation.of("rules.why.melanoma.m." + worst.name())));
		why.add(switch (ldh) {
			case NORMAL -> Explanation.of("rules.why.melanoma.ldhNotElevatedAddsThe");
			case ELEVATED -> Explanation.of("rules.why.melanoma.ldhElevatedAddsTheSuffix");
			case UNKNOWN -> Explanation.of("rules.why.melanoma.ldhUnknownOrNotRecorded");
		});
		return new Finding<>(new MelanomaM(worst, ldh), why, RULE_SET, SOURCE);
	}
}
