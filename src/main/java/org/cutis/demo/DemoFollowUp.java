package org.cutis.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.clinic.VisitAssessment;
import org.cutis.clinic.VisitNoteRecords;
import org.cutis.staging.CancerDirectory;
import org.cutis.demo.DemoSurveillanceStories.Story;
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
 * does for its specimens ({@link DemoTimeShift}). The surveillance stories themselves are
 * {@link DemoSurveillanceStories}'. Only a Cutis started with --demo does this.
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
	private final CancerDirectory cancers;
	private final DemoSteps steps;
	private final DemoSurveillanceStories stories;
	private final DemoTimeShift time;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	DemoFollowUp(Appointments appointments, VisitNoteRecords notes, CancerDirectory cancers, DemoSteps steps,
			DemoSurveillanceStories stories, DemoTimeShift time, JdbcTemplate jdbc, Clock clock) {
		this.appointments = appointments;
		this.notes = notes;
		this.stories = stories;
		this.time = time;
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
		time.moveBack(a.id(), BOOK_AHEAD_DAYS);
		steps.as("demo-derm", () -> notes.writeAndSign(a.id(), "2주 전부터 절제 흉터 옆에 검은 결절이 만져짐",
				VisitAssessment.RELAPSE_SUSPECTED, cancer.get(), List.of(lesion.get()), "흉터 옆 4 mm 흑색 결절, 재발 의심",
				"이전 병리 보고서 검토",
				"재생검(재발 의심) 후 결과에 따라 다학제 위원회 논의", DemoCenter.PASSWORD));
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
					time.moveBack(id, BOOK_AHEAD_DAYS);
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
		told("surveillance of " + story, () -> cancerOf(patientId)
			.ifPresent(cancer -> stories.tell(patientId, cancer, responsible, reason, stage, story)));
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

	static boolean pause() {
		try {
			Thread.sleep(300);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
