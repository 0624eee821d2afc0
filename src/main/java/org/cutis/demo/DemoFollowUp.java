package org.cutis.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.clinic.VisitAssessment;
import org.cutis.clinic.VisitNoteRecords;
import org.cutis.staging.CancerDirectory;
import org.cutis.surveillance.SurveillanceRecords;
import org.cutis.surveillance.SurveillanceRecords.PlanSummary;
import org.cutis.surveillance.SurveillanceRecords.VisitSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * After the demo's treatments: follow-up (issue 13). Today's clinic list of each demo doctor with
 * patients seen, arrived, not come and still expected; and patients in surveillance whose plans
 * were activated months ago, so the recall worklist has a booked visit, a missed one (a no-show a
 * week ago), an overdue one, planned imaging and a visit due but not booked.
 * <p>
 * The plans are proposed, activated and booked through the surveillance and clinic services; the
 * services date everything "now", so each story is then moved back in time as a whole (the plan's
 * year 0 and its calendar together, an appointment with its session's slot), as {@link DemoLoop}
 * does for its specimens. Only a Cutis started with --demo does this.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "cutis.demo", havingValue = "true")
class DemoFollowUp implements ApplicationRunner {
	private static final Logger log = LoggerFactory.getLogger(DemoFollowUp.class);
	/** How long staging and the treatment-completed listener may take on a busy first start. */
	private static final Duration WAIT = Duration.ofSeconds(60);
	/** Today's patients are booked this many days ahead (free sessions) and moved to today's sessions. */
	private static final int BOOK_AHEAD_DAYS = 21;
	/** Patients of the clinic lists: after the demo's lesion stories, so their charts stay as they are. */
	static final int FIRST_CLINIC_PATIENT = 40;
	static final List<String> DOCTORS = List.of("demo-derm", "demo-derm2", "demo-surg", "demo-onc");

