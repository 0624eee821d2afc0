package org.cutis.oncology.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.oncology.domain.RadiotherapyCourse;
import org.cutis.oncology.domain.RadiotherapyCourses;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.NotFound;
import org.cutis.staging.CancerSummary;
import org.cutis.treatment.TreatmentRecorded;
import org.cutis.treatment.TreatmentType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Radiotherapy course summaries: recorded (with or without their end date), then ended once. */
@Service
@Transactional
public class Radiotherapy {
	private final RadiotherapyCourses courses;
	private final Cancers cancers;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TherapySearchDocuments search;

	Radiotherapy(RadiotherapyCourses courses, Cancers cancers, AuditLog audit, CurrentUser currentUser,
			ApplicationEventPublisher events, Clock clock, TherapySearchDocuments search) {
		this.search = search;
		this.courses = courses;
		this.cancers = cancers;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	public RadiotherapyCourse record(RadiotherapyCourse.Summary in) {
		CancerSummary cancer = cancers.require(in.cancerId());
		RadiotherapyCourse course = RadiotherapyCourse.record(in, cancer.patientId(), LocalDate.now(clock),
				currentUser.username(), clock.instant());
		courses.save(course);
		search.changed(course);
		audit.record(AuditAction.CREATE, course.patientId(), "radiotherapy-course", course.id(),
				"recorded " + course.intent().code() + " " + course.technique().code() + " " + course.totalDoseGy()
						+ " Gy / " + course.fractions() + " fractions, " + course.startDate()
						+ (course.endDate() == null ? "" : " to " + course.endDate()));
		events.publishEvent(new TreatmentRecorded(course.cancerId(), TreatmentType.RADIOTHERAPY, course.startDate(),
				false, course.recordedBy(), link(course)));
		if (course.endDate() != null) {
			events.publishEvent(new TreatmentRecorded(course.cancerId(), TreatmentType.RADIOTHERAPY, course.endDate(),
					true, course.endedBy(), link(course)));
		}
		return course;
	}

	public RadiotherapyCourse end(UUID courseId, Long version, LocalDate endDate) {
		RadiotherapyCourse course = courses.findById(courseId)
			.orElseThrow(() -> new NotFound("radiotherapy-course", courseId));
		if (version != null && version != course.version()) {
			throw new ConcurrentEdit("radiotherapy-course", Map.of());
		}
		course.end(endDate, LocalDate.now(clock), currentUser.username(), clock.instant());
		courses.saveAndFlush(course);
		search.changed(course);
		audit.record(AuditAction.UPDATE, course.patientId(), "radiotherapy-course", courseId, "ended " + endDate);
		events.publishEvent(new TreatmentRecorded(course.cancerId(), TreatmentType.RADIOTHERAPY, course.endDate(), true,
				course.endedBy(), link(course)));
		return course;
	}

	public RadiotherapyCourse view(UUID courseId) {
		RadiotherapyCourse course = courses.findById(courseId)
			.orElseThrow(() -> new NotFound("radiotherapy-course", courseId));
		audit.record(AuditAction.VIEW, course.patientId(), "radiotherapy-course", courseId, null);
		return course;
	}

	@Transactional(readOnly = true)
	public List<RadiotherapyCourse> ofCancer(UUID cancerId) {
		return courses.findByCancerIdOrderByStartDateAscRecordedAtAsc(cancerId);
	}

	@Transactional(readOnly = true)
	public List<RadiotherapyCourse> ofPatient(UUID patientId) {
		return courses.findByPatientIdOrderByStartDateAsc(patientId);
	}

	public static String link(RadiotherapyCourse course) {
		return "/radiotherapy-courses/" + course.id();
	}
}
