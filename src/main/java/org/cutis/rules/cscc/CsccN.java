package org.cutis.rules.cscc;

import java.util.List;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.TnmCodes;

/** AJCC 8th head and neck N categories (HPV-unrelated scheme used for cutaneous carcinoma). */
public enum CsccN {
	NX("NX"), N0("N0"), N1("N1"), N2A("N2a"), N2B("N2b"), N2C("N2c"), N2("N2"), N3A("N3a"), N3B("N3b"), N3("N3");

	private final String code;

	CsccN(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** 0 for N0, 1 for N1, 2 for N2*, 3 for N3*, -1 for NX. */
	public int level() {
		return switch (this) {
			case NX -> -1;
			case N0 -> 0;
			case N1 -> 1;
			case N2A, N2B, N2C, N2 -> 2;
			case N3A, N3B, N3 -> 3;
		};
	}

	/** Reads a stage-table N; bare "N2"/"N3" are accepted because stage grouping needs only the level. */
	public static CsccN parse(String code, String field) {
		if (code != null) {
			String wanted = TnmCodes.normalise(code);
			for (CsccN n : values()) {
				if (n.code.equalsIgnoreCase(wanted)) {
					return n;
				}
			}
		}
		throw new InvalidInputException(field, "rules.invalid.cscc.nCategory", field, code,
				Explanation.anyOf(List.of("NX", "N0", "N1", "N2a", "N2b", "N2c", "N3a", "N3b")));
	}

	@Override
	public String toString() {
		return code;
	}
}
