package org.cutis.calculator.web;

import java.util.List;

/**
 * One input of a calculator form: its contract field name, how the form shows and reads it, the
 * message keys of its label and options, and the value the form starts with.
 *
 * @param name      the contract's input field, also the form parameter
 * @param kind      the form control and how its text becomes a JSON value
 * @param label     label key suffix: {@code rules.field.<label>}
 * @param optionSet option key infix: {@code rules.option.<optionSet>.<code>}; null where options show as codes
 * @param options   allowed codes for choices, in display order
 * @param initial   the value a fresh form shows, or null
 */
public record CalculatorField(String name, Kind kind, String label, String optionSet, List<String> options, String initial) {

	/** How many metastatic-node rows the cSCC N form offers. */
	static final int NODE_ROWS = 4;

	public enum Kind {
		/** decimal text, sent as a number */
		NUMBER,
		/** whole-number text, sent as a number (the engine checks it is whole) */
		COUNT,
		/** checkbox, sent as true when ticked and left out otherwise (false is the contract default) */
		FLAG,
		/** select of true/false with a labelled option each, for a boolean whose default is true */
		YES_NO,
		/** select of codes with a message key per code */
		CHOICE,
		/** select of codes shown as they are (T1a, IIIA, CTCAE term names) */
		CODE,
		/** checkboxes sent as a list of codes */
		MULTI,
		/** the cSCC node rows: nodes[i].side, nodes[i].sizeCm, nodes[i].ene */
		NODES
	}

	public String labelKey() {
		return "rules.field." + label;
	}

	public String optionKey(String code) {
		return "rules.option." + optionSet + "." + code;
	}

	static CalculatorField number(String name) {
		return new CalculatorField(name, Kind.NUMBER, name, null, List.of(), null);
	}

	static CalculatorField count(String name) {
		return new CalculatorField(name, Kind.COUNT, name, null, List.of(), null);
	}

	static CalculatorField flag(String name) {
		return new CalculatorField(name, Kind.FLAG, name, null, List.of(), null);
	}

	static CalculatorField yesNo(String name, String initial) {
		return new CalculatorField(name, Kind.YES_NO, name, name, List.of("true", "false"), initial);
	}

	static CalculatorField choice(String name, String optionSet, List<String> options) {
		return new CalculatorField(name, Kind.CHOICE, name, optionSet, options, null);
	}

	static CalculatorField code(String name, List<String> codes) {
		return new CalculatorField(name, Kind.CODE, name, null, codes, null);
	}

	static CalculatorField multi(String name, String optionSet, List<String> options) {
		return new CalculatorField(name, Kind.MULTI, name, optionSet, options, null);
	}

	static CalculatorField nodes() {
		return new CalculatorField("nodes", Kind.NODES, "nodes", "side", List.of("ipsilateral", "contralateral"), null);
	}

	CalculatorField labelled(String otherLabel) {
		return new CalculatorField(name, kind, otherLabel, optionSet, options, initial);
	}

	CalculatorField startingWith(String value) {
		return new CalculatorField(name, kind, label, optionSet, options, value);
	}
}
