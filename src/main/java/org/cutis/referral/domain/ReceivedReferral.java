package org.cutis.referral.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.cutis.referral.OutsideOncologist;
import org.cutis.referral.RedFlag;
import org.cutis.referral.ReferralDetails;
import org.cutis.referral.ReferralDrug;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.SourceKind;
import org.cutis.referral.TriagePriority;
import org.cutis.referral.Urgency;
import org.cutis.shared.persistence.InputName;
import org.hibernate.annotations.BatchSize;

/**
 * A referral as it arrived: the patient, who sent it from where, the reason, the cancer drugs and
 * the oncologist, the red flags and the urgency (raised by a red flag, the referrer's choice kept),
 * the note, when and by whom it was received. {@link Referral} adds the triage; the columns are
 * the referral's own ({@code referral}).
 */
@MappedSuperclass
public abstract class ReceivedReferral {
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

	protected ReceivedReferral() {
	}

	ReceivedReferral(UUID patientId, ReferralDetails details, List<ReferralDrug> drugs, String by, Instant now) {
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
	}

	/** Again before every write, so a change of red flags or urgency can never leave a stale rank. */
	@PrePersist
	@PreUpdate
	void rank() {
		this.priorityRank = TriagePriority.of(!redFlags.isEmpty(), urgency);
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
}
