package org.cutis.pathology.domain;

import org.cutis.pathology.Synoptic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.SpecimenRole;
import org.cutis.clinical.TumourFacts;
import org.cutis.shared.InvalidInput;
import org.cutis.identity.SignatureMethod;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;

/**
 * A dermatopathology report. Its findings are versions: the draft may be saved again; signing
 * freezes it for good; a structured addendum adds a corrected version and leaves the original
 * readable. There is no method that changes signed findings.
 */
@Entity
@Table(name = "pathology_report")
public class PathologyReport {
	public enum Status {
		DRAFT, SIGNED
	}

	public enum Correlation {
		CONCORDANT, DISCORDANT
	}

	@Id
	private UUID id;
	private UUID specimenId;
	private UUID patientId;
	private UUID lesionId;
	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "reportId", insertable = false, updatable = false)
	@OrderBy("number")
	private List<Findings> findings = new ArrayList<>();
	@Enumerated(EnumType.STRING)
	private Status status;
	private Instant draftedAt;
	private String draftedBy;
	private Instant signedAt;
	private String signedBy;
	/** How the signer confirmed the signature ({@link SignatureMethod#code()}); null on reports signed before. */
	private String signatureMethod;
	@Enumerated(EnumType.STRING)
	private Correlation correlation;
	@InputName("note")
	private String correlationNote;
	private Instant correlatedAt;
	private String correlatedBy;
	@Version
	private long version;

	protected PathologyReport() {
	}

	public PathologyReport(UUID specimenId, UUID patientId, UUID lesionId, Synoptic synoptic, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.specimenId = specimenId;
		this.patientId = patientId;
		this.lesionId = lesionId;
		this.status = Status.DRAFT;
		this.findings.add(new Findings(id, 1, null, synoptic, by, now));
		this.draftedAt = now;
		this.draftedBy = by;
	}

	/** Saves the draft again with new findings; pT is computed afresh from them. */
	public void record(Synoptic synoptic, String by, Instant now) {
		if (status == Status.SIGNED) {
			throw new RefusedTransition("pathology.signed.immutable");
		}
		findings.get(0).take(synoptic, by, now);
		draftedAt = now;
		draftedBy = by;
	}

	public void sign(String by, SignatureMethod method, Instant now) {
		if (status == Status.SIGNED) {
			throw new RefusedTransition("pathology.alreadySigned");
		}
		status = Status.SIGNED;
		signedAt = now;
		signedBy = by;
		signatureMethod = method.code();
	}

	public void requireSigned() {
		if (status != Status.SIGNED) {
			throw new RefusedTransition("pathology.addendum.unsigned");
		}
	}

	/**
	 * A structured addendum: the corrected values laid over the current findings become the next
	 * version. A correction that changes nothing is refused, so every version means something.
	 */
	public Findings correct(Synoptic correction, UUID addendumId, String by, Instant now) {
		requireSigned();
		Synoptic corrected = current().synoptic().correctedBy(correction);
		Findings next = new Findings(id, current().number() + 1, addendumId, corrected, by, now);
		if (corrected.equals(current().synoptic())) {
			throw new InvalidInput("findings", "pathology.addendum.nothingChanged");
		}
		findings.add(next);
		return next;
	}

	/** The clinician's judgement whether pathology agrees with the clinical impression. */
	public void correlate(Correlation verdict, String note, String by, Instant now) {
		requireSigned();
		if (verdict == null) {
			throw new InvalidInput("correlation", "error.field.required");
		}
		if (verdict == Correlation.DISCORDANT && (note == null || note.isBlank())) {
			throw new InvalidInput("correlationNote", "pathology.correlation.noteRequired");
		}
		if (note != null && note.length() > 1000) {
			throw new InvalidInput("note", "error.field.tooLong", 1000);
		}
		correlation = verdict;
		correlationNote = note == null || note.isBlank() ? null : note.trim();
		correlatedAt = now;
		correlatedBy = by;
	}

	/** The findings that stand now: the latest signed correction, else the original. */
	public Findings current() {
		return findings.get(findings.size() - 1);
	}

	public Findings original() {
		return findings.get(0);
	}

	public List<Findings> versions() {
		return List.copyOf(findings);
	}

	public TumourFacts facts(SpecimenRole role) {
		return current().facts(role);
	}

	public Diagnosis diagnosis() {
		return current().diagnosis();
	}

	public Behaviour behaviour() {
		return current().synoptic().behaviour();
	}

	public String ptCategory() {
		return current().ptCategory();
	}

	public String ptRuleSet() {
		return current().ptRuleSet();
	}

	public String ptExplanation() {
		return current().ptExplanation();
	}

	public java.util.List<org.cutis.rules.common.Explanation> ptWhy() {
		return current().ptWhy();
	}

	public String ptSource() {
		return current().ptSource();
	}

	public boolean needsReReview() {
		return correlation == Correlation.DISCORDANT;
	}

	public UUID id() { return id; }
	public UUID specimenId() { return specimenId; }
	public UUID patientId() { return patientId; }
	public UUID lesionId() { return lesionId; }
	public Status status() { return status; }
	public Instant draftedAt() { return draftedAt; }
	public String draftedBy() { return draftedBy; }
	public Instant signedAt() { return signedAt; }
	public String signedBy() { return signedBy; }
	public SignatureMethod signatureMethod() { return SignatureMethod.fromCode(signatureMethod); }
	public Correlation correlation() { return correlation; }
	public String correlationNote() { return correlationNote; }
	public Instant correlatedAt() { return correlatedAt; }
	public String correlatedBy() { return correlatedBy; }
	public long version() { return version; }
}
