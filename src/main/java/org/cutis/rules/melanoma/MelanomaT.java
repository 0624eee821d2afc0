package org.cutis.rules.melanoma;

import java.util.List;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.TnmCodes;

/** AJCC 8th melanoma T categories, in order of increasing tumour burden for T1a..T4b. */
public enum MelanomaT {
	TX("TX", 0), T0("T0", 0), TIS("Tis", 0),
	T1A("T1a", 1), T1B("T1b", 1), T2A("T2a", 2), T2B("T2b", 2),
	T3A("T3a", 3), T3B("T3b", 3), T4A("T4a", 4), T4B("T4b", 4);

	private final String code;
	private final int thicknessBand;

	MelanomaT(String code, int thicknessBand) {
		this.code = code;
		this.thicknessBand = thicknessBand;
	}

	public String code() {
		return code;
	}

	/** 1-4 for invasive tumours with a measured thickness, 0 otherwise. */
	public int thicknessBand() {
		return thicknessBand;
	}

	public boolean isInvasiveWithThickness() {
		return thicknessBand > 0;
	}

	public static MelanomaT parse(String code, String field) {
		if (code != null) {
			String wanted = TnmCodes.normalise(code);
			for (MelanomaT t : values()) {
				if (t.code.equalsIgnoreCase(wanted)) {
					return t;
				}
			}
		}
		throw new InvalidInputException(field, "rules.invalid.melanoma.tCategory", field, code, Explanation.anyOf(
				List.of("TX", "T0", "Tis", "T1a", "T1b", "T2a", "T2b", "T3a", "T3b", "T4a", "T4b")));
	}

	@Override
	public String toString() {
		return code;
	}
}
