package org.cutis.oncology.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.oncology.application.Radiotherapy;
import org.cutis.oncology.application.RegimenCatalogue;
import org.cutis.oncology.application.SystemicTherapy;
import org.cutis.oncology.domain.RadiotherapyCourse;
import org.cutis.oncology.domain.SystemicCourse;
import org.cutis.oncology.domain.SystemicCycle;
import org.cutis.oncology.web.CourseViews.RadiotherapyCourseView;
import org.cutis.oncology.web.CourseViews.RegimenView;
import org.cutis.oncology.web.CourseViews.SystemicCourseView;
import org.cutis.staging.CancerDirectory;
import org.cutis.shared.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "oncology", description = "Systemic therapy and radiotherapy courses: records of what the oncology departments "
		+ "decided (Cutis is not a chemotherapy ordering system)")
@RestController
@Requires(Permission.ONCOLOGY_READ)
class OncologyApiController {
	private final SystemicTherapy systemic;
	private final Radiotherapy radiotherapy;
	private final RegimenCatalogue catalogue;
	private final CancerDirectory cancers;
	private final AuditLog audit;

	OncologyApiController(SystemicTherapy systemic, Radiotherapy radiotherapy, RegimenCatalogue catalogue,
			CancerDirectory cancers, AuditLog audit) {
		this.systemic = systemic;
		this.radiotherapy = radiotherapy;
		this.catalogue = catalogue;
		this.cancers = cancers;
		this.audit = audit;
	}

	@Operation(summary = "Start a systemic therapy course. regimen: a catalogue code or name (GET /api/v1/regimens), "
			+ "anything else is recorded as a free entry (freeEntry true); setting: adjuvant | neoadjuvant | metastatic; "
			+ "line 1-10; heightCm 40-250; weightKg more than 0, at most 350. Answers bsaM2 by Mosteller, two decimals")
	@PostMapping("/api/v1/systemic-courses")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.SYSTEMIC_COURSE_RECORD)
	SystemicCourseView start(@RequestBody StartRequest body) {
		SystemicCourse course = systemic.start(new SystemicCourse.Start(body.cancerId(), body.regimen(), body.setting(),
				body.line(), body.heightCm(), body.weightKg(), body.startDate()));
		return SystemicCourseView.of(systemic.recordOf(course.id()));
	}

	@Operation(summary = "Record a cycle given or held: number (the next after the last given; a held cycle keeps its "
			+ "number), date, held with holdReason, or dosePercent below 100 with doseReductionReason. version (optional) "
			+ "refuses the change when someone else changed the course since")
	@PostMapping("/api/v1/systemic-courses/{id}/cycles")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.SYSTEMIC_COURSE_RECORD)
	SystemicCourseView cycle(@PathVariable UUID id, @RequestBody CycleRequest body) {
		systemic.recordCycle(id, body.version(), new SystemicCycle.Entry(body.number(), body.date(), body.held(),
				body.holdReason(), body.dosePercent(), body.doseReductionReason()));
		return SystemicCourseView.of(systemic.recordOf(id));
	}

	@Operation(summary = "End a systemic course: date, reason completed | progression | toxicity | patient-choice, "
			+ "optional note")
	@PostMapping("/api/v1/systemic-courses/{id}/end")
	@Requires(Permission.SYSTEMIC_COURSE_RECORD)
	SystemicCourseView end(@PathVariable UUID id, @RequestBody EndRequest body) {
		systemic.end(id, body.version(), body.date(), body.reason(), body.note());
		return SystemicCourseView.of(systemic.recordOf(id));
	}

	@Operation(summary = "A systemic therapy course with its cycles")
	@GetMapping("/api/v1/systemic-courses/{id}")
	SystemicCourseView systemicCourse(@PathVariable UUID id) {
		return SystemicCourseView.of(systemic.view(id));
	}

	@Operation(summary = "Record a radiotherapy course summary. intent: definitive | adjuvant | palliative; technique: "
			+ "3d-crt | imrt | vmat | electrons | superficial-xray | srs | sbrt | brachytherapy; dosePerFractionGy must be "
			+ "totalDoseGy / fractions within 0.01 Gy; endDate (optional while the course runs) not before startDate")
	@PostMapping("/api/v1/radiotherapy-courses")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.RADIOTHERAPY_COURSE_RECORD)
	RadiotherapyCourseView recordRadiotherapy(@RequestBody RadiotherapyRequest body) {
		return RadiotherapyCourseView.of(radiotherapy.record(new RadiotherapyCourse.Summary(body.cancerId(), body.site(),
				body.intent(), body.technique(), body.totalDoseGy(), body.fractions(), body.dosePerFractionGy(),
				body.startDate(), body.endDate())));
	}

	@Operation(summary = "Record the end date of a running radiotherapy course")
	@PostMapping("/api/v1/radiotherapy-courses/{id}/end")
	@Requires(Permission.RADIOTHERAPY_COURSE_RECORD)
	RadiotherapyCourseView endRadiotherapy(@PathVariable UUID id, @RequestBody RadiotherapyEndRequest body) {
		return RadiotherapyCourseView.of(radiotherapy.end(id, body.version(), body.endDate()));
	}

	@Operation(summary = "A radiotherapy course summary")
	@GetMapping("/api/v1/radiotherapy-courses/{id}")
	RadiotherapyCourseView radiotherapyCourse(@PathVariable UUID id) {
		return RadiotherapyCourseView.of(radiotherapy.view(id));
	}

	@Operation(summary = "The systemic and radiotherapy courses of a cancer")
	@GetMapping("/api/v1/cancers/{id}/oncology-courses")
	CancerCourses ofCancer(@PathVariable UUID id) {
		var cancer = cancers.find(id).orElseThrow(() -> new NotFound("cancer", id));
		audit.record(AuditAction.VIEW, cancer.patientId(), "oncology-courses", id, null);
		return new CancerCourses(systemic.ofCancer(id).stream().map(SystemicCourseView::of).toList(),
				radiotherapy.ofCancer(id).stream().map(RadiotherapyCourseView::of).toList());
	}

	@Operation(summary = "The regimen catalogue, retired regimens included (active false)")
	@GetMapping("/api/v1/regimens")
	List<RegimenView> regimens() {
		return catalogue.all().stream().map(RegimenView::of).toList();
	}

	@Operation(summary = "Add a regimen to the catalogue: name (drug names, Latin letters), category immunotherapy | "
			+ "targeted | chemotherapy")
	@PostMapping("/api/v1/regimens")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.REGIMEN_CATALOGUE)
	RegimenView addRegimen(@RequestBody RegimenRequest body) {
		return RegimenView.of(catalogue.add(body.name(), body.category()));
	}

	record StartRequest(UUID cancerId, String regimen, String setting, Integer line, BigDecimal heightCm,
			BigDecimal weightKg, LocalDate startDate) {
	}

	record CycleRequest(Integer number, LocalDate date, Boolean held, String holdReason, Integer dosePercent,
			String doseReductionReason, Long version) {
	}

	record EndRequest(LocalDate date, String reason, String note, Long version) {
	}

	record RadiotherapyRequest(UUID cancerId, String site, String intent, String technique, BigDecimal totalDoseGy,
			Integer fractions, BigDecimal dosePerFractionGy, LocalDate startDate, LocalDate endDate) {
	}

	record RadiotherapyEndRequest(LocalDate endDate, Long version) {
	}

	record CancerCourses(List<SystemicCourseView> systemic, List<RadiotherapyCourseView> radiotherapy) {
	}

	record RegimenRequest(String name, String category) {
	}
}
