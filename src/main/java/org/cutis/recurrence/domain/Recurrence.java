package org.cutis.recurrence.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.recurrence.RecurrenceExtent;
import org.cutis.shared.RefusedTransition;

/**
 * A recurrence of a cancer: where it came back (local, regional, distant) and when it was detected
 * (the re-biopsy's date, or the date the clinician found it). From a re-biopsy the extent is proposed
 * and waits for the clinician's confirmation; a clinician's own record is confirmed as recorded.
 * Corrected with a reason ({@link RecurrenceCorrection}), never deleted.
 */
@Entity
@Table(name = "recurrence")
public class Recurrence {
	public static final String BIOPSY = "biopsy";
	public static final String CLINICAL = "clinical";

	@Id
	private UUID id;
	private UUID patientId;
	private UUID cancerId;
	private String extent;
	private boolean extentConfirmed;
	private LocalDate detectedOn;
	private String basis;
	private String detail;
	private UUID workupId;
	private UUID specimenId;
	private UUID reportId;
	private String recordedBy;
	private Instant recordedAt;
	private String confirmedBy;
	private Instant confirmedAt;
	@Version
	private long version;

	protected Recurrence() {
	}

	/** From a malignant re-biopsy: the extent proposed, to be confirmed by the clinician. */
	public static Recurrence fromBiopsy(RelapseWorkup workup, RecurrenceExtent proposed, LocalDate detectedOn,
			UUID specimenId, UUID reportId, String by, Instant now) {
		Recurrence r = new Recurrence(workup.patientId(), workup.cancerId(), proposed, detectedOn, BIOPSY, null, by, now);
		r.workupId = workup.id();
		r.specimenId = specimenId;
		r.reportId = reportId;
		return r;
	}

	/** Recorded by the clinician (distant disease on imaging, a nodal recurrence on examination). */
	public static Recurrence clinical(UUID patientId, UUID cancerId, RecurrenceExtent extent, LocalDate detectedOn,
			String detail, String by, Instant now) {
		Recurrence r = new Recurrence(patientId, cancerId, extent, detectedOn, CLINICAL, detail, by, now);
		r.extentConfirmed = true;
		r.confirmedBy = by;
		r.confirmedAt = now;
		return r;
	}

	private Recurrence(UUID patientId, UUID cancerId, RecurrenceExtent extent, LocalDate detectedOn, String basis,
			String detail, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.patientId = patientId;
		this.cancerId = cancerId;
		this.extent = extent.code();
		this.detectedOn = detectedOn;
		this.basis = basis;
		this.detail = detail;
		this.recordedBy = by;
		this.recordedAt = now;
	}

	/** The clinician confirms the proposed extent, or says where it really is (no reason: it was a proposal). */
	public void confirmExtent(RecurrenceExtent confirmed, String by, Instant now) {
		if (extentConfirmed) {
			throw new RefusedTransition("recurrence.extent.alreadyConfirmed");
		}
		this.extent = confirmed.code();
		this.extentConfirmed = true;
		this.confirmedBy = by;
		this.confirmedAt = now;
	}

	/** A correction of a recorded extent or date; the caller keeps the reason with the values before. */
	public RecurrenceCorrection correct(RecurrenceExtent newExtent, LocalDate newDetectedOn, String reason, String by,
			Instant now) {
		RecurrenceCorrection correction = new RecurrenceCorrection(id, extent(), newExtent, detectedOn, newDetectedOn,
				reason, by, now);
		this.extent = newExtent.code();
		this.detectedOn = newDetectedOn;
		if (!extentConfirmed) {
			this.extentConfirmed = true;
			this.confirmedBy = by;
			this.confirmedAt = now;
		}
		return correction;
	}

	public UUID id() { return id; }
	public UUID patientId() { return patientId; }
	public UUID cancerId() { return cancerId; }
	public RecurrenceExtent extent() { return RecurrenceExtent.fromCode(extent); }
	public boolean extentConfirmed() { return extentConfirmed; }
	public LocalDate detectedOn() { return detectedOn; }
	public String basis() { return basis; }
	public String detail() { return detail; }
	public UUID workupId() { return workupId; }
	public UUID specimenId() { return specimenId; }
	public UUID reportId() { return reportId; }
	public String recordedBy() { return recordedBy; }
	public Instant recordedAt() { return recordedAt; }
	public String confirmedBy() { return confirmedBy; }
	public Instant confirmedAt() { return confirmedAt; }
	public long version() { return version; }
}
