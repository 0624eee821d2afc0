package org.cutis.rules.common;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A vocabulary entry with the code used in the JSON contract (e.g. {@code upper-arm}). */
public interface Coded {

	/** The JSON code; by default the enum constant's name in lower case with hyphens (UPPER_ARM is upper-arm). */
	default String code() {
		return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Finds the constant with the given code, ignoring case.
	 *
	 * @throws InvalidInputException naming {@code field} and listing the allowed codes
	 */
	static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code, String field) {
		if (code != null) {
			Object constant = ByCode.CODES.get(type).get(code.trim().toLowerCase(Locale.ROOT));
			if (constant != null) {
				return type.cast(constant);
			}
		}
		throw new InvalidInputException(field, "rules.invalid.oneOf", field, allowed(type), code);
	}

	/** Each vocabulary's constants by lower-case code, built once: a batch looks codes up millions of times. */
	final class ByCode {
		static final ClassValue<Map<String, Object>> CODES = new ClassValue<>() {
			@Override
			protected Map<String, Object> computeValue(Class<?> type) {
				Map<String, Object> byCode = new HashMap<>();
				for (Object constant : type.getEnumConstants()) {
					// the first constant of a code wins, as the scan in declaration order did
					byCode.putIfAbsent(((Coded) constant).code().toLowerCase(Locale.ROOT), constant);
				}
				return Map.copyOf(byCode);
			}
		};

		private ByCode() {
		}
	}

	static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
	}
}
