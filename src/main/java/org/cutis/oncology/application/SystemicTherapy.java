package org.cutis.oncology.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.oncology.SystemicCourseStarted;
import org.cutis.oncology.domain.Regimen;
import org.cutis.oncology.domain.Regimens;
import org.cutis.oncology.domain.SystemicCourse;
import org.cutis.oncology.domain.SystemicCourses;
import org.cutis.oncology.domain.SystemicCycle;
import org.cutis.oncology.domain.SystemicCycles;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.staging.CancerSummary;
import org.cutis.treatment.TreatmentRecorded;
import org.cutis.treatment.TreatmentType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Systemic therapy courses: started, cycles recorded, ended. Each change is audited; the start and
 * the end are published as {@link TreatmentRecorded} so the treatment plan follows.
 */
@Service
@Transactional
public class SystemicTherapy {
	private final SystemicCourses courses;
	private final SystemicCycles cycles;
	private final Regimens regimens;
	private final Cancers cancers;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TherapySearchDocuments search;

	SystemicTherapy(SystemicCourses courses, SystemicCycles cycles, Regimens regimens, Cancers cancers, AuditLog audit,
			CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, TherapySearchDocuments search) {
		this.search = search;
		this.courses = courses;
		this.cycles = cycles;
		this.regimens = regimens;
		this.cancers = cancers;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/** A course and its cycles in the order given. */
	public record CourseRecord(SystemicCourse course, List<SystemicCycle> cycles) {
		public long cyclesGiven() {
			return cycles.stream().filter(c -> !c.held()).count();
		}

		public int nextCycleNumber() {
			return SystemicCourse.nextCycleNumber(cycles);
		}
	}

	public SystemicCourse start(SystemicCourse.Start in) {
		CancerSummary cancer = cancers.require(in.cancerId());
		Regimen catalogued = catalogued(in.regimen()).orElse(null);
		SystemicCourse course = SystemicCourse.start(in, cancer.patientId(), catalogued, currentUser.username(),
				clock.instant());
		courses.save(course);
		search.changed(course);
		audit.record(AuditAction.CREATE, course.patientId(), "systemic-course", course.id(),
				"started " + course.regimenName() + (course.freeEntry() ? " (free entry)" : "") + ", "
						+ course.setting().code() + ", line " + course.line() + ", BSA " + course.bsaM2());
		events.publishEvent(new TreatmentRecorded(course.cancerId(), TreatmentType.SYSTEMIC_THERAPY, course.startDate(),
				false, course.recordedBy(), link(course)));
		events.publishEvent(new SystemicCourseStarted(course.id(), course.cancerId(), course.patientId(),
				course.regimenCode(), course.regimenName(), course.startDate(), course.recordedBy()));
		return course;
	}

	public SystemicCycle recordCycle(UUID courseId, Long version, SystemicCycle.Entry entry) {
		SystemicCourse course = load(courseId, version);
		SystemicCycle cycle = course.recordCycle(cycles.findByCourseIdOrderByDateAscHeldDescRecordedAtAsc(courseId), entry,
				today(), currentUser.username(), clock.instant());
		cycles.save(cycle);
		courses.saveAndFlush(course);
		search.changed(course);
		audit.record(AuditAction.UPDATE, course.patientId(), "systemic-course", courseId,
				(cycle.held() ? "cycle " + cycle.number() + " held: " + cycle.holdReason()
						: "cycle " + cycle.number() + " given" + (cycle.reduced()
								? " at " + cycle.dosePercent() + " %: " + cycle.reductionReason() : ""))
						+ " on " + cycle.date());
		return cycle;
	}

	public SystemicCourse end(UUID courseId, Long version, LocalDate date, String reason, String note) {
		SystemicCourse course = load(courseId, version);
		course.end(date, reason, note, cycles.findByCourseIdOrderByDateAscHeldDescRecordedAtAsc(courseId), today(),
				currentUser.username(), clock.instant());
		courses.saveAndFlush(course);
		search.changed(course);
		audit.record(AuditAction.UPDATE, course.patientId(), "systemic-course", courseId,
				"ended " + course.endDate() + ": " + course.endReason().code());
		events.publishEvent(new TreatmentRecorded(course.cancerId(), TreatmentType.SYSTEMIC_THERAPY, course.endDate(),
				true, course.endedBy(), link(course)));
		return course;
	}

	/** Opens a course (audited as a view of the patient's record). */
	public CourseRecord view(UUID courseId) {
		CourseRecord record = recordOf(courseId);
		audit.record(AuditAction.VIEW, record.course().patientId(), "systemic-course", courseId, null);
		return record;
	}

	/** A course with its cycles, not audited: for a caller that audits its own view. */
	@Transactional(readOnly = true)
	public CourseRecord recordOf(UUID courseId) {
		SystemicCourse course = courses.findById(courseId).orElseThrow(() -> new NotFound("systemic-course", courseId));
		return new CourseRecord(course, cycles.findByCourseIdOrderByDateAscHeldDescRecordedAtAsc(courseId));
	}

	@Transactional(readOnly = true)
	public List<CourseRecord> ofCancer(UUID cancerId) {
		return courses.findByCancerIdOrderByStartDateAscRecordedAtAsc(cancerId)
			.stream()
			.map(c -> new CourseRecord(c, cycles.findByCourseIdOrderByDateAscHeldDescRecordedAtAsc(c.id())))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<CourseRecord> ofPatient(UUID patientId) {
		return courses.findByPatientIdOrderByStartDateAsc(patientId)
			.stream()
			.map(c -> new CourseRecord(c, cycles.findByCourseIdOrderByDateAscHeldDescRecordedAtAsc(c.id())))
			.toList();
	}

	/**
	 * The catalogue's regimen the entry names, by code ("ipilimumab-nivolumab") or name, or empty for
	 * a free entry. A retired regimen is refused rather than silently recorded as a free entry.
	 */
	Optional<Regimen> catalogued(String entry) {
		if (entry == null || entry.isBlank()) {
			return Optional.empty();
		}
		Optional<Regimen> found = regimens.findById(Regimen.codeOf(entry.trim()))
			.or(() -> regimens.findByNameIgnoreCase(entry.trim()));
		if (found.isPresent() && !found.get().active()) {
			throw new InvalidInput("regimen", "oncology.regimen.retired");
		}
		return found;
	}

	public static String link(SystemicCourse course) {
		return "/systemic-courses/" + course.id();
	}

	private SystemicCourse load(UUID courseId, Long version) {
		SystemicCourse course = courses.findById(courseId).orElseThrow(() -> new NotFound("systemic-course", courseId));
		if (version != null && version != course.version()) {
			throw new ConcurrentEdit("systemic-course", Map.of());
		}
		return course;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
