package org.cutis.recurrence.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The recurrence forms of the cancer's recurrence page: recording one (extent, date, detail),
 * confirming a proposed extent, correcting one (extent, date, reason). {@code recurrenceId} says
 * which recurrence a confirmation or correction with errors belongs to.
 */
public class RecurrenceForm {
	private String extent;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate detectedOn;
	private String detail;
	private String reason;
	private Long version;
	private UUID recurrenceId;

	public String getExtent() { return extent; }
	public void setExtent(String extent) { this.extent = extent; }
	public LocalDate getDetectedOn() { return detectedOn; }
	public void setDetectedOn(LocalDate detectedOn) { this.detectedOn = detectedOn; }
	public String getDetail() { return detail; }
	public void setDetail(String detail) { this.detail = detail; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public UUID getRecurrenceId() { return recurrenceId; }
	public void setRecurrenceId(UUID recurrenceId) { this.recurrenceId = recurrenceId; }
}
