package org.cutis.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * Filters of the audit page and API; every field may be null. {@code before} is the keyset
 * cursor: the id of the last entry of the previous page.
 */
public record AuditQuery(UUID patientId, String user, AuditAction action, LocalDate from, LocalDate to, Long before,
		int limit) {
	public AuditQuery {
		limit = Math.max(1, Math.min(limit <= 0 ? 50 : limit, 500));
		List<FieldProblem> problems = new ArrayList<>();
		checkYear("from", from, problems);
		checkYear("to", to, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/** A date the log can be searched by: years 1 to 9999, as "yyyy-mm-dd" says. */
	private static void checkYear(String field, LocalDate date, List<FieldProblem> problems) {
		if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
			problems.add(new FieldProblem(field, "error.field.outOfRange"));
		}
	}

	public static AuditQuery forPatient(UUID patientId) {
		return new AuditQuery(patientId, null, null, null, null, null, 100);
	}
}
