package org.cutis.pathology.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cutis.identity.SignatureMethod;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * A signed correction of a signed report; shown above the original, never changed. A structured
 * addendum also carries corrected findings: the version of the report's findings it created and
 * what it changed.
 */
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
	private Integer findingsNumber;
	private String changes;
	/** How the signer confirmed the addendum ({@code SignatureMethod#code()}); null on older addenda. */
	private String signatureMethod;

	protected Addendum() {
	}

	public Addendum(PathologyReport report, String reason, String text, String by, Instant now) {
		report.requireSigned();
		List<FieldProblem> problems = new ArrayList<>();
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "error.reason.required"));
		}
		else if (reason.length() > 500) {
			problems.add(new FieldProblem("reason", "error.field.tooLong", 500));
		}
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("text", "error.field.required"));
		}
		else if (text.length() > 4000) {
			problems.add(new FieldProblem("text", "error.field.tooLong", 4000));
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

	/** The signer confirmed it was them (password or PIN): recorded with the addendum. */
	public void signedWith(SignatureMethod method) {
		this.signatureMethod = method.code();
	}

	public SignatureMethod signatureMethod() {
		return signatureMethod == null ? null : SignatureMethod.fromCode(signatureMethod);
	}

	/** Links the corrected findings this addendum signed, with what changed ("breslowMm: 1.6 → 3.2"). */
	public void corrected(Findings version, List<String> changed) {
		this.findingsNumber = version.number();
		this.changes = changed.isEmpty() ? null : String.join("; ", changed);
	}

	public List<String> changeLines() {
		return changes == null ? List.of() : List.of(changes.split("; "));
	}

	public UUID id() { return id; }
	public UUID reportId() { return reportId; }
	public String reason() { return reason; }
	public String text() { return text; }
	public Instant signedAt() { return signedAt; }
	public String signedBy() { return signedBy; }
	public Integer findingsNumber() { return findingsNumber; }
	public String changes() { return changes; }
}
