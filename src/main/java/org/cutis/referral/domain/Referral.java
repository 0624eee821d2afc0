package org.cutis.referral.domain;

import org.cutis.referral.SourceKind;

import org.cutis.referral.ReferralDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.referral.OutsideOncologist;
import org.cutis.referral.RedFlag;
import org.cutis.referral.ReferralDrug;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.TriagePriority;
import org.cutis.referral.Urgency;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;
import org.hibernate.annotations.BatchSize;

/** A referral to the center, from its arrival to the triage decision. Voided, never deleted. */
@Entity
@Table(name = "referral")
public class Referral {
	public enum Status {
		RECEIVED, ACCEPTED, DECLINED, VOIDED
	}

	@Id
	private UUID id;
	private UUID patientId;
	@Enumerated(EnumType.STRING)
	private SourceKind sourceKind;
	private String sourceDepartment;
	private String sourceClinic;
	private String referringPhysician;
	@Enumerated(EnumType.STRING)
	private ReferralReason reason;
	/** Free text of referrals made before drugs came from the catalogue (V420); null since. */
	private String cancerDrugs;
	/** Free text of referrals made before the oncologist was a staff account (V420); null since. */
	private String treatingOncologist;
	/** Batched, as the red flags: a worklist page loads its referrals' drugs in one query, not one each. */
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = Referral.PAGE_BATCH)
	@CollectionTable(name = "referral_drug", joinColumns = @JoinColumn(name = "referral_id"))
	@OrderColumn(name = "position")
	private List<DrugEntry> drugs = new ArrayList<>();
	@InputName("oncologist")
	private String oncologistUsername;
	@InputName("outsideOncologist.name")
	private String outsideOncologistName;
	@InputName("outsideOncologist.hospital")
	private String outsideOncologistHospital;
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = Referral.PAGE_BATCH)
	@CollectionTable(name = "referral_red_flag", joinColumns = @JoinColumn(name = "referral_id"))
	@Column(name = "flag")
	@Enumerated(EnumType.STRING)
	private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);
	@Enumerated(EnumType.STRING)
	private Urgency urgency;
	/** What the referrer chose, when the center raised it (a red flag makes routine urgent); else null. */
	@Enumerated(EnumType.STRING)
	private Urgency requestedUrgency;
	/** {@link TriagePriority}: kept here so that the database reads a worklist page from an index. */
	private short priorityRank;
	private String note;
	private Instant receivedAt;
	private String receivedBy;
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
		details.validate();
		this.id = UUID.randomUUID();
		this.patientId = patientId;
		this.sourceKind = details.sourceKind();
		this.sourceDepartment = details.sourceDepartment();
		this.sourceClinic = details.sourceClinic();
		this.referringPhysician = details.referringPhysician();
		this.reason = details.reason();
		drugs.forEach(d -> this.drugs.add(new DrugEntry(d)));
		this.oncologistUsername = details.oncologist();
		if (details.outsideOncologist() != null) {
			this.outsideOncologistName = details.outsideOncologist().name();
			this.outsideOncologistHospital = details.outsideOncologist().hospital();
		}
		this.redFlags.addAll(details.redFlags());
		this.urgency = details.effectiveUrgency();
		this.requestedUrgency = this.urgency == details.urgency() ? null : details.urgency();
		rank();
		this.note = details.note();
		this.receivedAt = now;
		this.receivedBy = by;
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

	/** Again before every write, so a change of red flags or urgency can never leave a stale rank. */
	@PrePersist
	@PreUpdate
	void rank() {
		this.priorityRank = TriagePriority.of(!redFlags.isEmpty(), urgency);
	}

	private void requireOpen() {
		if (status != Status.RECEIVED) {
			throw new RefusedTransition("referral.alreadyDecided");
		}
	}

	public boolean isOpen() {
		return status == Status.RECEIVED;
	}

	public UUID id() {
		return id;
	}

	public UUID patientId() {
		return patientId;
	}

	public SourceKind sourceKind() {
		return sourceKind;
	}

	public String sourceDepartment() {
		return sourceDepartment;
	}

	public String sourceClinic() {
		return sourceClinic;
	}

	public String referringPhysician() {
		return referringPhysician;
	}

	public ReferralReason reason() {
		return reason;
	}

	public String cancerDrugs() {
		return cancerDrugs;
	}

	public String treatingOncologist() {
		return treatingOncologist;
	}

	public Urgency urgency() {
		return urgency;
	}

	/** The referrer's urgency when red flags raised it, else null. */
	public Urgency requestedUrgency() {
		return requestedUrgency;
	}

	public boolean urgencyRaised() {
		return requestedUrgency != null;
	}

	public List<ReferralDrug> drugs() {
		return drugs.stream().map(DrugEntry::view).toList();
	}

	public String oncologistUsername() {
		return oncologistUsername;
	}

	public OutsideOncologist outsideOncologist() {
		return outsideOncologistName == null && outsideOncologistHospital == null ? null
				: new OutsideOncologist(outsideOncologistName, outsideOncologistHospital);
	}

	/** In the enum's order. */
	public Set<RedFlag> redFlags() {
		return redFlags.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(redFlags);
	}

	/** A possible severe cutaneous adverse reaction (SJS/TEN, DRESS): the referral carries a red flag. */
	public boolean scarWarning() {
		return !redFlags.isEmpty();
	}

	public String note() {
		return note;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public String receivedBy() {
		return receivedBy;
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
