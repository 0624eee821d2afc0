package org.cutis.patient.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The details of a patient as they were before a change: the record's history. */
@Entity
@Table(name = "patient_revision")
public class PatientRevision {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private UUID patientId;
	private long version;
	private Instant changedAt;
	private String changedBy;
	private String changeKind;
	private String snapshot;

	protected PatientRevision() {
	}

	public PatientRevision(UUID patientId, long version, Instant changedAt, String changedBy, String changeKind,
			String snapshot) {
		this.patientId = patientId;
		this.version = version;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.changeKind = changeKind;
		this.snapshot = snapshot;
	}

	public long version() {
		return version;
	}

	public Instant changedAt() {
		return changedAt;
	}

	public String changedBy() {
		return changedBy;
	}

	public String changeKind() {
		return changeKind;
	}

	public String snapshot() {
		return snapshot;
	}
}
