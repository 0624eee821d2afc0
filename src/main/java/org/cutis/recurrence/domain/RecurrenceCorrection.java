package org.cutis.recurrence.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cutis.recurrence.RecurrenceExtent;

/** One correction of a recurrence: the values before and after and why (append-only). */
@Entity
@Table(name = "recurrence_correction")
public class RecurrenceCorrection {
	@Id
	private UUID id;
	private UUID recurrenceId;
	private String extentBefore;
	private String extentAfter;
	private LocalDate detectedOnBefore;
	private LocalDate detectedOnAfter;
	private String reason;
	private String correctedBy;
	private Instant correctedAt;

	protected RecurrenceCorrection() {
	}

	RecurrenceCorrection(UUID recurrenceId, RecurrenceExtent extentBefore, RecurrenceExtent extentAfter,
			LocalDate detectedOnBefore, LocalDate detectedOnAfter, String reason, String by, Instant at) {
		this.id = UUID.randomUUID();
		this.recurrenceId = recurrenceId;
		this.extentBefore = extentBefore.code();
		this.extentAfter = extentAfter.code();
		this.detectedOnBefore = detectedOnBefore;
		this.detectedOnAfter = detectedOnAfter;
		this.reason = reason;
		this.correctedBy = by;
		this.correctedAt = at;
	}

	public UUID id() { return id; }
	public UUID recurrenceId() { return recurrenceId; }
	public RecurrenceExtent extentBefore() { return RecurrenceExtent.fromCode(extentBefore); }
	public RecurrenceExtent extentAfter() { return RecurrenceExtent.fromCode(extentAfter); }
	public LocalDate detectedOnBefore() { return detectedOnBefore; }
	public LocalDate detectedOnAfter() { return detectedOnAfter; }
	public String reason() { return reason; }
	public String correctedBy() { return correctedBy; }
	public Instant correctedAt() { return correctedAt; }
}
