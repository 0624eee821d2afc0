package org.cutis.skincare.prophylaxis.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.rules.oncoderm.ProphylaxisItem;
import org.cutis.rules.oncoderm.ProphylaxisRegimen;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.Message;
import org.cutis.shared.RefusedTransition;

/**
 * A pre-emptive skin regimen Cutis proposed when a patient started a drug that needs one (rule
 * oncoderm.prophylaxis: moisturiser, sunscreen, topical steroid, oral tetracycline for 6 weeks for
 * EGFR inhibitors). The dermatologist accepts it or declines it with a reason; who and when are kept.
 * The regimen is copied as the rule gave it, so a later change of the table does not rewrite it.
 */
@Entity
@Table(name = "skin_prophylaxis")
public class SkinProphylaxis {
	public static final String PROPOSED = "proposed";
	public static final String ACCEPTED = "accepted";
	public static final String DECLINED = "declined";

	/** What started the drug: a systemic course recorded by oncology, or a drug-reaction referral. */
	public enum Trigger {
		SYSTEMIC_COURSE, REFERRAL;

		public String code() {
			return name().toLowerCase().replace('_', '-');
		}
	}

	@Id
	private UUID id;
	private UUID patientId;
	private String triggerKind;
	private UUID triggerId;
	private String drugCode;
	private String drugClass;
	private String items;
	private Integer weeks;
	private String source;
	private boolean verified;
	private String status;
	private Instant proposedAt;
	private String decidedBy;
	private Instant decidedAt;
	private String declineReason;
	@Version
	private long version;

	protected SkinProphylaxis() {
	}

	/** Proposes the rule's regimen for the drug; null if the rule holds none for its class. */
	public static SkinProphylaxis propose(UUID patientId, Trigger trigger, UUID triggerId, String drugCode,
			ProphylaxisRegimen regimen, Instant now) {
		if (regimen.isEmpty()) {
			return null;
		}
		SkinProphylaxis p = new SkinProphylaxis();
		p.id = UUID.randomUUID();
		p.patientId = patientId;
		p.triggerKind = trigger.code();
		p.triggerId = triggerId;
		p.drugCode = drugCode;
		p.drugClass = regimen.drugClass().code();
		p.items = String.join(",", regimen.items().stream().map(ProphylaxisItem::code).toList());
		p.weeks = regimen.weeks();
		p.source = regimen.source().citation();
		p.verified = regimen.verified();
		p.status = PROPOSED;
		p.proposedAt = now;
		return p;
	}

	public void accept(String by, Instant now) {
		requireProposed();
		status = ACCEPTED;
		decidedBy = by;
		decidedAt = now;
	}

	public void decline(String reason, String by, Instant now) {
		requireProposed();
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "skincare.prophylaxis.error.reasonRequired");
		}
		status = DECLINED;
		declineReason = reason.trim();
		decidedBy = by;
		decidedAt = now;
	}

	private void requireProposed() {
		if (!isProposed()) {
			throw new RefusedTransition("skincare.prophylaxis.error.decided",
					new Message("skincare.prophylaxis.status." + status), decidedAt.toString());
		}
	}

	public boolean isProposed() {
		return PROPOSED.equals(status);
	}

	public UUID id() {
		return id;
	}

	public UUID patientId() {
		return patientId;
	}

	public String triggerKind() {
		return triggerKind;
	}

	public UUID triggerId() {
		return triggerId;
	}

	public String drugCode() {
		return drugCode;
	}

	public String drugClass() {
		return drugClass;
	}

	/** The regimen's item codes (rules.oncoderm.prophylaxis.&lt;code&gt; in words). */
	public List<String> items() {
		return Arrays.asList(items.split(","));
	}

	public Integer weeks() {
		return weeks;
	}

	public String source() {
		return source;
	}

	public boolean verified() {
		return verified;
	}

	public String status() {
		return status;
	}

	public Instant proposedAt() {
		return proposedAt;
	}

	public String decidedBy() {
		return decidedBy;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public String declineReason() {
		return declineReason;
	}

	public long version() {
		return version;
	}
}
