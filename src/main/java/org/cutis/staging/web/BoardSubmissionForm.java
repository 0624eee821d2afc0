package org.cutis.staging.web;

import java.util.UUID;

/** Submitting the cancer to a tumor board meeting with the clinician's question. */
public class BoardSubmissionForm {
	private UUID meetingId;
	private String question;

	public UUID getMeetingId() {
		return meetingId;
	}

	public void setMeetingId(UUID meetingId) {
		this.meetingId = meetingId;
	}

	public String getQuestion() {
		return question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}
}
