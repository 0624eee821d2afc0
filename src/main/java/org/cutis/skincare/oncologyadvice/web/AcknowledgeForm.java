package org.cutis.skincare.oncologyadvice.web;

/** The oncologist's answer on the recommendation's page. */
public class AcknowledgeForm {
	private String outcome;
	private String reason;
	private Long version;

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

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
