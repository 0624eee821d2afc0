package org.cutis.rules.oncoderm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.NamedRule;
import org.cutis.rules.common.Rule;
import org.cutis.rules.common.RuleAnswer;
import org.cutis.rules.common.RuleInput;
import org.cutis.rules.ctcae.CtcaeTerm;

/**
 * The chemotherapy skin-care rules of the batch contract: {@code oncoderm.advice} (drug class ×
 * CTCAE term × grade → action and skin treatment) and {@code oncoderm.prophylaxis} (drug class →
 * pre-emptive skin regimen). Every answer names its source and whether the row was verified.
 */
public final class OncodermRules {

	private OncodermRules() {
	}

	public static List<Rule> all() {
		return List.of(new NamedRule("oncoderm.advice", OncodermRules::advice),
				new NamedRule("oncoderm.prophylaxis", OncodermRules::prophylaxis));
	}

	static RuleAnswer advice(RuleInput in) {
		DrugClass drugClass = in.requiredCode("drugClass", DrugClass.class);
		CtcaeTerm term = CtcaeTerm.byName(in.requiredText("term", "rules.invalid.what.term"));
		int grade = in.count("grade", 1, 5, "rules.invalid.what.grade")
			.orElseThrow(() -> new InvalidInputException("grade", "rules.invalid.required",
					Explanation.of("rules.invalid.what.grade")));
		if (!term.defines(grade)) {
			throw new InvalidInputException("grade", "rules.invalid.oncoderm.grade", term.label(),
					Explanation.anyOf(term.definedGrades().stream().map(String::valueOf).toList()), grade);
		}
		List<Explanation> why = new ArrayList<>();
		why.add(Explanation.of("rules.why.oncoderm.case", drugClass.label(), term.label(), grade));
		Optional<AdviceRow> found = grade == 5 ? Optional.empty() : AdviceTable.find(drugClass, term, grade);
		AdviceAction action;
		SkinTreatment treatment;
		OncodermSource source;
		boolean verified;
		if (found.isPresent()) {
			AdviceRow row = found.get();
			action = row.action();
			treatment = row.treatment();
			source = row.source();
			verified = row.verified();
			why.add(Explanation.of("rules.why.oncoderm.row", action.label(), source.ruleSet().id()));
			if (row.note() != null) {
				why.add(Explanation.of("rules.why.oncoderm.note." + row.note()));
			}
			if (!verified) {
				why.add(Explanation.of("rules.why.oncoderm.unverified"));
			}
		} else {
			action = AdviceAction.NO_ADVICE;
			treatment = SkinTreatment.NONE_IN_REFERENCE;
			source = OncodermSource.CUTIS_REFERENCE;
			verified = false;
			why.add(grade == 5 ? Explanation.of("rules.why.oncoderm.death")
					: Explanation.of("rules.why.oncoderm.silent", term.label(), drugClass.label()));
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("value", action.code());
		result.put("action", action.code());
		result.put("skinTreatment", null);
		result.put("source", source.citation());
		result.put("verified", verified);
		return new RuleAnswer(result, why, source.citation(), source.ruleSet().id())
			.withText("skinTreatment", treatment.text());
	}

	static RuleAnswer prophylaxis(RuleInput in) {
		DrugClass drugClass = in.requiredCode("drugClass", DrugClass.class);
		ProphylaxisRegimen regimen = ProphylaxisRegimen.of(drugClass);
		List<Map<String, Object>> items = new ArrayList<>();
		for (ProphylaxisItem item : regimen.items()) {
			Map<String, Object> written = new LinkedHashMap<>();
			written.put("item", item.code());
			written.put("en", item.text().english());
			written.put("ko", item.text().render(Locale.KOREAN));
			items.add(written);
		}
		List<Explanation> why = new ArrayList<>();
		if (regimen.isEmpty()) {
			why.add(Explanation.of("rules.why.oncoderm.noProphylaxis", drugClass.label()));
		} else {
			why.add(Explanation.of("rules.why.oncoderm.prophylaxis", drugClass.label(),
					Explanation.list(Explanation.SEMICOLONS, regimen.items().stream().map(ProphylaxisItem::text).toList())));
			if (regimen.weeks() != null) {
				why.add(Explanation.of("rules.why.oncoderm.prophylaxisWeeks", regimen.weeks()));
			}
			if (!regimen.verified()) {
				why.add(Explanation.of("rules.why.oncoderm.unverified"));
			}
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("value", regimen.isEmpty() ? "no-regimen" : "regimen");
		result.put("regimen", items);
		result.put("weeks", regimen.weeks());
		result.put("source", regimen.source().citation());
		result.put("verified", regimen.verified());
		return new RuleAnswer(result, why, regimen.source().citation(), regimen.source().ruleSet().id());
	}
}
