package org.cutis.treatment.surgery.domain;

import java.math.BigDecimal;

/** The unit a surgeon states a planned margin in; kept as given, compared in millimetres. */
public enum MarginUnit {
	MM, CM;

	public String code() {
		return name().toLowerCase();
	}

	public BigDecimal toMm(BigDecimal value) {
		return this == CM ? value.multiply(BigDecimal.TEN) : value;
	}

	public static MarginUnit fromCode(String code) {
		if (code == null) {
			return null;
		}
		for (MarginUnit unit : values()) {
			if (unit.code().equalsIgnoreCase(code.trim())) {
				return unit;
			}
		}
		return null;
	}
}
