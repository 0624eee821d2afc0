package org.cutis.tumorboard.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.cutis.tumorboard.application.TumorBoardManagement;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * Scheduling a weekly series from the tumor board page: the weekday and time of the first meeting
 * (the next such day still ahead), how many weeks, where, who chairs, and the cut-off in hours
 * before each meeting. A JavaBean, so the service's field problems land next to these fields.
 */
public class ScheduleForm {
	private String title;
	private DayOfWeek weekday = DayOfWeek.WEDNESDAY;
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime time = LocalTime.of(17, 0);
	private Integer weeks = 4;
	private String place;
	private String videoLink;
	private String chair;
	private Long cutOffHoursBefore = 48L;

	/** The first meeting: this weekday at this time, today if still ahead, else the next one. */
	Instant firstAt(Instant now, java.time.ZoneId zone) {
		LocalDate day = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.nextOrSame(weekday));
		ZonedDateTime at = day.atTime(time).atZone(zone);
		if (!at.toInstant().isAfter(now)) {
			at = at.plusWeeks(1);
		}
		return at.toInstant();
	}

	Duration cutOff() {
		return TumorBoardManagement.cutOffHours(cutOffHoursBefore);
	}

	/** What the service cannot see: a missing weekday or time. False when the form is incomplete. */
	boolean complete(BindingResult result) {
		if (weekday == null && !result.hasFieldErrors("weekday")) {
			result.rejectValue("weekday", "error.field.required", "error.field.required");
		}
		if (time == null && !result.hasFieldErrors("time")) {
			result.rejectValue("time", "error.field.required", "error.field.required");
		}
		if (weeks == null && !result.hasFieldErrors("weeks")) {
			result.rejectValue("weeks", "error.field.required", "error.field.required");
		}
		return !result.hasErrors();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public DayOfWeek getWeekday() {
		return weekday;
	}

	public void setWeekday(DayOfWeek weekday) {
		this.weekday = weekday;
	}

	public LocalTime getTime() {
		return time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

	public Integer getWeeks() {
		return weeks;
	}

	public void setWeeks(Integer weeks) {
		this.weeks = weeks;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getVideoLink() {
		return videoLink;
	}

	public void setVideoLink(String videoLink) {
		this.videoLink = videoLink;
	}

	public String getChair() {
		return chair;
	}

	public void setChair(String chair) {
		this.chair = chair;
	}

	public Long getCutOffHoursBefore() {
		return cutOffHoursBefore;
	}

	public void setCutOffHoursBefore(Long cutOffHoursBefore) {
		this.cutOffHoursBefore = cutOffHoursBefore;
	}
}
