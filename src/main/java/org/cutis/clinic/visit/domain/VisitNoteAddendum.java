package org.cutis.clinic.visit.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cutis.identity.SignatureMethod;
import org.cutis.shared.persistence.InputName;

/** A signed note added to a signed visit note; the note itself never changes. Append-only. */
@Entity
@Table(name = "visit_note_addendum")
public class VisitNoteAddendum {
	@Id
	private UUID id;
	private UUID visitNoteId;
	@InputName("text")
	private String text;
	private String signedBy;
	private Instant signedAt;
	private String signatureMethod;

	protected VisitNoteAddendum() {
	}

	VisitNoteAddendum(UUID visitNoteId, String text, String by, SignatureMethod method, Instant at) {
		this.id = UUID.randomUUID();
		this.visitNoteId = visitNoteId;
		this.text = text;
		this.signedBy = by;
		this.signatureMethod = method.code();
		this.signedAt = at;
	}

	public UUID id() {
		return id;
	}

	public UUID visitNoteId() {
		return visitNoteId;
	}

	public String text() {
		return text;
	}

	public String signedBy() {
		return signedBy;
	}

	public Instant signedAt() {
		return signedAt;
	}

	public SignatureMethod signatureMethod() {
		return SignatureMethod.fromCode(signatureMethod);
	}
}
