package org.cutis.skincare.prophylaxis.web;

/** Accepting or declining (with reason) on the proposal's page. */
public class DecisionForm {
	private String reason;
	private Long version;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
