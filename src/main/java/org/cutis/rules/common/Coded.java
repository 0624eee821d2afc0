package org.cutis.rules.common;

import java.util.Arrays;
import java.util.Locale;
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
			String wanted = code.trim().toLowerCase(Locale.ROOT);
			for (E constant : type.getEnumConstants()) {
				if (constant.code().toLowerCase(Locale.ROOT).equals(wanted)) {
					return constant;
				}
			}
		}
		throw new InvalidInputException(field, "rules.invalid.oneOf", field, allowed(type), code);
	}

	static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
	}
}
