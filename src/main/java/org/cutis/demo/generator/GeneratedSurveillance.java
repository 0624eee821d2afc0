package org.cutis.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.staging.DiagnosisKind;
import org.cutis.staging.StagingAtDiagnosis;
import org.cutis.surveillance.FollowUpCalendar;

/**
 * Follow-up after a completed treatment, as the surveillance module keeps it: the plan proposed
 * when the treatment plan completed (the center's guideline, the schedule's stage from the cancer's,
 * the surgeon responsible), activated by that surgeon at the next visit with the schedule's
 * intervals ({@link FollowUpCalendar}: the rules' {@code followup.schedule}, nothing invented here),
 * its visits merged into the patient's one calendar, and each visit's fate: long past ones done,
 * recent ones mostly done, the rest open; a few patients moved away or died and their plans ended.
 * The next clinic visit of a plan that the recall list shows as due was mostly booked by the nurse
 * in the last days, into the responsible doctor's first free slot of its window
 * ({@link GeneratedClinic}, as surveillance's VisitBooking books it: the visit then booked with its
 * appointment); a full clinic leaves it planned. The open visits the recall list would show today
 * (due or overdue) are written as the nightly job remembers them ({@link GeneratedRecall}).
 */
final class GeneratedSurveillance {
	/** Plans per thousand that ended: the patient moved to another hospital, or died. */
	private static final int ENDED = 40;
	/** Visits due within this many days before today are done by nine patients in ten; earlier ones all are. */
	private static final int RECENT_DAYS = 180;
	/** Of the visits the recall list shows as due, the nurse booked this many in a hundred (the next of each plan). */
	static final int BOOKED = 85;

	private final Instant now;
	private final ZoneId zone;
	private final Totals totals;
	private final FollowUpCalendar calendar;
	private final GeneratedRecall recall;
	private final GeneratedClinic clinic;
	/** Each patient's open visits of active plans, for one calendar per patient (the chunk holds whole patients). */
	private final Map<UUID, List<FollowUpCalendar.OpenVisit>> openVisits = new HashMap<>();
	private final CopyRows plan = new CopyRows("surveillance_plan", "id, patient_id, cancer_id, treatment_plan_id,"
			+ " status, guideline, diagnosis, stage, cancer_stage, proposal_note, anchor_date, responsible,"
			+ " responsible_department, responsible_reason, proposed_at, activated_at, activated_by, intervals,"
			+ " window_fraction, imaging_advice, end_reason, end_detail, ended_at, ended_by, version");
	private final CopyRows visit = new CopyRows("surveillance_visit", "id, plan_id, patient_id, kind, imaging, due_on,"
			+ " due_from, due_to, interval_months, status, appointment_id, merged_into, done_on, cancel_reason, version");

	GeneratedSurveillance(Instant now, ZoneId zone, Totals totals, FollowUpCalendar calendar, GeneratedClinic clinic) {
		this.clinic = clinic;
		this.now = now;
		this.zone = zone;
		this.totals = totals;
		this.calendar = calendar;
		this.recall = new GeneratedRecall(now, zone, totals);
	}