	private final Appointments appointments;
	private final VisitNoteRecords notes;
	private final SurveillanceRecords surveillance;
	private final CancerDirectory cancers;
	private final DemoSteps steps;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	DemoFollowUp(Appointments appointments, VisitNoteRecords notes, SurveillanceRecords surveillance, CancerDirectory cancers, DemoSteps steps,
			JdbcTemplate jdbc, Clock clock) {
		this.appointments = appointments;
		this.notes = notes;
		this.surveillance = surveillance;
		this.cancers = cancers;
		this.steps = steps;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.queryForObject("select count(*) from surveillance_plan where activated_at is not null",
				Integer.class) > 0) {
			return;
		}
		int stories = DemoLoop.STORIES.size();
		List<UUID> patients = jdbc.queryForList("select id from patient order by mrn limit ?", UUID.class,
				FIRST_CLINIC_PATIENT + DOCTORS.size() * TodaysList.PER_DOCTOR);
		if (patients.size() < FIRST_CLINIC_PATIENT + DOCTORS.size() * TodaysList.PER_DOCTOR) {
			return;
		}
		try {
			told("today's clinics", () -> todaysClinics(patients));
			// a stage IIB melanoma (ulcerated, 3.2 mm) followed by the dermatologist during adjuvant therapy:
			// the visit a week ago was missed, and the imaging is due
			plan(patients.get(stories + DemoTreatment.ULCERATED_MELANOMA), "demo-derm",
					"광범위 절제 후 보조요법 중 피부과 추적 관찰", "IIB", Story.MISSED);
			// a stage IA melanoma excised elsewhere: the visit's window closed twelve days ago, nobody booked it
			plan(patients.get(DemoCenter.COMMUNICATED_MELANOMA), "demo-derm2", "타 병원 광범위 절제 후 추적 관찰 의뢰",
					"IA", Story.OVERDUE);
			// the cSCC of the hand, excised by the surgeon: the next visit is booked in her clinic
			plan(patients.get(11), "demo-surg", "절제 후 성형외과 추적 관찰", "local", Story.BOOKED);
			// the nodular BCC of the cheek after Mohs surgery: due next month, not booked yet
			plan(patients.get(DemoTreatment.MOHS_STORY), "demo-derm", "모스 수술 후 추적 관찰", null, Story.DUE);
			// the stage IB melanoma excised today: its plan is proposed when the treatment plan completes
			plan(patients.get(stories + DemoTreatment.THIN_MELANOMA), "demo-derm", "광범위 절제 후 추적 관찰",
					"IB", Story.BOOKED);
			// the melanoma of the back (DemoLoop's story 7) seen today: a new pigmented nodule at the scar,
			// relapse suspected and signed, so its re-biopsy work-up is open
			told("relapse work-up", () -> relapse(patients.get(RELAPSE_STORY)));
			log.info("Demo follow-up loaded: today's clinic lists and patients in surveillance");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** DemoLoop's signed melanoma of the back whose relapse is suspected today. */
	static final int RELAPSE_STORY = 7;

	/** Today, in demo-derm's morning clinic after the list's patients: relapse suspected, signed. */
	private void relapse(UUID patientId) {
		Optional<UUID> cancer = cancerOf(patientId);
		Optional<UUID> lesion = cancer.flatMap(cancers::lesionOf);
		if (lesion.isEmpty()) {
			return;
		}
		LocalDate ahead = LocalDate.now(clock).plusDays(BOOK_AHEAD_DAYS);
		Instant start = ahead.atTime(10, 30).atZone(clock.getZone()).toInstant();
		AppointmentSummary a = steps.as("demo-clerk", () -> appointments.book(patientId, "demo-derm", start,
				org.cutis.clinic.AppointmentKind.FOLLOW_UP, "흉터 옆 새로 생긴 점"));
		moveBack(a.id(), BOOK_AHEAD_DAYS);
		steps.as("demo-derm", () -> notes.writeAndSign(a.id(), "2주 전부터 절제 흉터 옆에 검은 결절이 만져짐",
				VisitAssessment.RELAPSE_SUSPECTED, cancer.get(), List.of(lesion.get()), "흉터 옆 4 mm 흑색 결절, 재발 의심",
				"이전 병리 보고서 검토",
				"재생검(재발 의심) 후 결과에 따라 다학제 위원회 논의", DemoCenter.PASSWORD));
	}

	/** Where the story of a patient's plan stands today. */
	enum Story {
		/** the first visit's window started a month ago; the visit a week ago was a no-show */
		MISSED,
		/** the first visit's window closed twelve days ago, unbooked */
		OVERDUE,
		/** the first visit is due in a week and booked with the responsible doctor */
		BOOKED,
		/** the first visit is due in two weeks, not booked yet */
		DUE
	}

	/** Today's clinic of each demo doctor: two seen, one no-show, one arrived and waiting, the rest expected. */
	private void todaysClinics(List<UUID> patients) {
		LocalDate ahead = LocalDate.now(clock).plusDays(BOOK_AHEAD_DAYS);
		int next = FIRST_CLINIC_PATIENT;
		for (String doctor : DOCTORS) {
			// the whole list is booked on one free day first (its first slots), then moved to today's same slots
			List<UUID> booked = new java.util.ArrayList<>();
			List<TodaysList.Visit> visits = new java.util.ArrayList<>();
			for (int i = 0; i < TodaysList.PER_DOCTOR; i++) {
				UUID patient = patients.get(next++);
				TodaysList.Visit visit = TodaysList.visit(doctor, i);
				told("today's clinic of " + doctor, () -> steps.as("demo-clerk", () -> appointments.bookFirstFree(patient,
						doctor, ahead, ahead, visit.kind(), visit.reason())).ifPresent(a -> {
							booked.add(a.id());
							visits.add(visit);
						}));
			}
			for (int i = 0; i < booked.size(); i++) {
				UUID id = booked.get(i);
				AppointmentStatus status = visits.get(i).status();
				told("today's clinic of " + doctor, () -> {
					moveBack(id, BOOK_AHEAD_DAYS);
					switch (status) {
						case SEEN -> steps.as(doctor, () -> appointments.markSeen(id));
						case ARRIVED -> steps.as("demo-nurse", () -> appointments.changeStatus(id, "arrived", null, null));
						case NO_SHOW -> steps.as("demo-nurse",
								() -> appointments.changeStatus(id, "no-show", "전화 연락 안 됨", null));
						default -> {
							// expected later today
						}
					}
				});
			}
		}
	}

	/** One step of a story; the demo must start even if a step cannot be told (e.g. staging was slow). */
	private static void told(String story, Runnable step) {
		try {
			step.run();
		}
		catch (RuntimeException failed) {
			log.warn("Demo follow-up: {} incomplete: {}", story, failed.toString());
		}
	}

	/** The patient's demo cancer followed by {@code responsible}, its story placed in time. */
	private void plan(UUID patientId, String responsible, String reason, String stage, Story story) {
		told("surveillance of " + story, () -> tell(patientId, responsible, reason, stage, story));
	}

	private void tell(UUID patientId, String responsible, String reason, String stage, Story story) {
		Optional<UUID> cancer = cancerOf(patientId);
		if (cancer.isEmpty()) {
			return;
		}
		PlanSummary plan = openPlan(cancer.get(), responsible, reason);
		if (plan == null) {
			return;
		}
		if ("proposed".equals(plan.status())) {
			plan = steps.as(responsible, () -> surveillance.activate(planId(cancer.get()), stage));
		}
		List<VisitSummary> visits = surveillance.visitsOf(plan.id());
		Optional<VisitSummary> first = visits.stream().filter(v -> "visit".equals(v.kind()))
			.filter(v -> "planned".equals(v.status()) || "booked".equals(v.status()))
			.findFirst();
		if (first.isEmpty()) {
			return;
		}
		VisitSummary v = first.get();
		LocalDate today = LocalDate.now(clock);
		long window = ChronoUnit.DAYS.between(v.dueFrom(), v.dueTo());
		// where the first visit's window should start today
		LocalDate from = switch (story) {
			case MISSED -> today.minusDays(Math.max(window / 2, 10));
			case OVERDUE -> today.minusDays(12 + window);
			case BOOKED -> today.plusDays(5);
			case DUE -> today.plusDays(14);
		};
		long back = ChronoUnit.DAYS.between(from, v.dueFrom());
		if (v.appointmentId() != null) {
			steps.as(responsible, () -> appointments.cancel(v.appointmentId(), "추적 일정 조정"));
		}
		shiftPlan(plan.id(), back);
		if (story == Story.BOOKED || story == Story.MISSED) {
			steps.as(responsible, () -> surveillance.bookNext(patientId));
		}
		if (story == Story.MISSED) {
			surveillance.visitsOf(plan.id()).stream().filter(x -> x.appointmentId() != null && "booked".equals(x.status()))
				.findFirst()
				.ifPresent(booked -> {
					UUID id = booked.appointmentId();
					LocalDate on = appointments.find(id).orElseThrow().start().atZone(clock.getZone()).toLocalDate();
					moveBack(id, ChronoUnit.DAYS.between(today.minusDays(7), on));
					steps.as("demo-nurse", () -> appointments.changeStatus(id, "no-show", "연락 없이 오지 않음", null));
				});
		}
	}

	private UUID planId(UUID cancerId) {
		return surveillance.openPlanOf(cancerId).orElseThrow().id();
	}

	/**
	 * The cancer's open plan: the one proposed when its treatment plan completed (awaited a little),
	 * or proposed now by hand with the responsible doctor.
	 */
	private PlanSummary openPlan(UUID cancerId, String responsible, String reason) {
		Instant until = clock.instant().plus(Duration.ofSeconds(10));
		boolean treated = jdbc.queryForObject("select count(*) from treatment_plan where cancer_id = ? and completed_at is not null", Integer.class,
				cancerId) > 0;
		while (treated && clock.instant().isBefore(until)) {
			Optional<PlanSummary> found = surveillance.openPlanOf(cancerId);
			if (found.isPresent()) {
				return found.get();
			}
			if (!pause()) {
				return null;
			}
		}
		Optional<PlanSummary> found = surveillance.openPlanOf(cancerId);
		return found.orElseGet(() -> steps.as(responsible, () -> surveillance.propose(cancerId, responsible, reason)));
	}

	/** The patient's demo cancer, once staging opened it (after the report's signature committed). */
	private Optional<UUID> cancerOf(UUID patientId) {
		List<UUID> lesions = jdbc.queryForList("select id from lesion where patient_id = ? order by recorded_at",
				UUID.class, patientId);
		if (lesions.isEmpty()) {
			return Optional.empty();
		}
		Instant until = clock.instant().plus(WAIT);
		while (clock.instant().isBefore(until)) {
			for (UUID lesion : lesions) {
				var cancer = cancers.findByLesion(lesion);
				if (cancer.isPresent()) {
					return Optional.of(cancer.get().id());
				}
			}
			if (!pause()) {
				return Optional.empty();
			}
		}
		log.warn("Demo follow-up: no cancer opened for patient {} within {}", patientId, WAIT);
		return Optional.empty();
	}

	private static boolean pause() {
		try {
			Thread.sleep(300);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * The plan was activated {@code days} earlier than it was: its year 0, its dates and its whole
	 * calendar move back together (the services date them today).
	 */
	private void shiftPlan(UUID planId, long days) {
		String shift = days + " days";
		jdbc.update("update surveillance_plan set anchor_date = anchor_date - ?::interval, proposed_at = proposed_at"
				+ " - ?::interval, activated_at = activated_at - ?::interval where id = ?", shift, shift, shift, planId);
		jdbc.update("update surveillance_visit set due_from = due_from - ?::interval, due_on = due_on - ?::interval,"
				+ " due_to = due_to - ?::interval where plan_id = ?", shift, shift, shift, planId);
		// the story's cancer was diagnosed and treated as much earlier, so that no plan starts before its cancer
		jdbc.update("update cancer_diagnosis c set diagnosis_date = p.anchor_date from surveillance_plan p"
				+ " where p.id = ? and c.id = p.cancer_id and c.diagnosis_date > p.anchor_date", planId);
		jdbc.update("update treatment_plan t set completed_at = least(t.completed_at, p.proposed_at) from surveillance_plan p"
				+ " where p.id = ? and t.cancer_id = p.cancer_id and t.completed_at is not null", planId);
	}

	/**
	 * The appointment was booked {@code days} earlier, into the same slot of the doctor's session
	 * that day (the demo's sessions repeat every day).
	 */
	private void moveBack(UUID appointmentId, long days) {
		if (days == 0) {
			return;
		}
		String shift = days + " days";
		int moved = jdbc.update("update appointment a set starts_at = a.starts_at - ?::interval,"
				+ " booked_at = least(a.booked_at, a.starts_at - ?::interval - interval '1 day'),"
				+ " session_id = (select t.id from clinic_session s join clinic_session t on t.clinician = s.clinician"
				+ " and t.starts_at = s.starts_at and t.day = s.day - ?::interval where s.id = a.session_id limit 1)"
				+ " where a.id = ?", shift, shift, shift, appointmentId);
		if (moved != 1) {
			log.warn("Demo follow-up: appointment {} not moved", appointmentId);
		}
	}
}
