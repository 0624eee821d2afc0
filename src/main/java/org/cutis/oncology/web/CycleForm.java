package org.cutis.oncology.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A cycle given or held, on the course page. */
public class CycleForm {
	private Integer number;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;
	private boolean held;
	private String holdReason;
	private Integer dosePercent;
	private String doseReductionReason;
	private Long version;

	public Integer getNumber() {
		return number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public boolean isHeld() {
		return held;
	}

	public void setHeld(boolean held) {
		this.held = held;
	}

	public String getHoldReason() {
		return holdReason;
	}

	public void setHoldReason(String holdReason) {
		this.holdReason = holdReason;
	}

	public Integer getDosePercent() {
		return dosePercent;
	}

	public void setDosePercent(Integer dosePercent) {
		this.dosePercent = dosePercent;
	}

	public String getDoseReductionReason() {
		return doseReductionReason;
	}

	public void setDoseReductionReason(String doseReductionReason) {
		this.doseReductionReason = doseReductionReason;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
