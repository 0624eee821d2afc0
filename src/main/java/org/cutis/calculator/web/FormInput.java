package org.cutis.calculator.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

/**
 * Turns a submitted calculator form into the contract's input object. Empty controls are left
 * out ("not recorded"), so the engine, not the form, decides what is missing. Text that is not a
 * number is the only thing rejected here, because it cannot be put into a JSON number at all.
 *
 * @param input    the contract input
 * @param problems form fields whose text is not a number (field to message key)
 * @param nodeRows for each node sent, the form row it came from (blank rows are skipped)
 */
record FormInput(Map<String, Object> input, Map<String, String> problems, List<Integer> nodeRows) {

	private static final Pattern NODE_FIELD = Pattern.compile("^nodes\\[(\\d+)\\](.*)$");

	static FormInput read(Calculator calculator, MultiValueMap<String, String> form) {
		Map<String, Object> input = new LinkedHashMap<>();
		Map<String, String> problems = new LinkedHashMap<>();
		List<Integer> nodeRows = new ArrayList<>();
		for (CalculatorField field : calculator.fields()) {
			String name = field.name();
			String text = text(form, name);
			switch (field.kind()) {
				case NUMBER, COUNT -> number(name, text, input, problems);
				case FLAG -> {
					if ("true".equals(text)) {
						input.put(name, Boolean.TRUE);
					}
				}
				case YES_NO -> {
					if (!text.isEmpty()) {
						input.put(name, Boolean.valueOf(text));
					}
				}
				case CHOICE, CODE -> {
					if (!text.isEmpty()) {
						input.put(name, text);
					}
				}
				case MULTI -> {
					List<String> codes = form.getOrDefault(name, List.of())
						.stream()
						.map(String::trim)
						.filter(s -> !s.isEmpty())
						.toList();
					if (!codes.isEmpty()) {
						input.put(name, codes);
					}
				}
				case NODES -> input.put(name, nodes(form, problems, nodeRows));
			}
		}
		return new FormInput(input, problems, nodeRows);
	}

	/** The form field an engine error names: {@code nodes[0].sizeCm} of the first row sent, say. */
	String formField(String engineField) {
		Matcher node = NODE_FIELD.matcher(engineField);
		if (node.matches()) {
			int sent = Integer.parseInt(node.group(1));
			if (sent < nodeRows.size()) {
				return "nodes[" + nodeRows.get(sent) + "]" + node.group(2);
			}
		}
		return engineField;
	}

	private static List<Map<String, Object>> nodes(MultiValueMap<String, String> form, Map<String, String> problems,
			List<Integer> rows) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (int row = 0; row < CalculatorField.NODE_ROWS; row++) {
			String prefix = "nodes[" + row + "].";
			String side = text(form, prefix + "side");
			String size = text(form, prefix + "sizeCm");
			boolean ene = "true".equals(text(form, prefix + "ene"));
			if (side.isEmpty() && size.isEmpty() && !ene) {
				continue;
			}
			Map<String, Object> node = new LinkedHashMap<>();
			if (!side.isEmpty()) {
				node.put("side", side);
			}
			number(prefix + "sizeCm", size, node, problems);
			// the row's map uses the contract's own names
			if (node.containsKey(prefix + "sizeCm")) {
				node.put("sizeCm", node.remove(prefix + "sizeCm"));
			}
			node.put("ene", ene);
			nodes.add(node);
			rows.add(row);
		}
		return nodes;
	}

	private static void number(String name, String text, Map<String, Object> target, Map<String, String> problems) {
		if (text.isEmpty()) {
			return;
		}
		try {
			target.put(name, new BigDecimal(text));
		}
		catch (NumberFormatException e) {
			problems.put(name, "rules.error.notANumber");
		}
	}

	private static String text(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null ? "" : value.trim();
	}
}
