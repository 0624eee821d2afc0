package org.cutis.oncology.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The end date of a running radiotherapy course. */
public class RadiotherapyEndForm {
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;
	private Long version;

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
