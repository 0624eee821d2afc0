package org.cutis.calculator.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What one calculator form shows: the values entered (or the initial ones), problems next to
 * their fields, problems that belong to no field of the form, and the result.
 */
public final class CalculatorCard {
	private final Calculator calculator;
	private final MultiValueMap<String, String> values;
	private final Map<String, FieldProblem> problems = new LinkedHashMap<>();
	private final List<FieldProblem> formProblems = new ArrayList<>();
	private ResultView result;

	private CalculatorCard(Calculator calculator, MultiValueMap<String, String> values) {
		this.calculator = calculator;
		this.values = values;
	}

	static CalculatorCard fresh(Calculator calculator) {
		MultiValueMap<String, String> initial = new LinkedMultiValueMap<>();
		calculator.fields().stream().filter(f -> f.initial() != null).forEach(f -> initial.add(f.name(), f.initial()));
		return new CalculatorCard(calculator, initial);
	}

	static CalculatorCard submitted(Calculator calculator, MultiValueMap<String, String> form) {
		return new CalculatorCard(calculator, new LinkedMultiValueMap<>(form));
	}

	void problem(FieldProblem problem) {
		if (isFormField(problem.field())) {
			problems.putIfAbsent(problem.field(), problem);
		}
		else {
			formProblems.add(problem);
		}
	}

	void result(ResultView result) {
		this.result = result;
	}

	private boolean isFormField(String field) {
		if (field.startsWith("nodes[")) {
			return calculator.field("nodes").isPresent();
		}
		return calculator.field(field).isPresent();
	}

	// --- read by the templates ---

	public Calculator getCalculator() {
		return calculator;
	}

	public String getId() {
		return calculator.id();
	}

	public String getRule() {
		return calculator.rule();
	}

	public ResultView getResult() {
		return result;
	}

	public boolean isInvalid() {
		return !problems.isEmpty() || !formProblems.isEmpty();
	}

	public List<FieldProblem> getFormProblems() {
		return formProblems;
	}

	public CalculatorField field(String name) {
		return calculator.field(name).orElseThrow(() -> new IllegalArgumentException(
				"Template names field " + name + " that " + calculator.rule() + " does not have"));
	}

	/** The HTML id of a field's control, unique on the page. */
	public String inputId(String name) {
		return calculator.id() + "-" + name.replace('[', '-').replace("]", "").replace('.', '-');
	}

	public String errorId(String name) {
		return inputId(name) + "-error";
	}

	public String value(String name) {
		String value = values.getFirst(name);
		return value == null ? "" : value;
	}

	public boolean isSelected(String name, String option) {
		List<String> chosen = values.get(name);
		return chosen != null && chosen.contains(option);
	}

	public boolean hasError(String name) {
		return problems.containsKey(name);
	}

	public FieldProblem error(String name) {
		return problems.get(name);
	}

	/** Row numbers of the cSCC node rows, for th:each. */
	public List<Integer> getNodeRows() {
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < CalculatorField.NODE_ROWS; i++) {
			rows.add(i);
		}
		return rows;
	}
}
