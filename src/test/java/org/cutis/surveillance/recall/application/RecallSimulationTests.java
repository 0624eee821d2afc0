package org.cutis.surveillance.recall.application;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cutis.clinic.AppointmentChanged;
import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.Appointments;
import org.cutis.support.CutisTest;
import org.cutis.surveillance.recall.domain.RecallItem;
import org.cutis.surveillance.recall.domain.RecallKind;
import org.cutis.surveillance.recall.domain.RecallPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's simulation: 1,000 synthetic patients in surveillance through two simulated years, with
 * the plans' automatic bookings (some late), patients who do not come or cancel, doctors on leave
 * whose booked patients are cancelled, imaging done late or not at all, nurses who call and book (or
 * hear a refusal), plans suspended, ended (death, transfer, declined) and completed, and node restarts
 * (a fresh store and worklist: state only in the database), some with a clock set back. On every
 * simulated day: every overdue visit is on the recall list as overdue, every no-show not rebooked is
 * on it, a patient who declined stays on it until the plan is ended with the reason, nothing else is
 * on it, and no patient left surveillance without a recorded reason. The plans and visits are written
 * by SQL (the contract tables of V1600); the appointments' states arrive as the clinic's
 * {@link AppointmentChanged} through the module's listener.
 */
@CutisTest
class RecallSimulationTests {
	private static final Logger log = LoggerFactory.getLogger(RecallSimulationTests.class);
	static final int PATIENTS = 1000;
	static final int DAYS = 730;
	static final ZoneId ZONE = ZoneId.systemDefault();

	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	ObjectProvider<Appointments> appointments;

	final Random random = new Random(20261130);
	final String run = UUID.randomUUID().toString().substring(0, 6);
	final List<String> doctors = new ArrayList<>();
	final Map<String, LocalDate[]> leave = new HashMap<>();
	final List<Plan> plans = new ArrayList<>();
	final List<Visit> visits = new ArrayList<>();
	final Map<UUID, Visit> visitById = new HashMap<>();
	final List<Appt> appts = new ArrayList<>();
	final Set<UUID> simVisitIds = new HashSet<>();
	LocalDate start;
	long worldNanos;
	long writeNanos;
	long listNanos;
	long checkNanos;

	static final class Plan {
		UUID id = UUID.randomUUID();
		UUID patient;
		String doctor;
		String status = "active";
		LocalDate resumeOn;
		boolean willDecline;
		LocalDate declinedOn;
		String endReason;
		List<Visit> visits = new ArrayList<>();
		List<Appt> appts = new ArrayList<>();

		boolean inSurveillance() {
			return status.equals("active") || status.equals("suspended");
		}
	}

	static final class Visit {
		UUID id = UUID.randomUUID();
		Plan plan;
		String kind;
		LocalDate from;
		LocalDate to;
		String status = "planned";
		Appt appointment;
		LocalDate bookOn;
		LocalDate doneOn;

		boolean open() {
			return !status.equals("done") && !status.equals("cancelled");
		}
	}

	static final class Appt {
		UUID id = UUID.randomUUID();
		Plan plan;
		Visit visit;
		LocalDate day;
		AppointmentStatus status = AppointmentStatus.BOOKED;
	}

	/** What changed in the world today, written in one transaction. */
	final List<Object[]> visitWrites = new ArrayList<>();
	final List<AppointmentChanged> events = new ArrayList<>();
	final List<Object[]> contactWrites = new ArrayList<>();
	final List<Plan> planWrites = new ArrayList<>();

