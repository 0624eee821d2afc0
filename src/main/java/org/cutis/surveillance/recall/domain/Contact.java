package org.cutis.surveillance.recall.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * One entry of the contact log: an attempt to reach the patient about a surveillance visit. A
 * declined contact needs the patient's reason; it does not take the patient off the list (only ending
 * the plan with the reason does).
 *
 * @param outcome what came of it ("no answer", "will book next week"), free text
 * @param note    anything else the nurse wants the next one to know
 */
public record Contact(UUID id, UUID visitId, UUID patientId, ContactMethod method, String outcome, String note,
		String reason, String recordedBy, Instant recordedAt) {

	static final int TEXT_LIMIT = 1000;

	/** Checks what the nurse entered, every problem at once; returns the contact to keep. */
	public static Contact record(UUID visitId, UUID patientId, String method, String outcome, String note, String reason,
			String by, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		ContactMethod m = ContactMethod.fromCode(method);
		if (method == null || method.isBlank()) {
			problems.add(new FieldProblem("method", "error.field.required"));
		}
		else if (m == null) {
			problems.add(new FieldProblem("method", "error.field.oneOf", ContactMethod.codes()));
		}
		outcome = text("outcome", outcome, problems);
		note = text("note", note, problems);
		reason = text("reason", reason, problems);
		if (m == ContactMethod.DECLINED && reason == null) {
			problems.add(new FieldProblem("reason", "recall.contact.reason.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Contact(UUID.randomUUID(), visitId, patientId, m, outcome, note, reason, by, at);
	}

	private static String text(String field, String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.indexOf('\0') >= 0) {
			problems.add(new FieldProblem(field, "error.field.nul"));
		}
		else if (value.length() > TEXT_LIMIT) {
			problems.add(new FieldProblem(field, "error.field.tooLong", TEXT_LIMIT));
		}
		return value.trim();
	}

	public boolean declined() {
		return method == ContactMethod.DECLINED;
	}
}
