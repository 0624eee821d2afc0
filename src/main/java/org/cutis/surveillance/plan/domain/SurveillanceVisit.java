package org.cutis.surveillance.plan.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.shared.InvalidInput;

/**
 * One visit of a plan's calendar with its due window. Statuses are those of the V1600 schema:
 * planned (not booked), booked, done, missed (no-show; the appointment is kept), cancelled (the
 * plan was replaced, suspended or ended) and merged (another plan's visit within the merge window
 * covers it). A visit booked or done outside its window carries the reason.
 */
@Entity
@Table(name = "surveillance_visit")
public class SurveillanceVisit {
	public static final String PLANNED = "planned";
	public static final String BOOKED = "booked";
	public static final String DONE = "done";
	public static final String MISSED = "missed";
	public static final String CANCELLED = "cancelled";
	public static final String MERGED = "merged";

	@Id
	private UUID id;
	private UUID planId;
	private UUID patientId;
	private String kind;
	private String imaging;
	private LocalDate dueOn;
	private LocalDate dueFrom;
	private LocalDate dueTo;
	private Integer intervalMonths;
	private String status;
	private UUID appointmentId;
	private UUID mergedInto;
	private LocalDate doneOn;
	private String outsideWindowReason;
	private String cancelReason;
	@Version
	private long version;

	protected SurveillanceVisit() {
	}

	public static SurveillanceVisit of(UUID planId, UUID patientId, PlannedVisit planned) {
		SurveillanceVisit v = new SurveillanceVisit();
		v.id = UUID.randomUUID();
		v.planId = planId;
		v.patientId = patientId;
		v.kind = planned.kind();
		v.imaging = planned.imaging();
		v.dueOn = planned.dueOn();
		v.dueFrom = planned.dueFrom();
		v.dueTo = planned.dueTo();
		v.intervalMonths = planned.intervalMonths();
		v.status = PLANNED;
		return v;
	}

	public boolean inWindow(LocalDate day) {
		return !day.isBefore(dueFrom) && !day.isAfter(dueTo);
	}

	/** Booked on {@code day}; outside the window only with the reason. */
	public void booked(UUID appointment, LocalDate day, String reason) {
		if (!inWindow(day)) {
			if (reason == null || reason.isBlank()) {
				throw new InvalidInput("reason", "surveillance.error.outsideWindowReason", dueFrom, dueTo, day);
			}
			outsideWindowReason = reason.trim();
		}
		appointmentId = appointment;
		status = BOOKED;
	}

	/** Seen on {@code day}; a day outside the window keeps the reason given, or the one of the booking. */
	public void done(LocalDate day, String reason) {
		status = DONE;
		doneOn = day;
		if (!inWindow(day) && reason != null && !reason.isBlank()) {
			outsideWindowReason = reason.trim();
		}
	}

	/**
	 * The reason of a visit seen or booked outside its window, given afterwards; {@code day} is the
	 * day it was seen or booked for. A visit without a day yet is linked to its appointment instead,
	 * and one inside its window needs no reason.
	 */
	public void explainOutsideWindow(String reason, LocalDate day) {
		if (!(DONE.equals(status) || BOOKED.equals(status)) || day == null) {
			throw new InvalidInput("visitId", "surveillance.error.noDayYet");
		}
		if (inWindow(day)) {
			throw new InvalidInput("visitId", "surveillance.error.insideWindow", dueFrom, dueTo, day);
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "surveillance.error.outsideWindowReason", dueFrom, dueTo, day);
		}
		outsideWindowReason = reason.trim();
	}

	/** A done or booked visit outside its window without a reason yet. */
	public boolean needsReason() {
		LocalDate day = doneOn;
		return (DONE.equals(status) || BOOKED.equals(status)) && day != null && !inWindow(day)
				&& outsideWindowReason == null;
	}

	public void missed() {
		status = MISSED;
	}

	/** The appointment was cancelled: the visit waits to be booked again. */
	public void unbooked() {
		status = PLANNED;
		appointmentId = null;
	}

	public void cancel(String reason) {
		status = CANCELLED;
		cancelReason = reason;
	}

	public void mergeInto(UUID target) {
		status = MERGED;
		mergedInto = target;
	}

	/** The visit it was merged into went away (its plan was replaced or ended): it stands on its own again. */
	public void unmerge() {
		status = PLANNED;
		mergedInto = null;
	}

	/** Open: still to happen (planned, booked) or to be rebooked (missed). */
	public boolean open() {
		return PLANNED.equals(status) || BOOKED.equals(status) || MISSED.equals(status);
	}

	public UUID id() {
		return id;
	}

	public UUID planId() {
		return planId;
	}

	public UUID patientId() {
		return patientId;
	}

	public String kind() {
		return kind;
	}

	public String imaging() {
		return imaging;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public LocalDate dueFrom() {
		return dueFrom;
	}

	public LocalDate dueTo() {
		return dueTo;
	}

	public Integer intervalMonths() {
		return intervalMonths;
	}

	public String status() {
		return status;
	}

	public UUID appointmentId() {
		return appointmentId;
	}

	public UUID mergedInto() {
		return mergedInto;
	}

	public LocalDate doneOn() {
		return doneOn;
	}

	public String outsideWindowReason() {
		return outsideWindowReason;
	}

	public String cancelReason() {
		return cancelReason;
	}

	public long version() {
		return version;
	}
}