	@Test
	void twoYearsOfAThousandPatientsLoseNobody() {
		long began = System.nanoTime();
		start = LocalDate.now().plusYears(5);
		generate();
		long generated = System.nanoTime();
		RecallStore store = new RecallStore(jdbc, appointments);
		AppointmentStates states = new AppointmentStates(store);
		MovableClock clock = new MovableClock();
		RecallPolicy policy = new RecallPolicy(Period.ofDays(30));
		RecallWorklist worklist = new RecallWorklist(store, policy, clock);
		int restarts = 0;
		int checks = 0;
		Map<RecallKind, Integer> seen = new HashMap<>();
		List<RecallItem> yesterday = List.of();
		for (int day = 0; day < DAYS; day++) {
			LocalDate today = start.plusDays(day);
			long t0 = System.nanoTime();
			live(today, yesterday);
			long t1 = System.nanoTime();
			AppointmentStates listener = states;
			transactions.executeWithoutResult(t -> write(listener));
			long t2 = System.nanoTime();
			worldNanos += t1 - t0;
			writeNanos += t2 - t1;
			if (random.nextInt(30) == 0) {
				// a node restart: nothing survives but the database
				restarts++;
				store = new RecallStore(jdbc, appointments);
				states = new AppointmentStates(store);
				worklist = new RecallWorklist(store, new RecallPolicy(Period.ofDays(30)), clock);
				// and its clock came up three days behind: nothing overdue disappears
				List<RecallItem> before = mine(worklist, clock, today);
				List<RecallItem> skewed = mine(worklist, clock, today.minusDays(3));
				Set<UUID> overdueBefore = before.stream().filter(i -> i.kind() == RecallKind.OVERDUE)
					.map(RecallItem::id).collect(Collectors.toSet());
				assertThat(skewed.stream().filter(i -> i.kind() == RecallKind.OVERDUE).map(RecallItem::id).toList())
					.as("day %s, clock set back", today).containsAll(overdueBefore);
				assertThat(skewed.size()).as("day %s, clock set back", today).isGreaterThanOrEqualTo(before.size());
				assertNobodyLeftWithoutAReason(today);
			}
			long t3 = System.nanoTime();
			List<RecallItem> list = mine(worklist, clock, today);
			long t4 = System.nanoTime();
			check(today, list);
			listNanos += t4 - t3;
			checkNanos += System.nanoTime() - t4;
			checks++;
			list.forEach(i -> seen.merge(i.kind(), 1, Integer::sum));
			if (day % 7 == 0) {
				// the nightly job's computation is the page's
				clock.set(today.atTime(LocalTime.of(18, 0)).atZone(ZONE).toInstant());
				List<RecallItem> night = worklist.refresh().items().stream()
					.filter(i -> simVisitIds.contains(i.id())).toList();
				assertThat(night.stream().map(i -> i.id() + i.kind().code()).toList())
					.isEqualTo(list.stream().map(i -> i.id() + i.kind().code()).toList());
			}
			yesterday = list;
		}
		assertNobodyLeftWithoutAReason(start.plusDays(DAYS));
		long done = System.nanoTime();
		log.info("Recall simulation: {} patients, {} visits, {} appointments, {} days checked, {} restarts, items seen {},"
				+ " plans {}; generated in {} ms, simulated in {} ms (world {} ms, writes {} ms, lists {} ms, checks {} ms)",
				PATIENTS, visits.size(), appts.size(), checks,
				restarts, seen, plans.stream().collect(Collectors.groupingBy(p -> p.status, Collectors.counting())),
				(generated - began) / 1_000_000, (done - generated) / 1_000_000, worldNanos / 1_000_000,
				writeNanos / 1_000_000, listNanos / 1_000_000, checkNanos / 1_000_000);
		// the simulation exercised what it claims to
		assertThat(seen.keySet()).containsExactlyInAnyOrder(RecallKind.values());
		assertThat(restarts).isGreaterThan(5);
		assertThat(appts.stream().filter(a -> a.status == AppointmentStatus.NO_SHOW).count()).isGreaterThan(100);
		assertThat(plans.stream().filter(p -> "declined".equals(p.endReason)).count()).isPositive();
	}

	/**
	 * The simulated center closes: its plans end (with a reason) and the list's memory of them is
	 * resolved, so the suite's other lists (and pages crawled later) do not show two years of synthetic
	 * patients dated years ahead.
	 */
	@AfterEach
	void closeTheSimulatedCenter() {
		jdbc.update("""
				update surveillance_plan set status = 'ended', end_reason = 'transfer', end_detail = 'simulation over',
				  ended_at = now(), ended_by = 'simulation' where responsible like ? and status in ('active', 'suspended')
				""", "sim-" + run + "-%");
		new RecallWorklist(new RecallStore(jdbc, appointments), new RecallPolicy(Period.ofDays(30)),
				Clock.systemDefaultZone()).current();
	}

	List<RecallItem> mine(RecallWorklist worklist, MovableClock clock, LocalDate day) {
		clock.set(day.atTime(LocalTime.of(18, 0)).atZone(ZONE).toInstant());
		return worklist.current().stream().filter(i -> simVisitIds.contains(i.id())).toList();
	}

