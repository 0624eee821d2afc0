package org.cutis.rules.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, validating view of a rule's input as a JSON object parses to (String, Boolean,
 * Number, List, Map). Absent and {@code null} mean "not recorded": booleans then read as
 * false and optional numbers as empty. A value of the wrong type is an error naming the field.
 */
public final class RuleInput {

	private final Map<String, ?> values;
	private final String prefix;
	// Fields a rule asked for: whatever else was sent is reported back, so that a misspelt
	// field ("breslowmm") is visible in the explanation instead of silently reading as absent.
	private final Set<String> read = new LinkedHashSet<>();

	public RuleInput(Map<String, ?> values) {
		this(values, "");
	}

	private RuleInput(Map<String, ?> values, String prefix) {
		this.values = values == null ? Map.of() : values;
		this.prefix = prefix;
	}

	/** The name a clinician sees in an error, e.g. {@code nodes[1].sizeCm} inside a list. */
	public String path(String field) {
		return prefix + field;
	}

	/** Input fields present in the request that the rule never read, in request order. */
	public List<String> unusedFields() {
		List<String> unused = new ArrayList<>();
		for (String field : values.keySet()) {
			if (!read.contains(field)) {
				unused.add(prefix + field);
			}
		}
		return unused;
	}

	private Object get(String field) {
		read.add(field);
		return values.get(field);
	}

	public boolean has(String field) {
		return get(field) != null;
	}

	public boolean flag(String field) {
		return flag(field, false);
	}

	public boolean flag(String field, boolean whenAbsent) {
		Object value = get(field);
		if (value == null) {
			return whenAbsent;
		}
		if (value instanceof Boolean b) {
			return b;
		}
		throw new InvalidInputException(path(field), "rules.invalid.notBoolean", path(field));
	}

	public Optional<BigDecimal> decimal(String field) {
		Object value = get(field);
		if (value == null) {
			return Optional.empty();
		}
		return Optional.of(toDecimal(value, field));
	}

	/** A whole number in [min, max]; absent is empty. {@code what} names it: a message code. */
	public Optional<Integer> count(String field, int min, int max, String what) {
		Object value = get(field);
		if (value == null) {
			return Optional.empty();
		}
		BigDecimal number = toDecimal(value, field);
		if (number.stripTrailingZeros().scale() > 0) {
			throw wholeNumber(path(field), what, min, max);
		}
		BigInteger whole = number.toBigIntegerExact();
		if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
			throw wholeNumber(path(field), what, min, max);
		}
		return Optional.of(whole.intValue());
	}

	public Optional<String> text(String field) {
		Object value = get(field);
		if (value == null) {
			return Optional.empty();
		}
		if (value instanceof String s) {
			return Optional.of(s);
		}
		throw new InvalidInputException(path(field), "rules.invalid.notText", path(field));
	}

	/**
	 * A code that registrars sometimes send as a bare number (stage {@code 0}): a String, or a
	 * whole number read as its decimal digits.
	 */
	public Optional<String> codeText(String field) {
		Object value = get(field);
		if (value instanceof Number) {
			BigDecimal number = toDecimal(value, field);
			if (number.stripTrailingZeros().scale() <= 0) {
				return Optional.of(number.toBigInteger().toString());
			}
		}
		return text(field);
	}

	/** @param what the field's name in words, a message code ({@code rules.invalid.what.…}) */
	public String requiredText(String field, String what) {
		return text(field).orElseThrow(() -> new InvalidInputException(path(field), "rules.invalid.required",
				Explanation.of(what)));
	}

	public <E extends Enum<E> & Coded> Optional<E> code(String field, Class<E> type) {
		return text(field).map(code -> Coded.fromCode(type, code, path(field)));
	}

	public <E extends Enum<E> & Coded> E code(String field, Class<E> type, E whenAbsent) {
		return code(field, type).orElse(whenAbsent);
	}

	public <E extends Enum<E> & Coded> E requiredCode(String field, Class<E> type) {
		return code(field, type).orElseThrow(() -> new InvalidInputException(path(field), "rules.invalid.requiredOneOf",
				path(field), Coded.allowed(type)));
	}

	public List<Object> list(String field) {
		Object value = get(field);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		throw new InvalidInputException(path(field), "rules.invalid.notList", path(field));
	}

	/** The objects of a list field, each read with its own path such as {@code nodes[0].}. */
	public List<RuleInput> objects(String field) {
		List<Object> items = list(field);
		List<RuleInput> objects = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			if (!(items.get(i) instanceof Map<?, ?> map)) {
				throw new InvalidInputException(path(field) + "[" + i + "]", "rules.invalid.notObject", path(field) + "[" + i + "]");
			}
			@SuppressWarnings("unchecked")
			Map<String, ?> typed = (Map<String, ?>) map;
			objects.add(new RuleInput(typed, path(field) + "[" + i + "]."));
		}
		return objects;
	}

	/** @param what the quantity's name, a message code ({@code rules.invalid.what.…}) */
	private static InvalidInputException wholeNumber(String path, String what, int min, int max) {
		return new InvalidInputException(path, "rules.invalid.wholeNumber", Explanation.of(what), min, max);
	}

	private BigDecimal toDecimal(Object value, String field) {
		if (value instanceof BigDecimal d) {
			return d;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		if (value instanceof BigInteger i) {
			return new BigDecimal(i);
		}
		if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				throw new InvalidInputException(path(field), "rules.invalid.notFinite", path(field));
			}
			// Double.toString gives the shortest decimal that round-trips, so 0.85 stays 0.85
			// instead of becoming 0.8499999... and rounding the wrong way at a boundary.
			return new BigDecimal(Double.toString(d));
		}
		throw new InvalidInputException(path(field), "rules.invalid.notNumber", path(field));
	}
}
