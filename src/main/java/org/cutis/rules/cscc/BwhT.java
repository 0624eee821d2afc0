package org.cutis.rules.cscc;

/** Brigham and Women's Hospital T classes for cutaneous SCC (there is no BWH T4). */
public enum BwhT {
	T1("T1"), T2A("T2a"), T2B("T2b"), T3("T3");

	private final String code;

	BwhT(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	static BwhT forRiskFactors(int factors) {
		return switch (factors) {
			case 0 -> T1;
			case 1 -> T2A;
			case 2, 3 -> T2B;
			default -> T3;
		};
	}
}
