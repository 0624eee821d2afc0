package org.cutis.surveillance.recall.application;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.clinic.appointment.ClinicLists;
import org.cutis.clinic.appointment.ClinicDay;
import org.cutis.clinic.session.ClinicSessions;
import org.cutis.identity.Role;
import org.cutis.recurrence.RecurrenceConfirmed;
import org.cutis.recurrence.RecurrenceExtent;
import org.cutis.recurrence.RecurrenceRuledOut;
import org.cutis.rules.followup.Diagnosis;
import org.cutis.rules.followup.FollowUpSchedule;
import org.cutis.rules.followup.Guideline;
import org.cutis.support.CutisTest;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.cutis.surveillance.plan.application.SurveillancePlanning;
import org.cutis.surveillance.plan.application.VisitBooking;
import org.cutis.surveillance.plan.domain.PlannedVisit;
import org.cutis.surveillance.plan.domain.ScheduleBasis;
import org.cutis.surveillance.plan.domain.Schedules;
import org.cutis.surveillance.plan.domain.VisitCalendar;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 13's simulation: 1,000 synthetic patients in surveillance through two simulated years, driven
 * through the services a nurse and a doctor meet, on the application's own clock ({@link TestClock},
 * moved through each simulated day, so "no booking in the past" and "only on the appointment's day"
 * hold as in production):
 * <ul>
 * <li>four dermatologists (real accounts) hold clinic sessions twice a week and take leave
 * ({@link ClinicSessions}); the desk cancels their booked patients in the leave;
 * <li>one plan in ten is activated by {@link SurveillancePlanning#activate} (the real calendar from the
 * follow-up rules, the first visit booked into the doctor's sessions); the plan books each next
 * visit itself ({@link VisitBooking}) when a visit is seen;
 * <li>appointments are cancelled, marked arrived, no-show and seen through {@link Appointments} (the
 * clinic's port; each doctor's list of the day from {@link ClinicLists#clinicDay}), so that
 * {@code AppointmentChanged} reaches the plan and the recall list through the event publication
 * registry after commit, asynchronously; each phase of a day waits until the registry holds no
 * incomplete publication of the simulation (and fails on a failed one);
 * <li>the nurses work the previous evening's list: contacts through {@link RecallContacts} (called,
 * or the patient's refusal), bookings through the plan ({@link VisitBooking#book}) or at the desk
 * ({@link Appointments#bookFirstFree}: the plan takes it for a due or missed visit whose window holds
 * the day; a late one is linked by {@link VisitBooking#attach} with the reason);
 * <li>the doctors' clinics of a day run at the same time, and so do the two nurses (the decisions
 * drawn first, in order, so that a run is reproducible);
 * <li>plans are suspended by a confirmed recurrence and resumed when it is ruled out, and end (death,
 * transfer, the patient declined) through {@link SurveillancePlanning};
 * <li>the nightly job runs through its bean ({@link RecallNightly#sweep}); node restarts are fresh
 * {@link RecallStore} and {@link RecallWorklist} instances over the same database, some with their
 * clock three days behind.
 * </ul>
 * Written by SQL, because they are not what is tested and the services would take minutes: the 1,000
 * patients; nine plans in ten as already activated (the plan's row and the real calendar's visits
 * from {@link VisitCalendar}, of the simulated years only), whose first visit the plan then books
 * ({@link VisitBooking#bookNext}); and imaging done at radiology (no service records it yet).
 * Runtime: the visits' intervals are the guideline's longer ends (IB yearly, IIB six-monthly, IIIA
 * three-monthly), so fewer appointments go through the services per simulated day; still about 4,000
 * appointments are booked, seen or missed and about 1,000 cancelled, each with its events, which is
 * most of the time (8 minutes with the machine's two cores shared five ways, load 16).
 * {@code -Dcutis.simulation.patients=} and {@code -Dcutis.simulation.days=} scale a run down while
 * working on it.
 * <p>
 * On every simulated day, against the clinic's appointments and the plans' calendars: every overdue
 * visit is on the recall list as overdue with its days, every no-show not rebooked is on it as missed,
 * a patient who declined stays on it until the plan is ended with the reason, nothing else is on it,
 * the calendar follows the clinic (no visit waits on an appointment seen or cancelled), and no patient
 * left surveillance without a recorded reason; weekly, the nightly job's snapshot is the page's list
 * and no visit waits though the patient came in its window.
 */
@CutisTest
class RecallSimulationTests {
	private static final Logger log = LoggerFactory.getLogger(RecallSimulationTests.class);
	static final int PATIENTS = Integer.getInteger("cutis.simulation.patients", 1000);
	static final int DAYS = Integer.getInteger("cutis.simulation.days", 730);
	static final int DOCTORS = 4;
	/** cutis.surveillance.window-fraction as the application runs it. */
	static final double WINDOW_FRACTION = 0.15;
	static final ZoneId ZONE = ZoneId.systemDefault();
	static final LocalTime MORNING = LocalTime.of(7, 30);
	static final LocalTime AFTER_CLINIC = LocalTime.of(13, 30);
	static final LocalTime EVENING = LocalTime.of(18, 0);
	static final Set<DayOfWeek> CLINIC_DAYS = Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TestClock clock;
	@Autowired
	Staff staff;
	@Autowired
	ClinicSessions sessions;
	@Autowired
	Appointments clinic;
	@Autowired
	ClinicLists clinicLists;
	@Autowired
	ObjectProvider<Appointments> clinicProvider;
	@Autowired
	SurveillancePlanning planning;
	@Autowired
	VisitBooking booking;
	@Autowired
	RecallContacts contacts;
	@Autowired
	RecallWorklist worklistBean;
	@Autowired
	RecallListing listing;
	@Autowired
	RecallNightly nightly;

	final Random random = new Random(20261201);
	final List<String> doctors = new ArrayList<>();
	final List<Plan> plans = new ArrayList<>();
	final Map<UUID, Plan> planById = new HashMap<>();
	final Map<UUID, Plan> planByPatient = new HashMap<>();
	UUID[] planIds;
	String[] doctorNames;
	LocalDate start;
	Instant began;
	List<Map<String, Object>> othersRecallMemory = List.of();
	final Map<String, Integer> did = new ConcurrentHashMap<>();
	/** The people of the center: the doctors' clinics and the nurses work at the same time. */
	final ExecutorService people = Executors.newFixedThreadPool(DOCTORS);
	final Map<String, Long> nanos = new HashMap<>();

	static final class Plan {
		UUID id = UUID.randomUUID();
		UUID cancer = UUID.randomUUID();
		UUID patient;
		String doctor;
		String status = "active";
		LocalDate resumeOn;
		LocalDate resumedOn;
		boolean willDecline;
		LocalDate declinedOn;
		String endReason;

		boolean inSurveillance() {
			return status.equals("active") || status.equals("suspended");
		}
	}

	/** A surveillance visit as the plan holds it. */
	record Visit(UUID id, UUID planId, UUID patientId, String kind, LocalDate from, LocalDate to, String status,
			UUID appointmentId) {
		boolean imaging() {
			return kind.equals("imaging");
		}
	}

	/** An appointment as the clinic holds it. */
	record Appt(UUID id, UUID patientId, Instant start, AppointmentKind kind, AppointmentStatus status) {
		LocalDate day() {
			return LocalDate.ofInstant(start, ZONE);
		}
	}

	/** The world as the plans and the clinic hold it, read each evening. */
	record World(Map<UUID, Visit> open, Map<UUID, Appt> linked, Map<UUID, List<Appt>> unlinkedOpen) {
	}

	@Test
	void twoYearsOfAThousandPatientsLoseNobody() {
		long t0 = System.nanoTime();
		start = LocalDate.now(ZONE).plusYears(5);
		while (!CLINIC_DAYS.contains(start.getDayOfWeek())) {
			start = start.plusDays(1);
		}
		began = start.atStartOfDay(ZONE).toInstant();
		othersRecallMemory = jdbc.queryForList("select * from recall_item");
		at(start, MORNING);
		generate();
		long generated = System.nanoTime();
		RecallWorklist node = worklistBean;
		int restarts = 0;
		Map<RecallKind, Integer> seen = new EnumMap<>(RecallKind.class);
		List<RecallItem> yesterday = List.of();
		World world = read(start);
		for (int day = 0; day < DAYS; day++) {
			LocalDate today = start.plusDays(day);
			List<RecallItem> toWork = yesterday;
			World known = world;
			at(today, MORNING);
			time("morning", () -> morning(today));
			time("nurses", () -> nurses(today, toWork, known));
			at(today, AFTER_CLINIC);
			time("clinic", () -> clinicDay(today));
			time("radiology", () -> radiology(today));
			at(today, EVENING);
			world = timed("read", () -> read(today));
			if (random.nextInt(30) == 0) {
				// a node restart: nothing survives but the database
				restarts++;
				node = freshNode(clock);
				// and a node came up with its clock three days behind: nothing overdue disappears
				RecallWorklist skewedNode = freshNode(Clock.offset(clock, Duration.ofDays(-3)));
				List<RecallItem> before = mine(node);
				List<RecallItem> skewed = mine(skewedNode);
				Set<UUID> overdueBefore = before.stream().filter(i -> i.kind() == RecallKind.OVERDUE)
					.map(RecallItem::id).collect(Collectors.toSet());
				assertThat(skewed.stream().filter(i -> i.kind() == RecallKind.OVERDUE).map(RecallItem::id).toList())
					.as("day %s, clock set back", today).containsAll(overdueBefore);
				assertThat(skewed.size()).as("day %s, clock set back", today).isGreaterThanOrEqualTo(before.size());
			}
			RecallWorklist current = node;
			List<RecallItem> list = timed("list", () -> mine(current));
			World w = world;
			time("check", () -> check(today, list, w));
			list.forEach(i -> seen.merge(i.kind(), 1, Integer::sum));
			// the pages read the kept list (V1891): the same visits and kinds as the whole computation,
			// most urgent first
			List<RecallItem> paged = timed("paged", () -> listing.page(null, null, 0, 1_000_000).items().stream()
				.filter(i -> planById.containsKey(i.visit().planId())).toList());
			assertThat(paged.stream().map(i -> i.id() + i.kind().code()).toList()).as("day %s: the paged list", today)
				.containsExactlyElementsOf(list.stream().map(i -> i.id() + i.kind().code()).toList());
			if (day % 7 == 0) {
				// the nightly job's computation is the page's: its snapshot holds exactly the list
				time("nightly", () -> nightly.sweep());
				List<String> night = jdbc.query("""
						select r.visit_id, r.kind from recall_item r join surveillance_visit v on v.id = r.visit_id
						where r.resolved_at is null and v.plan_id = any(?)
						""", (rs, n) -> rs.getObject(1, UUID.class) + rs.getString(2), (Object) planIds);
				assertThat(night).as("day %s: the nightly job's list", today)
					.containsExactlyInAnyOrderElementsOf(list.stream().map(i -> i.id() + i.kind().code()).toList());
				// nobody is called for a visit they came to: a clinic visit still waiting (planned or missed)
				// had no follow-up attended inside its window
				assertThat(jdbc.queryForList("""
						select v.id from surveillance_visit v join surveillance_plan p on p.id = v.plan_id
						where v.plan_id = any(?) and p.status = 'active' and v.kind <> 'imaging'
						  and v.status in ('planned', 'missed') and exists (select 1 from appointment a
						    where a.patient_id = v.patient_id and a.kind = 'follow-up' and a.status = 'seen'
						      and cast(a.starts_at at time zone ? as date) between v.due_from and v.due_to)
						""", UUID.class, planIds, ZONE.getId()))
					.as("day %s: visits still waiting though the patient came in their window", today).isEmpty();
			}
			yesterday = list;
		}
		assertNobodyLeftWithoutAReason(start.plusDays(DAYS));
		long done = System.nanoTime();
		Map<String, Long> appointmentsByStatus = jdbc.query("""
				select status, count(*) from appointment where clinician = any(?) group by status
				""", rs -> {
			Map<String, Long> m = new HashMap<>();
			while (rs.next()) {
				m.put(rs.getString(1), rs.getLong(2));
			}
			return m;
		}, (Object) doctorNames);
		log.info("Recall simulation: {} patients, {} days, {} restarts, items seen {}, plans {}, appointments {},"
				+ " actions {}; generated in {} ms, simulated in {} ms ({})", PATIENTS, DAYS, restarts, seen,
				plans.stream().collect(Collectors.groupingBy(p -> p.status, Collectors.counting())), appointmentsByStatus,
				did, (generated - t0) / 1_000_000, (done - generated) / 1_000_000,
				nanos.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
					.collect(Collectors.joining(", ")));
		// the simulation exercised what it claims to
		assertThat(seen.keySet()).containsExactlyInAnyOrder(RecallKind.values());
		assertThat(restarts).isGreaterThan(5);
		assertThat(appointmentsByStatus.getOrDefault("no-show", 0L)).isGreaterThan(100);
		assertThat(appointmentsByStatus.getOrDefault("cancelled", 0L)).isGreaterThan(100);
		assertThat(plans.stream().filter(p -> "declined".equals(p.endReason)).count()).isPositive();
		assertThat(did).containsKeys("leave", "suspended", "resumed", "plan-booked", "desk-booked", "late-linked",
				"died-or-transferred");
	}

	/**
	 * The simulated center closes: its plans end (with a reason) and the list's memory of them is
	 * resolved; the memory the simulated years wrote about the other tests' visits (all overdue five
	 * years ahead) is put back as it was, so the suite's other lists do not see the simulated future.
	 */
	@AfterEach
	void closeTheSimulatedCenter() {
		people.shutdownNow();
		clock.reset();
		if (planIds == null) {
			return;
		}
		jdbc.update("""
				update surveillance_plan set status = 'ended', end_reason = 'transfer', end_detail = 'simulation over',
				  ended_at = now(), ended_by = 'simulation' where id = any(?) and status in ('active', 'suspended')
				""", (Object) planIds);
		worklistBean.current();
		jdbc.update("""
				delete from recall_item r where not exists
				  (select 1 from surveillance_visit v where v.id = r.visit_id and v.plan_id = any(?))
				""", (Object) planIds);
		// the registry forgets the simulation's completed publications, as Modulith's own clean-up would
		jdbc.update("delete from event_publication where publication_date >= ? and completion_date is not null",
				Timestamp.from(began));
		for (Map<String, Object> row : othersRecallMemory) {
			jdbc.update("""
					insert into recall_item (visit_id, patient_id, kind, first_listed_at, overdue_since, last_found_at,
					  resolved_at) values (?, ?, ?, ?, ?, ?, ?)
					""", row.get("visit_id"), row.get("patient_id"), row.get("kind"), row.get("first_listed_at"),
					row.get("overdue_since"), row.get("last_found_at"), row.get("resolved_at"));
		}
	}

	RecallWorklist freshNode(Clock nodeClock) {
		return new RecallWorklist(new RecallStore(jdbc, clinicProvider), new RecallPolicy(worklistBean.policy().lead()),
				nodeClock);
	}

	List<RecallItem> mine(RecallWorklist worklist) {
		return worklist.current().stream().filter(i -> planById.containsKey(i.visit().planId())).toList();
	}

	void at(LocalDate day, LocalTime time) {
		clock.travelTo(day.atTime(time).atZone(ZONE).toInstant());
	}

	// --- the checks ----------------------------------------------------------------------------------

	/** The assertions for one day, against what the plans and the clinic hold. */
	void check(LocalDate today, List<RecallItem> list, World world) {
		Map<UUID, RecallItem> listed = new HashMap<>();
		for (RecallItem item : list) {
			listed.put(item.id(), item);
			Visit v = world.open().get(item.id());
			Plan plan = planById.get(item.visit().planId());
			assertThat(v != null && plan.inSurveillance())
				.as("day %s: %s item %s is an open visit of a plan in surveillance (plan %s)", today, item.kind(),
						item.id(), plan.status)
				.isTrue();
		}
		for (Visit v : world.open().values()) {
			Plan plan = planById.get(v.planId());
			Appt linked = v.appointmentId() == null ? null : world.linked().get(v.appointmentId());
			// the calendar follows the clinic
			if (v.status().equals("booked")) {
				assertThat(linked).as("day %s: booked visit %s has its appointment", today, v.id()).isNotNull();
				assertThat(linked.status().open()).as("day %s: booked visit %s waits on an open appointment, not %s",
						today, v.id(), linked.status()).isTrue();
			}
			if (v.status().equals("missed")) {
				assertThat(linked == null || linked.status() == AppointmentStatus.NO_SHOW)
					.as("day %s: missed visit %s", today, v.id()).isTrue();
			}
			if (!plan.inSurveillance()) {
				continue;
			}
			RecallItem item = listed.get(v.id());
			if (today.isAfter(v.to())) {
				assertThat(item).as("day %s: overdue visit %s (due %s..%s, %s) on the list", today, v.id(), v.from(),
						v.to(), v.status()).isNotNull();
				assertThat(item.kind()).as("day %s: overdue visit %s", today, v.id()).isEqualTo(RecallKind.OVERDUE);
				assertThat(item.daysOverdue()).isEqualTo(today.toEpochDay() - v.to().toEpochDay());
			}
			else if ((v.status().equals("missed") || (linked != null && linked.status() == AppointmentStatus.NO_SHOW))
					&& !(linked != null && linked.status().open()) && !rebooked(v, linked, world)) {
				assertThat(item).as("day %s: missed visit %s on the list", today, v.id()).isNotNull();
				assertThat(item.kind()).isEqualTo(RecallKind.MISSED);
			}
		}
		for (Plan p : plans) {
			if (p.declinedOn != null && p.inSurveillance()) {
				// the declined patient stays until a doctor ends the plan with the reason
				assertThat(world.open().values().stream().anyMatch(v -> v.planId().equals(p.id) && listed.containsKey(v.id())))
					.as("day %s: declined patient of plan %s still listed", today, p.id).isTrue();
			}
		}
		assertNobodyLeftWithoutAReason(today);
	}

	/** A follow-up booked at the desk after the no-show that no visit claims. */
	static boolean rebooked(Visit v, Appt missed, World world) {
		return world.unlinkedOpen().getOrDefault(v.patientId(), List.of()).stream()
			.anyMatch(a -> a.kind() == AppointmentKind.FOLLOW_UP && (missed == null || a.start().isAfter(missed.start())));
	}

	void assertNobodyLeftWithoutAReason(LocalDate day) {
		Map<UUID, String> status = new HashMap<>();
		jdbc.query("""
				select id, status, end_reason, end_detail from surveillance_plan where id = any(?)
				""", rs -> {
			UUID id = rs.getObject(1, UUID.class);
			String s = rs.getString(2);
			String reason = rs.getString(3);
			assertThat(s.equals("active") || s.equals("suspended") || (reason != null
					&& (reason.equals("completed") || rs.getString(4) != null)))
				.as("day %s: plan %s left surveillance (%s) without a recorded reason", day, id, s).isTrue();
			status.put(id, s);
		}, (Object) planIds);
		for (Plan p : plans) {
			assertThat(status.get(p.id)).as("day %s: plan %s", day, p.id).isEqualTo(p.status);
			assertThat(p.inSurveillance() || p.endReason != null).isTrue();
		}
	}

	/** Reads the open visits of the simulated plans and the appointments that bear on them. */
	World read(LocalDate today) {
		Map<UUID, Visit> open = new HashMap<>();
		jdbc.query("""
				select id, plan_id, patient_id, kind, due_from, due_to, status, appointment_id from surveillance_visit
				where plan_id = any(?) and status in ('planned', 'booked', 'missed') and (due_from <= ? or appointment_id is not null)
				""", rs -> {
			Visit v = new Visit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
					rs.getObject(8, UUID.class));
			open.put(v.id(), v);
		}, (Object) planIds, Date.valueOf(worklistBean.policy().horizon(today)));
		Map<UUID, Appt> linked = new HashMap<>();
		jdbc.query("""
				select a.id, a.patient_id, a.starts_at, a.kind, a.status from appointment a
				where a.id in (select appointment_id from surveillance_visit where plan_id = any(?)
				  and status in ('planned', 'booked', 'missed'))
				""", rs -> {
			Appt a = appt(rs);
			linked.put(a.id(), a);
		}, (Object) planIds);
		Map<UUID, List<Appt>> unlinked = new HashMap<>();
		jdbc.query("""
				select a.id, a.patient_id, a.starts_at, a.kind, a.status from appointment a
				where a.clinician = any(?) and a.status in ('booked', 'arrived')
				  and not exists (select 1 from surveillance_visit v where v.appointment_id = a.id)
				""", rs -> {
			Appt a = appt(rs);
			unlinked.computeIfAbsent(a.patientId(), id -> new ArrayList<>()).add(a);
		}, (Object) doctorNames);
		return new World(open, linked, unlinked);
	}

	static Appt appt(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Appt(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
				AppointmentKind.fromCode(rs.getString(4)), AppointmentStatus.fromCode(rs.getString(5)));
	}

	/**
	 * The clinic's changes reach the plan and the recall list after commit, asynchronously, through the
	 * event publication registry: wait until none of the simulation's publications is incomplete.
	 */
	void awaitEvents() {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		Timestamp since = Timestamp.from(began);
		while (true) {
			Integer pending = jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null and publication_date >= ?",
					Integer.class, since);
			if (pending == 0) {
				return;
			}
			List<String> failed = jdbc.query("""
					select listener_id || ': ' || serialized_event from event_publication
					where completion_date is null and publication_date >= ? and status = 'FAILED' limit 5
					""", (rs, n) -> rs.getString(1), since);
			if (!failed.isEmpty() || System.nanoTime() > deadline) {
				fail("event publications not completed at %s: %s", clock.instant(), failed.isEmpty()
						? jdbc.queryForList("select listener_id, serialized_event from event_publication where completion_date"
								+ " is null and publication_date >= ? limit 5", since) : failed);
			}
			try {
				Thread.sleep(3);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	// --- the world -----------------------------------------------------------------------------------

	void generate() {
		for (int d = 0; d < DOCTORS; d++) {
			doctors.add(staff.create(Role.DERMATOLOGIST));
		}
		doctorNames = doctors.toArray(String[]::new);
		// two clinics a week per doctor, through the simulation and the windows beyond it
		time("sessions", () -> {
			for (LocalDate day = start; day.isBefore(start.plusDays(DAYS + 120)); day = day.plusDays(1)) {
				if (CLINIC_DAYS.contains(day.getDayOfWeek())) {
					for (String doctor : doctors) {
						sessions.open(doctor, day, LocalTime.of(9, 0), LocalTime.of(15, 0), 12, null,
								"본관 3층 피부과 외래 2번 진료실");
					}
				}
			}
		});
		long t = System.nanoTime();
		List<Object[]> patientRows = new ArrayList<>();
		List<Object[]> proposedRows = new ArrayList<>();
		List<Object[]> activeRows = new ArrayList<>();
		List<Object[]> visitRows = new ArrayList<>();
		Map<Plan, SurveillancePlanning.Activation> toActivate = new HashMap<>();
		List<Plan> seededActive = new ArrayList<>();
		Timestamp now = Timestamp.from(clock.instant());
		String run = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		for (int i = 0; i < PATIENTS; i++) {
			Plan plan = new Plan();
			plan.patient = UUID.randomUUID();
			plan.doctor = doctors.get(random.nextInt(doctors.size()));
			plan.willDecline = random.nextInt(50) == 0;
			plans.add(plan);
			planById.put(plan.id, plan);
			planByPatient.put(plan.patient, plan);
			patientRows.add(new Object[] { plan.patient, "S" + run + String.format("%06d", i), "모의환자", "FEMALE",
					Date.valueOf(LocalDate.of(1950, 1, 1).plusDays(i * 7L)), "010-0000-" + String.format("%04d", i), now,
					"simulation" });
			LocalDate anchor = start.minusDays(random.nextInt(180));
			// IB yearly; IIB every 6 months with yearly imaging; IIIA every 3 months with imaging every 6
			int pick = random.nextInt(10);
			String stage = pick < 5 ? "IB" : pick < 9 ? "IIB" : "IIIA";
			List<Integer> intervals = stage.equals("IB") ? List.of(12, 12) : List.of(stage.equals("IIB") ? 6 : 3, 12, 12);
			List<Integer> imagingIntervals = stage.equals("IB") ? null : List.of(stage.equals("IIB") ? 12 : 6, 12);
			if (i % 10 == 0) {
				// the clinician activates the proposal
				proposedRows.add(new Object[] { plan.id, plan.patient, plan.cancer, stage, stage, Date.valueOf(anchor),
						plan.doctor, now });
				toActivate.put(plan, new SurveillancePlanning.Activation(null, null, intervals, imagingIntervals, null));
				continue;
			}
			// seeded as activated: the plan's row and the real calendar's visits of the simulated years
			FollowUpSchedule schedule = Schedules
				.option(Guideline.NCCN, new ScheduleBasis(Diagnosis.MELANOMA, stage, false, null)).finding().value();
			activeRows.add(new Object[] { plan.id, plan.patient, plan.cancer, stage, stage, Date.valueOf(anchor),
					plan.doctor, now, now, intervals.stream().map(String::valueOf).collect(Collectors.joining(",")),
					schedule.imaging().code() });
			for (PlannedVisit v : VisitCalendar.generate(schedule, intervals,
					imagingIntervals == null ? List.of() : imagingIntervals, anchor, start, WINDOW_FRACTION, 10)) {
				if (v.dueFrom().isBefore(start.plusDays(DAYS + 120))) {
					visitRows.add(new Object[] { UUID.randomUUID(), plan.id, plan.patient, v.kind(), v.imaging(),
							Date.valueOf(v.dueFrom()), Date.valueOf(v.dueTo()), Date.valueOf(v.dueOn()), v.intervalMonths() });
				}
			}
			seededActive.add(plan);
		}
		jdbc.batchUpdate("""
				insert into patient (id, mrn, name_hangul, sex, birth_date, phone, registered_at, registered_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", patientRows);
		jdbc.batchUpdate("""
				insert into surveillance_plan (id, patient_id, cancer_id, status, guideline, diagnosis, stage, cancer_stage,
				  anchor_date, responsible, responsible_department, proposed_at)
				values (?, ?, ?, 'proposed', 'NCCN', 'MELANOMA', ?, ?, ?, ?, 'dermatology', ?)
				""", proposedRows);
		jdbc.batchUpdate("""
				insert into surveillance_plan (id, patient_id, cancer_id, status, guideline, diagnosis, stage, cancer_stage,
				  anchor_date, responsible, responsible_department, proposed_at, activated_at, activated_by, intervals,
				  window_fraction, imaging_advice)
				values (?, ?, ?, 'active', 'NCCN', 'MELANOMA', ?, ?, ?, ?, 'dermatology', ?, ?, 'simulation', ?, 0.15, ?)
				""", activeRows);
		jdbc.batchUpdate("""
				insert into surveillance_visit (id, plan_id, patient_id, kind, imaging, due_from, due_to, status, due_on,
				  interval_months)
				values (?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?)
				""", visitRows);
		planIds = plans.stream().map(p -> p.id).toArray(UUID[]::new);
		nanos.merge("seed", System.nanoTime() - t, Long::sum);
		time("activate", () -> toActivate.forEach((plan, choice) -> planning.activate(plan.id, choice)));
		// the plan books each seeded plan's next visit into the doctor's sessions, as activation does
		time("first-bookings", () -> together(seededActive.stream()
			.collect(Collectors.groupingBy(p -> p.doctor, Collectors.toList()))
			.values().stream().<Runnable>map(mine -> () -> mine.forEach(plan -> booking.bookNext(plan.patient)))
			.toList()));
		time("activation-events", this::awaitEvents);
		log.info("Recall simulation generated: {} visits seeded, {}", visitRows.size(), nanos);
	}

	void morning(LocalDate today) {
		// a doctor takes leave; the desk cancels the patients booked in it (the nurses rebook them from the list)
		if (random.nextInt(45) == 0) {
			String doctor = doctors.get(random.nextInt(doctors.size()));
			LocalDate from = today.plusDays(3);
			LocalDate to = from.plusDays(5 + random.nextInt(10));
			sessions.recordLeave(doctor, from.atStartOfDay(ZONE).toInstant(), to.plusDays(1).atStartOfDay(ZONE).toInstant(),
					"학회 참석");
			count("leave");
			for (UUID id : jdbc.queryForList("""
					select id from appointment where clinician = ? and status = 'booked' and starts_at >= ? and starts_at < ?
					""", UUID.class, doctor, Timestamp.from(from.atStartOfDay(ZONE).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()))) {
				clinic.cancel(id, "진료의 휴가로 취소");
				count("cancelled-for-leave");
			}
		}
		// patients cancel
		for (UUID id : jdbc.queryForList("""
				select id from appointment where clinician = any(?) and status = 'booked' and starts_at > ? order by id
				""", UUID.class, doctorNames, Timestamp.from(today.plusDays(1).atStartOfDay(ZONE).toInstant()))) {
			if (random.nextInt(600) == 0) {
				clinic.changeStatus(id, "cancelled", "환자 사정으로 취소", null);
				count("patient-cancelled");
			}
		}
		// plans are suspended by a recurrence and resume when it is ruled out, end (death, transfer), or end
		// some days after the patient declined
		for (Plan p : plans) {
			if (p.status.equals("suspended") && !today.isBefore(p.resumeOn)) {
				planning.recurrenceRuledOut(new RecurrenceRuledOut(UUID.randomUUID(), p.cancer, p.patient, UUID.randomUUID(),
						clock.instant()));
				p.status = "active";
				p.resumedOn = today;
				count("resumed");
			}
			else if (p.status.equals("active") && p.declinedOn == null && random.nextInt(20000) == 0) {
				planning.recurrenceConfirmed(new RecurrenceConfirmed(UUID.randomUUID(), p.cancer, p.patient,
						RecurrenceExtent.LOCAL, today));
				p.status = "suspended";
				p.resumeOn = today.plusDays(30 + random.nextInt(60));
				count("suspended");
			}
			else if (p.inSurveillance() && random.nextInt(15000) == 0) {
				end(p, random.nextBoolean() ? "death" : "transfer", "모의 종료 사유");
				count("died-or-transferred");
			}
			else if (p.inSurveillance() && p.declinedOn != null && today.isAfter(p.declinedOn.plusDays(10))) {
				end(p, "declined", "원거리 거주로 추적 관찰을 원하지 않음");
			}
		}
		awaitEvents();
	}

	void end(Plan p, String reason, String detail) {
		planning.end(p.id, reason, detail, null);
		p.status = "ended";
		p.endReason = reason;
	}

	/**
	 * The nurses work the previous evening's list: call, book (through the plan, or at the desk), or hear
	 * a refusal. A late booking (the window passed) is linked to the visit with the reason once the desk's
	 * booking has reached the plan.
	 */
	void nurses(LocalDate today, List<RecallItem> list, World world) {
		Map<UUID, UUID> lateBookings = new ConcurrentHashMap<>();
		Set<UUID> called = new HashSet<>();
		List<List<Runnable>> nurses = List.of(new ArrayList<>(), new ArrayList<>());
		int n = 0;
		for (RecallItem item : list) {
			Plan plan = planById.get(item.visit().planId());
			Visit v = world.open().get(item.id());
			if (v == null || v.imaging() || !plan.inSurveillance() || !called.add(plan.patient) || random.nextInt(6) != 0) {
				continue;
			}
			List<Runnable> nurse = nurses.get(n++ % nurses.size());
			if (plan.willDecline && plan.declinedOn == null) {
				plan.declinedOn = today;
				nurse.add(() -> {
					contacts.record(v.id(), "declined", "통화함", null, "원거리 거주로 추적 관찰 거절");
					count("declined");
				});
				continue;
			}
			boolean bookedAhead = world.unlinkedOpen().getOrDefault(plan.patient, List.of()).stream()
				.anyMatch(a -> !a.day().isBefore(today))
					|| world.open().values().stream().anyMatch(o -> o.patientId().equals(plan.patient)
							&& o.status().equals("booked"));
			// (a plan resumed this morning booked its next visit itself: yesterday's list is behind)
			if (plan.declinedOn != null || !plan.status.equals("active") || today.equals(plan.resumedOn) || bookedAhead) {
				continue;
			}
			boolean throughThePlan = item.kind() != RecallKind.OVERDUE && random.nextBoolean();
			LocalDate day = today.plusDays(2 + random.nextInt(10));
			LocalDate from = item.kind() != RecallKind.OVERDUE && day.isBefore(v.from()) ? v.from() : day;
			boolean linkLate = item.kind() == RecallKind.OVERDUE && random.nextBoolean();
			nurse.add(() -> {
				contacts.record(v.id(), "called", "통화함, 예약함", null, null);
				count("called");
				if (throughThePlan && booking.book(v.id()).isPresent()) {
					// booked through the plan, in the visit's window
					count("plan-booked");
					return;
				}
				Optional<AppointmentSummary> desk = clinic.bookFirstFree(plan.patient, plan.doctor, from, from.plusDays(14),
						AppointmentKind.FOLLOW_UP, "추적 관찰 재예약");
				if (desk.isPresent()) {
					count("desk-booked");
					if (linkLate) {
						lateBookings.put(v.id(), desk.get().id());
					}
				}
			});
		}
		together(nurses.stream().<Runnable>map(work -> () -> work.forEach(Runnable::run)).toList());
		awaitEvents();
		for (Map.Entry<UUID, UUID> late : lateBookings.entrySet().stream()
			.sorted(Map.Entry.comparingByKey()).toList()) {
			// unless the plan already took the desk's booking for another visit (a missed one in its window)
			Integer claimed = jdbc.queryForObject("select count(*) from surveillance_visit where appointment_id = ?",
					Integer.class, late.getValue());
			if (claimed == 0) {
				booking.attach(late.getKey(), late.getValue(), "환자 사정으로 늦게 예약함");
				count("late-linked");
			}
		}
	}

	/** Today's clinics: most come (some are marked arrived first), some do not; the declined never come. */
	void clinicDay(LocalDate today) {
		if (!CLINIC_DAYS.contains(today.getDayOfWeek())) {
			return;
		}
		List<Runnable> clinics = new ArrayList<>();
		for (String doctor : doctors) {
			List<Runnable> steps = new ArrayList<>();
			for (ClinicDay.Line line : clinicLists.clinicDay(doctor, today).lines()) {
				if (line.appointment().status() != AppointmentStatus.BOOKED) {
					continue;
				}
				UUID id = line.appointment().id();
				Plan plan = planByPatient.get(line.appointment().patientId());
				if (plan.declinedOn == null && random.nextInt(100) < 85) {
					boolean arrivedFirst = random.nextInt(10) == 0;
					steps.add(() -> {
						if (arrivedFirst) {
							clinic.changeStatus(id, "arrived", null, null);
						}
						clinic.markSeen(id);
						count("seen");
					});
				}
				else {
					steps.add(() -> {
						clinic.changeStatus(id, "no-show", null, null);
						count("no-show");
					});
				}
			}
			clinics.add(() -> steps.forEach(Runnable::run));
		}
		together(clinics);
		awaitEvents();
	}

	/**
	 * Imaging is done at radiology, often late. No service records it yet, so the visit is set done
	 * in the plan's table (the one write of the world by SQL).
	 */
	void radiology(LocalDate today) {
		List<Object[]> done = new ArrayList<>();
		jdbc.query("""
				select v.id, v.plan_id from surveillance_visit v
				where v.plan_id = any(?) and v.kind = 'imaging' and v.status = 'planned' and v.due_from <= ?
				order by v.id
				""", rs -> {
			Plan plan = planById.get(rs.getObject(2, UUID.class));
			if (plan.status.equals("active") && plan.declinedOn == null && random.nextInt(12) == 0) {
				done.add(new Object[] { Date.valueOf(today), rs.getObject(1, UUID.class) });
			}
		}, planIds, Date.valueOf(today));
		jdbc.batchUpdate("update surveillance_visit set status = 'done', done_on = ?, version = version + 1 where id = ?",
				done);
	}

	/**
	 * Work done at the same time by several people (each list in its own thread and transactions); the
	 * decisions were drawn before, in order, so the simulation stays reproducible.
	 */
	void together(List<Runnable> work) {
		List<Future<?>> running = work.stream().<Future<?>>map(people::submit).toList();
		for (Future<?> f : running) {
			try {
				f.get();
			}
			catch (ExecutionException e) {
				if (e.getCause() instanceof Error error) {
					throw error;
				}
				throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	void count(String what) {
		did.merge(what, 1, Integer::sum);
	}

	void time(String what, Runnable step) {
		long t = System.nanoTime();
		step.run();
		nanos.merge(what, System.nanoTime() - t, Long::sum);
	}

	<T> T timed(String what, java.util.function.Supplier<T> step) {
		long t = System.nanoTime();
		T result = step.get();
		nanos.merge(what, System.nanoTime() - t, Long::sum);
		return result;
	}
}
