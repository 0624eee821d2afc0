package org.cutis.biopsy.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * How soon after receipt a biopsy report is due. CAP/ADASP: 2 working days for routine
 * biopsies; UK RCPath KPI: 7 calendar days. Working days are Monday to Friday; public holidays
 * are not known to Cutis and are counted as working days.
 */
public enum ReportBenchmark {
	CAP_ADASP(2, true), RCPATH(7, false);

	private final int days;
	private final boolean workingDays;

	ReportBenchmark(int days, boolean workingDays) {
		this.days = days;
		this.workingDays = workingDays;
	}

	public int days() {
		return days;
	}

	public boolean workingDays() {
		return workingDays;
	}

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public LocalDate due(LocalDate received) {
		return workingDays ? plusWorkingDays(received, days) : received.plusDays(days);
	}

	/** A specimen received on Friday or at the weekend is due on Tuesday with 2 working days. */
	static LocalDate plusWorkingDays(LocalDate from, int days) {
		LocalDate date = from;
		int added = 0;
		while (added < days) {
			date = date.plusDays(1);
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return date;
	}
}