	/** The assertions for one day, against the simulation's own truth. */
	void check(LocalDate today, List<RecallItem> list) {
		Map<UUID, RecallItem> listed = list.stream().collect(Collectors.toMap(RecallItem::id, i -> i));
		for (Visit v : visits) {
			boolean counts = v.open() && v.plan.inSurveillance();
			RecallItem item = listed.get(v.id);
			if (!counts) {
				assertThat(item).as("day %s: visit %s (%s, plan %s) is off the list", today, v.id, v.status, v.plan.status)
					.isNull();
				continue;
			}
			if (today.isAfter(v.to)) {
				assertThat(item).as("day %s: overdue visit %s (due %s..%s, %s) on the list", today, v.id, v.from, v.to,
						v.status).isNotNull();
				assertThat(item.kind()).isEqualTo(RecallKind.OVERDUE);
				assertThat(item.daysOverdue()).isEqualTo(today.toEpochDay() - v.to.toEpochDay());
			}
			else if (v.appointment != null && v.appointment.status == AppointmentStatus.NO_SHOW
					&& !rebooked(v)) {
				assertThat(item).as("day %s: missed visit %s on the list", today, v.id).isNotNull();
				assertThat(item.kind()).isEqualTo(RecallKind.MISSED);
			}
		}
		for (Plan p : plans) {
			if (p.declinedOn != null && p.inSurveillance()) {
				// the declined patient stays until a doctor ends the plan with the reason
				assertThat(p.visits.stream().anyMatch(v -> listed.containsKey(v.id)))
					.as("day %s: declined patient of plan %s still listed", today, p.id).isTrue();
			}
		}
	}

	/** An open follow-up after the no-show, booked at the desk for the same patient. */
	boolean rebooked(Visit v) {
		return v.plan.appts.stream().anyMatch(a -> a.visit == null && a.status == AppointmentStatus.BOOKED
				&& a.day.isAfter(v.appointment.day));
	}

	void assertNobodyLeftWithoutAReason(LocalDate day) {
		Integer silent = jdbc.queryForObject("""
				select count(*) from surveillance_plan where responsible like ? and status not in ('active', 'suspended')
				  and (end_reason is null or (end_reason in ('death', 'transfer', 'declined') and end_detail is null))
				""", Integer.class, "sim-" + run + "-%");
		assertThat(silent).as("day %s: plans left without a recorded reason", day).isZero();
		for (Plan p : plans) {
			assertThat(p.inSurveillance() || p.endReason != null).isTrue();
		}
	}

	// --- the world ---------------------------------------------------------------------------------

