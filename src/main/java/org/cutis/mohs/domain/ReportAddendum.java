package org.cutis.mohs.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cutis.identity.SignatureMethod;

/** A signed note added to a signed operative report; the report itself never changes. Append-only. */
@Entity
@Table(name = "mohs_report_addendum")
public class ReportAddendum {
	@Id
	private UUID id;
	@Column(name = "case_id")
	private UUID caseId;
	@Column(name = "text")
	private String text;
	private String signedBy;
	private Instant signedAt;
	private String signatureMethod;

	protected ReportAddendum() {
	}

	ReportAddendum(UUID caseId, String text, String by, SignatureMethod method, Instant at) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.text = text;
		this.signedBy = by;
		this.signatureMethod = method.code();
		this.signedAt = at;
	}

	public UUID id() {
		return id;
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
