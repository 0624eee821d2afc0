package org.cutis.calculator.web;

import java.util.List;
import java.util.Optional;

/**
 * One rule's calculator form: the rule it evaluates, the family page fragment that lays out its
 * fields, and the fields the form reads.
 */
public record Calculator(String rule, String family, List<CalculatorField> fields) {

	/** HTML id prefix, unique on the page: {@code melanoma.t} becomes {@code melanoma-t}. */
	public String id() {
		return rule.replace('.', '-');
	}

	public String titleKey() {
		return "rules.rule." + rule;
	}

	/** The family template holding this rule's fields, e.g. {@code calculator/melanoma}. */
	public String template() {
		return "calculator/" + family;
	}

	/** The fragment of the family template with this rule's fields, e.g. {@code melanomaT}. */
	public String fragment() {
		int dot = rule.indexOf('.');
		String tail = rule.substring(dot + 1);
		return rule.substring(0, dot) + Character.toUpperCase(tail.charAt(0)) + tail.substring(1);
	}

	Optional<CalculatorField> field(String name) {
		return fields.stream().filter(f -> f.name().equals(name)).findFirst();
	}
}
