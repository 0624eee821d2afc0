package org.cutis.referral.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.referral.ReferralDetails;
import org.cutis.referral.ReferralDrug;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;

/**
 * A referral to the center, from its arrival to the triage decision. Voided, never deleted.
 * What arrived is {@link ReceivedReferral}'s; this is its triage.
 */
@Entity
@Table(name = "referral")
public class Referral extends ReceivedReferral {
	public enum Status {
		RECEIVED, ACCEPTED, DECLINED, VOIDED
	}

	@Enumerated(EnumType.STRING)
	private Status status;
	private Instant decidedAt;
	private String decidedBy;
	private String bookedDermatologist;
	private LocalDate appointmentDate;
	@InputName("reason")
	private String declineReason;
	private Instant escalatedAt;
	private Instant voidedAt;
	private String voidedBy;
	@InputName("reason")
	private String voidReason;
	@Version
	private long version;

	/** The most referrals one worklist page holds ({@code Paging.MAX_SIZE}): their collections load together. */
	static final int PAGE_BATCH = 200;

	protected Referral() {
	}

	/**
	 * A referral as received; {@code drugs} are the details' drug choices as the catalogue knows
	 * them (checked by the caller, which knows the catalogue).
	 */
	public Referral(UUID patientId, ReferralDetails details, List<ReferralDrug> drugs, String by, Instant now) {
		super(patientId, details, drugs, by, now);
		this.status = Status.RECEIVED;
	}

	/** Booked to a dermatologist; the appointment may not lie before the day of the decision. */
	public void accept(String dermatologist, LocalDate appointment, String by, Instant now, LocalDate today) {
		requireOpen();
		List<FieldProblem> problems = new ArrayList<>();
		if (dermatologist == null || dermatologist.isBlank()) {
			problems.add(new FieldProblem("dermatologist", "referral.dermatologist.required"));
		}
		if (appointment != null && appointment.isBefore(today)) {
			problems.add(new FieldProblem("appointmentDate", "referral.appointment.past"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		this.status = Status.ACCEPTED;
		this.bookedDermatologist = dermatologist;
		this.appointmentDate = appointment;
		this.decidedAt = now;
		this.decidedBy = by;
	}

	public void decline(String why, String by, Instant now) {
		requireOpen();
		if (why == null || why.isBlank()) {
			throw new InvalidInput("declineReason", "error.reason.required");
		}
		this.status = Status.DECLINED;
		this.declineReason = why.trim();
		this.decidedAt = now;
		this.decidedBy = by;
	}

	public void voidRecord(String why, String by, Instant now) {
		if (status == Status.VOIDED) {
			throw new RefusedTransition("referral.voided");
		}
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "error.reason.required");
		}
		this.status = Status.VOIDED;
		this.voidReason = why.trim();
		this.voidedAt = now;
		this.voidedBy = by;
	}

	/** Marks a referral that waited past the red target; returns false when it already was. */
	public boolean escalate(Instant now) {
		if (status != Status.RECEIVED || escalatedAt != null) {
			return false;
		}
		escalatedAt = now;
		return true;
	}

	private void requireOpen() {
		if (status != Status.RECEIVED) {
			throw new RefusedTransition("referral.alreadyDecided");
		}
	}

	public boolean isOpen() {
		return status == Status.RECEIVED;
	}

	public Status status() {
		return status;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public String decidedBy() {
		return decidedBy;
	}

	public String bookedDermatologist() {
		return bookedDermatologist;
	}

	public LocalDate appointmentDate() {
		return appointmentDate;
	}

	public String declineReason() {
		return declineReason;
	}

	public Instant escalatedAt() {
		return escalatedAt;
	}

	public String voidReason() {
		return voidReason;
	}

	public long version() {
		return version;
	}
}
