package org.cutis.rules.melanoma;

import java.util.List;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.TnmCodes;

/** AJCC 8th melanoma N categories; {@link #order()} ranks nodal burden for stage look-ups. */
public enum MelanomaN {
	NX("NX", -1), N0("N0", 0),
	N1A("N1a", 1), N1B("N1b", 2), N1C("N1c", 3),
	N2A("N2a", 4), N2B("N2b", 5), N2C("N2c", 6),
	N3A("N3a", 7), N3B("N3b", 8), N3C("N3c", 9);

	private final String code;
	private final int order;

	MelanomaN(String code, int order) {
		this.code = code;
		this.order = order;
	}

	public String code() {
		return code;
	}

	public int order() {
		return order;
	}

	/** N1a..N3c: regional disease (nodes and/or in-transit, satellite or microsatellite metastases). */
	public boolean isRegionalDisease() {
		return order > 0;
	}

	public static MelanomaN parse(String code, String field) {
		if (code != null) {
			String wanted = TnmCodes.normalise(code);
			for (MelanomaN n : values()) {
				if (n.code.equalsIgnoreCase(wanted)) {
					return n;
				}
			}
		}
		throw new InvalidInputException(field, "rules.invalid.melanoma.nCategory", field, code, Explanation.anyOf(
				List.of("NX", "N0", "N1a", "N1b", "N1c", "N2a", "N2b", "N2c", "N3a", "N3b", "N3c")));
	}

	@Override
	public String toString() {
		return code;
	}
}