	void generate() {
		for (int d = 0; d < 6; d++) {
			doctors.add("sim-" + run + "-doctor-" + d);
		}
		List<Object[]> patientRows = new ArrayList<>();
		List<Object[]> planRows = new ArrayList<>();
		List<Object[]> visitRows = new ArrayList<>();
		Timestamp now = Timestamp.from(start.atStartOfDay(ZONE).toInstant());
		for (int i = 0; i < PATIENTS; i++) {
			UUID patient = UUID.randomUUID();
			patientRows.add(new Object[] { patient, "S" + run.substring(0, 4).toUpperCase() + String.format("%06d", i),
					"모의환자", "FEMALE", Date.valueOf(LocalDate.of(1950, 1, 1).plusDays(i * 7L)), "010-0000-" + String.format("%04d", i),
					now, "simulation" });
			Plan plan = new Plan();
			plan.patient = patient;
			plan.doctor = doctors.get(random.nextInt(doctors.size()));
			plan.willDecline = random.nextInt(50) == 0;
			plans.add(plan);
			LocalDate anchor = start.minusDays(random.nextInt(180));
			planRows.add(new Object[] { plan.id, patient, UUID.randomUUID(), Date.valueOf(anchor), plan.doctor, now, now });
			int months = random.nextBoolean() ? 3 : 6;
			for (int k = 1; ; k++) {
				LocalDate due = anchor.plusMonths((long) months * k);
				if (due.isAfter(start.plusDays(DAYS + 60))) {
					break;
				}
				addVisit(plan, "visit", due.minusDays(14), due.plusDays(14), visitRows);
				if (k % 2 == 0 && random.nextInt(3) == 0) {
					addVisit(plan, "imaging", due.minusDays(21), due.plusDays(21), visitRows);
				}
			}
		}
		jdbc.batchUpdate("""
				insert into patient (id, mrn, name_hangul, sex, birth_date, phone, registered_at, registered_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", patientRows);
		jdbc.batchUpdate("""
				insert into surveillance_plan (id, patient_id, cancer_id, status, guideline, diagnosis, anchor_date,
				  responsible, responsible_department, proposed_at, activated_at)
				values (?, ?, ?, 'active', 'NCCN', 'MELANOMA', ?, ?, 'dermatology', ?, ?)
				""", planRows);
		jdbc.batchUpdate("""
				insert into surveillance_visit (id, plan_id, patient_id, kind, imaging, due_from, due_to, status, done_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", visitRows);
	}

	void addVisit(Plan plan, String kind, LocalDate from, LocalDate to, List<Object[]> rows) {
		Visit v = new Visit();
		v.plan = plan;
		v.kind = kind;
		v.from = from;
		v.to = to;
		if (to.isBefore(start)) {
			// before the simulation: done on time
			v.status = "done";
			v.doneOn = from.plusDays(3);
		}
		else if (kind.equals("visit")) {
			// the plan books ahead of the window; one in ten it does not (no free slot): the nurses' work
			v.bookOn = random.nextInt(10) == 0 ? null : from.minusDays(random.nextInt(40) - 5);
		}
		plan.visits.add(v);
		visits.add(v);
		visitById.put(v.id, v);
		simVisitIds.add(v.id);
		rows.add(new Object[] { v.id, plan.id, plan.patient, kind, kind.equals("imaging") ? "흉부 CT" : null,
				Date.valueOf(from), Date.valueOf(to), v.status, v.doneOn == null ? null : Date.valueOf(v.doneOn) });
	}

	void live(LocalDate today, List<RecallItem> yesterday) {
		// doctors' leave: their booked patients in the leave are cancelled and booked again later
		if (random.nextInt(45) == 0) {
			String doctor = doctors.get(random.nextInt(doctors.size()));
			LocalDate from = today.plusDays(3);
			LocalDate to = from.plusDays(5 + random.nextInt(10));
			leave.put(doctor, new LocalDate[] { from, to });
			for (Appt a : appts) {
				if (a.status == AppointmentStatus.BOOKED && a.plan.doctor.equals(doctor) && !a.day.isBefore(from)
						&& !a.day.isAfter(to)) {
					cancel(a, today, to.plusDays(1));
				}
			}
		}
		// patients cancel
		for (Appt a : appts) {
			if (a.status == AppointmentStatus.BOOKED && a.day.isAfter(today) && random.nextInt(400) == 0) {
				cancel(a, today, today.plusDays(random.nextInt(20)));
			}
		}
		// plans resume, are suspended, end (death, transfer), or end after the patient declined
		for (Plan p : plans) {
			if (p.status.equals("suspended") && !today.isBefore(p.resumeOn)) {
				p.status = "active";
				planWrites.add(p);
			}
			else if (p.status.equals("active") && random.nextInt(20000) == 0) {
				p.status = "suspended";
				p.resumeOn = today.plusDays(30 + random.nextInt(60));
				planWrites.add(p);
			}
			else if (p.inSurveillance() && random.nextInt(15000) == 0) {
				end(p, random.nextBoolean() ? "death" : "transfer");
			}
			else if (p.inSurveillance() && p.declinedOn != null && today.isAfter(p.declinedOn.plusDays(10))) {
				end(p, "declined");
			}
		}
		// the plan's automatic booking, some late (after the window), never on the doctor's leave
		for (Visit v : visits) {
			if (v.open() && v.plan.status.equals("active") && v.plan.declinedOn == null && v.bookOn != null
					&& !v.bookOn.isAfter(today)
					&& (v.appointment == null || !v.appointment.status.open())) {
				LocalDate day = later(today.plusDays(1), v.from).plusDays(random.nextInt(12) == 0 ? 20 + random.nextInt(30)
						: random.nextInt(Math.max(1, (int) (v.to.toEpochDay() - v.from.toEpochDay()) / 2)));
				book(v, v.plan, avoidLeave(v.plan.doctor, day), today, true);
				v.bookOn = null;
			}
		}
		// the nurses work yesterday's list: call, book (linked by the plan or at the desk), or hear a refusal
		for (RecallItem item : yesterday) {
			Visit v = visitById.get(item.id());
			if (!v.open() || !v.plan.inSurveillance() || v.kind.equals("imaging") || random.nextInt(6) != 0) {
				continue;
			}
			if (v.plan.willDecline && v.plan.declinedOn == null) {
				v.plan.declinedOn = today;
				contact(v, "declined", today, "원거리 거주로 추적 관찰 거절");
				continue;
			}
			if (v.plan.declinedOn != null || !v.plan.status.equals("active")
					|| v.plan.appts.stream().anyMatch(a -> a.status == AppointmentStatus.BOOKED && !a.day.isBefore(today))) {
				continue;
			}
			contact(v, "called", today, null);
			book(v, v.plan, avoidLeave(v.plan.doctor, today.plusDays(2 + random.nextInt(10))), today, random.nextBoolean());
		}
		// today's clinics: most come, some do not
		for (Appt a : appts) {
			if (a.status != AppointmentStatus.BOOKED || !a.day.equals(today)) {
				continue;
			}
			if (a.plan.declinedOn == null && random.nextInt(100) < 85) {
				a.status = AppointmentStatus.SEEN;
				announce(a, today);
				Visit v = a.visit != null ? a.visit
						: a.plan.visits.stream().filter(x -> x.open() && !x.kind.equals("imaging") && !x.from.isAfter(today.plusDays(30)))
							.findFirst().orElse(null);
				if (v != null && v.open()) {
					done(v, today);
				}
			}
			else {
				a.status = AppointmentStatus.NO_SHOW;
				announce(a, today);
				if (a.visit != null && a.visit.appointment == a && random.nextBoolean()) {
					// the plan marked the visit missed
					a.visit.status = "missed";
					writeVisit(a.visit);
				}
			}
		}
		// imaging is done at radiology, often late
		for (Visit v : visits) {
			if (v.open() && v.kind.equals("imaging") && v.plan.inSurveillance() && v.plan.declinedOn == null
					&& !v.from.isAfter(today)
					&& random.nextInt(12) == 0) {
				done(v, today);
			}
		}
		// a plan whose visits are all done is completed
		for (Plan p : plans) {
			if (p.inSurveillance() && p.visits.stream().noneMatch(Visit::open)) {
				end(p, "completed");
			}
		}
	}

	void cancel(Appt a, LocalDate today, LocalDate rebookOn) {
		a.status = AppointmentStatus.CANCELLED;
		announce(a, today);
		if (a.visit != null && a.visit.appointment == a && a.visit.open()) {
			a.visit.status = "planned";
			if (random.nextBoolean()) {
				a.visit.appointment = null;
			}
			a.visit.bookOn = rebookOn;
			writeVisit(a.visit);
		}
	}

	void book(Visit v, Plan plan, LocalDate day, LocalDate today, boolean linked) {
		Appt a = new Appt();
		a.plan = plan;
		a.day = day;
		appts.add(a);
		plan.appts.add(a);
		if (linked) {
			a.visit = v;
			v.appointment = a;
			v.status = "booked";
			writeVisit(v);
		}
		announce(a, today);
	}

	void done(Visit v, LocalDate today) {
		v.status = "done";
		v.doneOn = today;
		writeVisit(v);
	}

	void end(Plan p, String reason) {
		p.status = reason.equals("completed") ? "completed" : "ended";
		p.endReason = reason;
		planWrites.add(p);
	}

	void contact(Visit v, String method, LocalDate today, String reason) {
		contactWrites.add(new Object[] { UUID.randomUUID(), v.id, v.plan.patient, method, reason, "sim-nurse",
				Timestamp.from(today.atTime(10, 0).atZone(ZONE).toInstant()) });
	}

	LocalDate avoidLeave(String doctor, LocalDate day) {
		LocalDate[] off = leave.get(doctor);
		return off != null && !day.isBefore(off[0]) && !day.isAfter(off[1]) ? off[1].plusDays(1) : day;
	}

	static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	void announce(Appt a, LocalDate today) {
		events.add(new AppointmentChanged(a.id, a.plan.patient, a.plan.doctor, AppointmentKind.FOLLOW_UP, a.status,
				a.day.atTime(10, 0).atZone(ZONE).toInstant(), null, today.atTime(8, 0).atZone(ZONE).toInstant()
					.plusMillis(events.size())));
	}

	void writeVisit(Visit v) {
		visitWrites.add(new Object[] { v.status, v.appointment == null ? null : v.appointment.id,
				v.doneOn == null ? null : Date.valueOf(v.doneOn), v.id });
	}

	void write(AppointmentStates states) {
		events.forEach(states::on);
		if (!visitWrites.isEmpty()) {
			jdbc.batchUpdate("update surveillance_visit set status = ?, appointment_id = ?, done_on = ? where id = ?",
					visitWrites);
		}
		for (Plan p : planWrites) {
			boolean ended = p.endReason != null;
			jdbc.update("""
					update surveillance_plan set status = ?, end_reason = ?, end_detail = ?, ended_at = ?, ended_by = ?
					where id = ?
					""", p.status, p.endReason, ended && !p.endReason.equals("completed") ? "모의 종료 사유: " + p.endReason : null,
					ended ? Timestamp.from(Instant.now()) : null, ended ? "sim-doctor" : null, p.id);
		}
		if (!contactWrites.isEmpty()) {
			jdbc.batchUpdate("""
					insert into recall_contact (id, visit_id, patient_id, method, reason, recorded_by, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?)
					""", contactWrites);
		}
		events.clear();
		visitWrites.clear();
		planWrites.clear();
		contactWrites.clear();
	}

	/** The simulation's clock: set to each simulated evening. */
	static final class MovableClock extends Clock {
		private Instant now = Instant.now();

		void set(Instant at) {
			now = at;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
