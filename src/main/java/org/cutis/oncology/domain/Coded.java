package org.cutis.oncology.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Coded values of this module: lower-case codes with hyphens, read back whatever their case. */
final class Coded {
	private Coded() {
	}

	static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String name = code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
	}

	/** The allowed codes, for the "one of" error message. */
	static String allowed(Class<? extends Enum<?>> type) {
		return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
	}
}
