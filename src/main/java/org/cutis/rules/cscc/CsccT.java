package org.cutis.rules.cscc;

import java.util.List;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.TnmCodes;

/** AJCC 8th T categories for cutaneous carcinoma of the head and neck. */
public enum CsccT {
	TX("TX"), TIS("Tis"), T1("T1"), T2("T2"), T3("T3"), T4A("T4a"), T4B("T4b");

	private final String code;

	CsccT(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public boolean isT4() {
		return this == T4A || this == T4B;
	}

	public static CsccT parse(String code, String field) {
		if (code != null) {
			String wanted = TnmCodes.normalise(code);
			for (CsccT t : values()) {
				if (t.code.equalsIgnoreCase(wanted)) {
					return t;
				}
			}
		}
		throw new InvalidInputException(field, "rules.invalid.cscc.tCategory", field, code,
				Explanation.anyOf(List.of("TX", "Tis", "T1", "T2", "T3", "T4a", "T4b")));
	}

	@Override
	public String toString() {
		return code;
	}
}
