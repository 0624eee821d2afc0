package org.cutis.rules.bcc;

/** NCCN BCC v2.2021 recurrence risk group. */
public enum BccRisk {
	LOW("low"), HIGH("high");

	private final String code;

	BccRisk(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
