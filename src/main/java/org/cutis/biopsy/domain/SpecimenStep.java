package org.cutis.biopsy.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.cutis.biopsy.CommunicationMethod;
import org.cutis.biopsy.SpecimenStatus;
import org.hibernate.annotations.Immutable;

/**
 * One step of a specimen's loop, as it happened: what (the state reached, or an addendum), when,
 * who, and why where a reason is required (rejection, void) or how the patient was told. Written
 * once by {@link Specimen} and never changed; the table refuses UPDATE and DELETE
 * (V610__specimen_history.sql).
 */
@Entity
@Table(name = "specimen_step")
@Immutable
public class SpecimenStep {
	/** What happened: a state of the loop was reached, or an addendum reopened it. */
	public enum What {
		ORDERED, COLLECTED, SENT, RECEIVED, GROSSED, REPORTED, SIGNED, REVIEWED, COMMUNICATED, REJECTED, VOIDED,
		AMENDED;

		static What reached(SpecimenStatus state) {
			return valueOf(state.name());
		}

		/** The state this step reached; an addendum reached none (the specimen is signed again). */
		public SpecimenStatus state() {
			return this == AMENDED ? null : SpecimenStatus.valueOf(name());
		}

		public String code() {
			return name().toLowerCase();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "specimen_step_id")
	@SequenceGenerator(name = "specimen_step_id", sequenceName = "specimen_step_id_seq", allocationSize = 1)
	private Long id;
	@Enumerated(EnumType.STRING)
	@Column(name = "status")
	private What what;
	@Column(name = "at")
	private Instant happenedAt;
	@Column(name = "by_user")
	private String byUser;
	private String reason;
	@Enumerated(EnumType.STRING)
	private CommunicationMethod communicationMethod;

	protected SpecimenStep() {
	}

	SpecimenStep(What what, Instant at, String by, String reason, CommunicationMethod method) {
		this.what = Objects.requireNonNull(what, "what");
		this.happenedAt = Objects.requireNonNull(at, "at");
		this.byUser = by;
		this.reason = reason;
		this.communicationMethod = method;
	}

	public What what() {
		return what;
	}

	public Instant at() {
		return happenedAt;
	}

	/** Who did it; null for an addendum (the report names its pathologist). */
	public String by() {
		return byUser;
	}

	/** Why the specimen was rejected or voided; null for other steps. */
	public String reason() {
		return reason;
	}

	/** How the patient was told, for a communication. */
	public CommunicationMethod communicationMethod() {
		return communicationMethod;
	}
}
