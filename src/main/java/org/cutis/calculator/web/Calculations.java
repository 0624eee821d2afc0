package org.cutis.calculator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Evaluates a submitted calculator form with the rules engine and prepares what the page shows,
 * in the user's language: the field's label with the engine's problem (a message code rendered in
 * that language: the allowed range or codes, the value sent), and the result.
 */
@Component
class Calculations {
	private static final Pattern NODE_FIELD = Pattern.compile("^nodes\\[(\\d+)\\]\\.(\\w+)$");

	private final RuleEngine engine;
	private final MessageSource messages;

	Calculations(RuleEngine engine, MessageSource messages) {
		this.engine = engine;
		this.messages = messages;
	}

	CalculatorCard evaluate(Calculator calculator, MultiValueMap<String, String> form, Locale locale) {
		CalculatorCard card = CalculatorCard.submitted(calculator, form);
		FormInput input = FormInput.read(calculator, form);
		if (!input.problems().isEmpty()) {
			input.problems().forEach((field, key) -> card.problem(new FieldProblem(field,
					messages.getMessage(key, new Object[] { label(calculator, field, locale) }, locale))));
			return card;
		}
		RuleOutcome outcome = engine.evaluate(calculator.rule(), input.input());
		if (outcome instanceof RuleOutcome.Success success) {
			card.result(result(calculator, success, locale));
		}
		else {
			RuleOutcome.Failure failure = (RuleOutcome.Failure) outcome;
			String field = input.formField(failure.field());
			card.problem(new FieldProblem(field, messages.getMessage("rules.error.field",
					new Object[] { label(calculator, field, locale), failure.message(locale) }, locale)));
		}
		return card;
	}

	/** The field's label in the user's language; node rows read "Node 2 – size (cm)". */
	String label(Calculator calculator, String field, Locale locale) {
		Matcher node = NODE_FIELD.matcher(field);
		if (node.matches()) {
			int row = Integer.parseInt(node.group(1)) + 1;
			return messages.getMessage("rules.node.field",
					new Object[] { row, messages.getMessage("rules.field.node." + node.group(2), null, node.group(2), locale) },
					locale);
		}
		return calculator.field(field)
			.map(f -> messages.getMessage(f.labelKey(), null, locale))
			.orElseGet(() -> messages.getMessage("rules.field.other", null, locale));
	}

	private ResultView result(Calculator calculator, RuleOutcome.Success success, Locale locale) {
		Object value = success.value();
		String valueText;
		boolean english = false;
		if (value instanceof Integer grade) {
			valueText = messages.getMessage("rules.value.grade", new Object[] { grade }, locale);
		}
		else if (success.texts().containsKey("value")) {
			valueText = String.valueOf(success.resultText("value", locale));
		}
		else {
			String code = String.valueOf(value);
			valueText = messages.getMessage("rules.value." + code, null, code, locale);
			english = valueText.equals(code) && code.contains(" ");
		}
		List<ResultView.Detail> details = new ArrayList<>();
		List<ResultView.Period> periods = new ArrayList<>();
		success.result().forEach((key, v) -> {
			if (key.equals("value") || v == null) {
				return;
			}
			// the chemotherapy skin-care advice repeats its action (the value) and its source (shown below)
			if ((key.equals("action") && v.equals(value)) || (key.equals("source") && v.equals(success.source()))) {
				return;
			}
			if (key.equals("verified") && v instanceof Boolean verified) {
				// an unverified row says so on screen, in the reader's language
				details.add(new ResultView.Detail("rules.result.verified",
						messages.getMessage("rules.verified." + verified, null, locale), false));
				return;
			}
			if (key.equals("periods") && v instanceof List<?> list) {
				list.forEach(p -> periods.add(period((Map<?, ?>) p, locale)));
				return;
			}
			if (key.equals("missing") && v instanceof List<?> fields) {
				// an indeterminate answer: the inputs that would decide it, by their labels on this form
				details.add(new ResultView.Detail("rules.result.missing", String.join(", ",
						fields.stream().map(field -> label(calculator, String.valueOf(field), locale)).toList()), false));
				return;
			}
			String text = String.valueOf(success.resultText(key, locale));
			if (key.equals("minCm") || key.equals("maxCm")) {
				text = messages.getMessage("rules.unit.cm", new Object[] { text }, locale);
			}
			details.add(new ResultView.Detail("rules.result." + key, text,
					key.equals("definition")));
		});
		return new ResultView(valueText, english, details, periods, success.explanation(locale), success.source(),
				success.ruleSet());
	}

	private ResultView.Period period(Map<?, ?> period, Locale locale) {
		Object from = period.get("fromYear");
		Object to = period.get("toYear");
		Object min = period.get("minMonths");
		Object max = period.get("maxMonths");
		String years = to == null ? messages.getMessage("rules.period.lifelong", new Object[] { from }, locale)
				: messages.getMessage("rules.period.years", new Object[] { from, to }, locale);
		String interval = String.valueOf(min).equals(String.valueOf(max))
				? messages.getMessage("rules.period.every", new Object[] { min }, locale)
				: messages.getMessage("rules.period.everyRange", new Object[] { min, max }, locale);
		return new ResultView.Period(years, interval);
	}
}