	void treated(GeneratedTreatments.Diagnosed d, GeneratedTreatments.Completed t) {
		StagingAtDiagnosis.Opened c = d.cancer();
		Random random = d.story();
		if (c.kind() == DiagnosisKind.OTHER) {
			return; // no schedule for a cancer without a rule (PlanProposals logs and proposes nothing)
		}
		UUID patientId = d.report().patientId();
		FollowUpCalendar.Proposal proposal = calendar.propose(c.kind().code(), c.headlineStage(), c.bwhT());
		Instant proposed = t.completedAt().plus(Duration.ofSeconds(1 + random.nextInt(5)));
		// the surgeon activates it at the post-operative visit, one to four weeks after the operation
		Instant activated = t.completedAt().plus(Duration.ofDays(7 + random.nextInt(22)));
		boolean active = !proposal.indeterminate() && activated.isBefore(now);
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate start = LocalDate.ofInstant(activated, zone);
		FollowUpCalendar.Activated schedule = active ? calendar.activate(proposal, c.diagnosisDate(), start) : null;
		boolean ended = active && random.nextInt(1000) < ENDED;
		LocalDate endedOn = ended ? start.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - start.toEpochDay())))
				: null;
		boolean death = ended && random.nextBoolean();
		UUID planId = totals.ids.next();
		Instant endedAt = ended ? endedOn.atTime(10, random.nextInt(60)).atZone(zone).toInstant() : null;
		plan.add(planId).add(patientId).add(c.cancerId()).add(t.planId()).add(ended ? "ended" : active ? "active" : "proposed")
			.add(proposal.guideline()).add(proposal.diagnosis()).add(proposal.stage()).add(c.headlineStage())
			.add(proposal.note()).add(c.diagnosisDate()).add(t.surgeon()).add(Department.DERMATOLOGY.code())
			.add(calendar.responsibleReason(t.surgeon(), Department.DERMATOLOGY, t.type())).add(proposed)
			.add(active ? activated : null).add(active ? t.surgeon() : null).add(active ? schedule.intervals() : null)
			.add(active ? schedule.windowFraction() : null).add(active ? schedule.imagingAdvice() : null)
			.add(ended ? (death ? "death" : "transfer") : null)
			.add(ended ? (death ? "보호자 연락으로 사망 확인" : "거주지 이전으로 타 병원 전원") : null).add(endedAt)
			.add(ended ? t.surgeon() : null).add(ended ? 2 : active ? 1 : 0);
		plan.end();
		totals.surveillancePlans++;
		if (active) {
			visits(random, patientId, planId, schedule.visits(), start, ended ? endedOn : null, death ? "death" : "transfer",
					today, new Booking(t.surgeon(), activated));
		}
	}

	/** Whose clinic a plan's visits are booked into (its responsible doctor), from its activation on. */
	private record Booking(String doctor, Instant activated) {
	}

	private void visits(Random random, UUID patientId, UUID planId, List<FollowUpCalendar.Visit> planned, LocalDate start,
			LocalDate endedOn, String endReason, LocalDate today, Booking booking) {
		boolean booked = false;
		List<FollowUpCalendar.OpenVisit> mine = new ArrayList<>();
		for (FollowUpCalendar.Visit v : planned) {
			mine.add(new FollowUpCalendar.OpenVisit(totals.ids.next(), v.kind(), v.dueOn()));
		}
		List<FollowUpCalendar.OpenVisit> others = openVisits.computeIfAbsent(patientId, p -> new ArrayList<>());
		// the patient's other active plans' visits still open when this plan was activated
		List<UUID> targets = calendar.mergeTargets(others.stream().filter(o -> !o.dueOn().isBefore(start)).toList(), mine);
		LocalDate cutoff = endedOn != null ? endedOn : today;
		for (int i = 0; i < planned.size(); i++) {
			FollowUpCalendar.Visit v = planned.get(i);
			UUID id = mine.get(i).id();
			String status;
			LocalDate doneOn = null;
			if (targets.get(i) != null) {
				// ending a plan cancels its merged visits too (VisitCancellation.cancelFuture)
				status = endedOn != null ? "cancelled" : "merged";
			}
			else if (v.dueOn().isBefore(cutoff.minusDays(RECENT_DAYS))
					|| v.dueOn().isBefore(cutoff) && random.nextInt(100) < 90) {
				status = "done";
				doneOn = doneOn(random, v, today);
			}
			else {
				status = endedOn != null ? "cancelled" : "planned";
			}
			GeneratedClinic.Booked appointment = null;
			if (status.equals("done") && !v.isImaging() && !doneOn.isBefore(clinic.firstDay())) {
				appointment = seen(random, patientId, doneOn, booking);
			}
			if (status.equals("planned") && !booked && bookable(v, today)) {
				booked = true;
				appointment = book(random, patientId, id, v, booking, start);
				status = appointment == null ? status : "booked";
			}
			visit.add(id).add(planId).add(patientId).add(v.kind()).add(v.imaging()).add(v.dueOn()).add(v.dueFrom())
				.add(v.dueTo()).add(v.intervalMonths()).add(status).add(appointment == null ? null : appointment.id())
				.add(targets.get(i)).add(doneOn).add(status.equals("cancelled") ? "surveillance ended: " + endReason : null)
				.add(status.equals("planned") || status.equals("merged") ? 0 : appointment != null && doneOn != null ? 2 : 1);
			visit.end();
			totals.surveillanceVisits++;
			if (endedOn == null && !status.equals("merged")) {
				others.add(mine.get(i));
			}
			if (status.equals("planned")) {
				recall.open(id, patientId, v, start, booking.doctor());
			}
		}
	}

	/**
	 * The plan's next clinic visit (not imaging, which is ordered, not booked) that the recall list
	 * shows as due: its window open within the lead and not yet past.
	 */
	private static boolean bookable(FollowUpCalendar.Visit v, LocalDate today) {
		return !v.isImaging() && !v.dueTo().isBefore(today)
				&& !today.isBefore(v.dueFrom().minusDays(GeneratedRecall.LEAD_DAYS));
	}

	/**
	 * Booked by the nurse on a round of the last days (never before the plan's activation), into the
	 * first free slot of the responsible doctor's clinics in the window; null when the nurse has not
	 * got to it yet or the clinics are full. A visit the list showed before the booking leaves its
	 * resolved line there.
	 */
	private GeneratedClinic.Booked book(Random random, UUID patientId, UUID visitId, FollowUpCalendar.Visit v,
			Booking booking, LocalDate start) {
		if (random.nextInt(100) >= BOOKED) {
			return null;
		}
		Instant bookedAt = now.minus(Duration.ofHours(24 + random.nextInt(4 * 24)));
		bookedAt = bookedAt.isAfter(booking.activated()) ? bookedAt : booking.activated().plusSeconds(60);
		bookedAt = bookedAt.isBefore(now) ? bookedAt : now.minusSeconds(1);
		GeneratedClinic.Booked a = clinic.bookFollowUp(patientId, booking.doctor(), v.dueFrom(), v.dueTo(),
				SyntheticCenter.NURSE, bookedAt).orElse(null);
		if (a != null) {
			recall.booked(visitId, patientId, v, start, bookedAt, booking.doctor());
		}
		return a;
	}

	/**
	 * A visit done in the weeks the generated clinics cover was seen in the responsible doctor's clinic
	 * that day: booked by the nurse one to four weeks before (not before the activation), the patient
	 * seen by the doctor, which made the visit done on the appointment's day (AppointmentFollowing).
	 * Null when the doctor held no clinic that day or it was full: the visit was recorded done by hand.
	 */
	private GeneratedClinic.Booked seen(Random random, UUID patientId, LocalDate doneOn, Booking booking) {
		Instant bookedAt = doneOn.minusDays(7 + random.nextInt(22)).atTime(10, random.nextInt(60)).atZone(zone)
			.toInstant();
		bookedAt = bookedAt.isAfter(booking.activated()) ? bookedAt : booking.activated().plusSeconds(60);
		return clinic.seenOn(patientId, booking.doctor(), doneOn, SyntheticCenter.NURSE, bookedAt, random).orElse(null);
	}

	/** Seen within the window, near the due day, never after yesterday. */
	private static LocalDate doneOn(Random random, FollowUpCalendar.Visit v, LocalDate today) {
		LocalDate day = v.dueOn().plusDays(random.nextInt(7) - 3);
		day = day.isBefore(v.dueFrom()) ? v.dueFrom() : day.isAfter(v.dueTo()) ? v.dueTo() : day;
		return day.isBefore(today) ? day : today.minusDays(1);
	}

	void copy(Connection connection) throws SQLException {
		plan.copy(connection);
		visit.copy(connection);
		recall.copy(connection);
		openVisits.clear();
	}
}
