package org.cutis.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.cutis.surveillance.FollowUpCalendar;

/**
 * The recall list's memory (recall_item) of the generated open visits, as the nightly job leaves it:
 * a visit past its window is overdue since the night after its last day; one whose window opens
 * within the lead (30 days, cutis.recall.lead's default) is due, or imaging due for an imaging
 * study. A booked appointment covers a due visit: it is not listed. Each was first listed by the
 * night run that first found it due (not before its plan's activation) and last found by the
 * latest one. A visit the nurse booked after a night run had listed it keeps that line, resolved
 * when she booked it (the page she booked from computes the list again); visits resolved long ago
 * (done) leave no row here.
 */
final class GeneratedRecall {
	/** cutis.recall.lead's default: how far ahead a window may open to count as due. */
	static final int LEAD_DAYS = 30;
	/** cutis.recall.cron's default: the nightly run at 01:30. */
	private static final LocalTime NIGHTLY = LocalTime.of(1, 30);

	private final LocalDate today;
	private final Instant lastRun;
	private final ZoneId zone;
	private final Totals totals;
	private final CopyRows item = new CopyRows("recall_item",
			"visit_id, patient_id, kind, first_listed_at, overdue_since, last_found_at, resolved_at, urgency, due_from,"
					+ " due_to, responsible");

	GeneratedRecall(Instant now, ZoneId zone, Totals totals) {
		this.zone = zone;
		this.totals = totals;
		this.today = LocalDate.ofInstant(now, zone);
		Instant tonight = today.atTime(NIGHTLY).atZone(zone).toInstant();
		this.lastRun = tonight.isAfter(now) ? tonight.minusSeconds(24 * 3600) : tonight;
	}

	/**
	 * An open visit of an active plan activated on {@code activatedOn}, whose responsible doctor is
	 * {@code responsible}: with the list's order and filter as the application keeps them (V1891).
	 */
	void open(UUID visitId, UUID patientId, FollowUpCalendar.Visit v, LocalDate activatedOn, String responsible) {
		String kind;
		LocalDate overdueSince = null;
		if (today.isAfter(v.dueTo())) {
			kind = "overdue";
			overdueSince = v.dueTo().plusDays(1);
		}
		else if (!today.isBefore(v.dueFrom().minusDays(LEAD_DAYS))) {
			kind = v.isImaging() ? "imaging-due" : "due-unbooked";
		}
		else {
			return;
		}
		Instant first = firstNight(v, activatedOn);
		item.add(visitId).add(patientId).add(kind).add(first.isAfter(lastRun) ? lastRun : first).add(overdueSince)
			.add(lastRun).add(null).add(FollowUpCalendar.recallUrgency(kind)).add(v.dueFrom()).add(v.dueTo()).add(responsible);
		item.end();
		totals.recallItems++;
		if (overdueSince != null) {
			totals.overdue++;
		}
	}

	/**
	 * A due visit of a plan activated on {@code activatedOn} that the nurse booked at {@code bookedAt}:
	 * listed as due by the night runs from the first that found it until the booking, if any did.
	 */
	void booked(UUID visitId, UUID patientId, FollowUpCalendar.Visit v, LocalDate activatedOn, Instant bookedAt,
			String responsible) {
		Instant first = firstNight(v, activatedOn);
		if (!first.isBefore(bookedAt)) {
			return;
		}
		Instant lastBefore = LocalDate.ofInstant(bookedAt, zone).atTime(NIGHTLY).atZone(zone).toInstant();
		lastBefore = lastBefore.isAfter(bookedAt) ? lastBefore.minusSeconds(24 * 3600) : lastBefore;
		String kind = v.isImaging() ? "imaging-due" : "due-unbooked";
		item.add(visitId).add(patientId).add(kind).add(first).add(null).add(lastBefore).add(bookedAt)
			.add(FollowUpCalendar.recallUrgency(kind)).add(v.dueFrom()).add(v.dueTo()).add(responsible);
		item.end();
	}

	/** The night run that first found the visit due: its window opening within the lead, after the activation. */
	private Instant firstNight(FollowUpCalendar.Visit v, LocalDate activatedOn) {
		LocalDate night = v.dueFrom().minusDays(LEAD_DAYS);
		night = night.isAfter(activatedOn) ? night : activatedOn.plusDays(1);
		return night.atTime(NIGHTLY).atZone(zone).toInstant();
	}

	void copy(Connection connection) throws SQLException {
		item.copy(connection);
	}
}
