package org.cutis.pathology.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/** A signed correction of a signed report; shown above the original, never changed. */
@Entity
@Table(name = "pathology_addendum")
public class Addendum {
	@Id
	private UUID id;
	private UUID reportId;
	private String reason;
	private String text;
	private Instant signedAt;
	private String signedBy;

	protected Addendum() {
	}

	public Addendum(PathologyReport report, String reason, String text, String by, Instant now) {
		report.requireSigned();
		List<FieldProblem> problems = new ArrayList<>();
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "error.reason.required"));
		}
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("text", "error.field.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		this.id = UUID.randomUUID();
		this.reportId = report.id();
		this.reason = reason.trim();
		this.text = text.trim();
		this.signedAt = now;
		this.signedBy = by;
	}

	public UUID id() { return id; }
	public UUID reportId() { return reportId; }
	public String reason() { return reason; }
	public String text() { return text; }
	public Instant signedAt() { return signedAt; }
	public String signedBy() { return signedBy; }
}
