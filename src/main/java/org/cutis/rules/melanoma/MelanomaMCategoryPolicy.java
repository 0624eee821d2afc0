package org.cutis.rules.melanoma;

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
		List<String> why = new ArrayList<>();
		if (sites.isEmpty()) {
			why.add("No distant metastatic site was recorded: M0");
			if (ldh != LdhLevel.UNKNOWN) {
				why.add("The LDH suffix is used only with M1, so M0 carries none");
			}
			return new Finding<>(MelanomaM.M0, why, RULE_SET, SOURCE);
		}
		MCategory worst = sites.stream().map(MetastaticSite::category).max(Enum::compareTo).orElseThrow();
		why.add("Sites recorded: " + sites.stream().map(MetastaticSite::code).distinct().collect(Collectors.joining(", ")));
		why.add(worst.code() + " is " + worst.meaning() + "; the most advanced site decides the category");
		why.add(switch (ldh) {
			case NORMAL -> "LDH not elevated adds the suffix (0)";
			case ELEVATED -> "LDH elevated adds the suffix (1); in the 8th edition it no longer changes the M1 letter";
			case UNKNOWN -> "LDH unknown or not recorded, so no suffix is given (this convention is unverified [M] in the Cutis reference)";
		});
		return new Finding<>(new MelanomaM(worst, ldh), why, RULE_SET, SOURCE);
	}
}
