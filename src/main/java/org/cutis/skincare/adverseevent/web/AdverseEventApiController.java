package org.cutis.skincare.adverseevent.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.skincare.adverseevent.application.AdverseEventPhotoRecords;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry.DrugEntry;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry.NewEvent;
import org.cutis.skincare.adverseevent.web.AdverseEventView.PhotoView;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "skin adverse events", description = "Skin adverse events of cancer drugs graded by CTCAE v5.0: the grade "
		+ "ctcae.grade proposes and the dermatologist confirms, the drugs attributed, photos, the advice of oncoderm.advice")
@RestController
@Requires(Permission.SKIN_AE_READ)
class AdverseEventApiController {
	private final AdverseEventRegistry registry;
	private final AdverseEventPhotoRecords photos;
	private final AdverseEventViews views;

	AdverseEventApiController(AdverseEventRegistry registry, AdverseEventPhotoRecords photos,
			AdverseEventViews views) {
		this.registry = registry;
		this.photos = photos;
		this.views = views;
	}

	@Operation(summary = "Record a skin adverse event. term: a CTCAE v5.0 term name (e.g. \"Rash acneiform\"); findings: "
			+ "the ctcae.grade inputs (bsaPercent, symptoms none|mild|moderate|severe, adlLimit none|instrumental|self-care, "
			+ "superinfection, ...); onsetDate not in the future; drugs: [{drug: catalogue code (GET /api/v1/drugs), "
			+ "attribution certain|probable|possible|unlikely|unrelated, freeEntry: true for a drug not in the catalogue}]; "
			+ "referralId optional; redFlags: the signs of a severe reaction found at this visit (the referral's codes: "
			+ "mucosal-involvement | skin-detachment | fever | facial-oedema | disproportionate-pain | "
			+ "eosinophilia-or-organ-involvement), any of them sets scarWarning. Answers proposedGrade with gradeDefinition, and advice {action, skinTreatment, source, "
			+ "verified} for the drug with the strongest attribution (null where oncoderm.advice has none), adviceByDrug")
	@PostMapping("/api/v1/patients/{patientId}/adverse-events")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.SKIN_AE_RECORD)
	AdverseEventView record(@PathVariable UUID patientId, @RequestBody NewRequest body, Locale locale) {
		List<DrugEntry> drugs = body.drugs() == null ? List.of()
				: body.drugs().stream().map(d -> new DrugEntry(d.drug(), d.attribution(), d.freeEntry())).toList();
		return views.of(registry.record(patientId,
				new NewEvent(body.term(), body.findings(), body.onsetDate(), drugs, body.referralId(),
						body.redFlags() == null ? List.of() : body.redFlags())), locale);
	}

	@Operation(summary = "A patient's skin adverse events, newest onset first, each with its grade history")
	@GetMapping("/api/v1/patients/{patientId}/adverse-events")
	List<AdverseEventView> ofPatient(@PathVariable UUID patientId, Locale locale) {
		return registry.ofPatient(patientId).stream().map(r -> views.of(r, locale)).toList();
	}

	@Operation(summary = "A skin adverse event with its grade history (history: each assessment's findings, proposed "
			+ "and confirmed grade, reason), drugs, photos and advice")
	@GetMapping("/api/v1/adverse-events/{id}")
	AdverseEventView event(@PathVariable UUID id, Locale locale) {
		return views.of(registry.view(id), locale);
	}

	@Operation(summary = "Confirm the latest assessment's grade: grade (one the term defines), reason required when it "
			+ "differs from the proposal; version optional")
	@PostMapping("/api/v1/adverse-events/{id}/grade")
	@Requires(Permission.SKIN_AE_RECORD)
	AdverseEventView grade(@PathVariable UUID id, @RequestBody GradeRequest body, Locale locale) {
		return views.of(registry.confirmGrade(id, body.version(), body.grade(), body.reason()), locale);
	}

	@Operation(summary = "A follow-up assessment: date (not before the onset or the last assessment, not in the future) "
			+ "and findings; answers the new proposedGrade to confirm")
	@PostMapping("/api/v1/adverse-events/{id}/assessments")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.SKIN_AE_RECORD)
	AdverseEventView assess(@PathVariable UUID id, @RequestBody AssessmentRequest body, Locale locale) {
		return views.of(registry.assess(id, body.version(), body.date(), body.findings(),
				body.redFlags() == null ? List.of() : body.redFlags()), locale);
	}

	@Operation(summary = "Resolve the adverse event on date (status resolved); it takes no more assessments")
	@PostMapping("/api/v1/adverse-events/{id}/resolve")
	@Requires(Permission.SKIN_AE_RECORD)
	AdverseEventView resolve(@PathVariable UUID id, @RequestBody ResolveRequest body, Locale locale) {
		return views.of(registry.resolve(id, body.version(), body.date()), locale);
	}

	@Operation(summary = "Void an adverse event recorded in error, with the reason (kept, never deleted)")
	@PostMapping("/api/v1/adverse-events/{id}/void")
	@Requires(Permission.SKIN_AE_RECORD)
	AdverseEventView voidEvent(@PathVariable UUID id, @RequestBody VoidRequest body, Locale locale) {
		return views.of(registry.voidEvent(id, body.version(), body.reason()), locale);
	}

	@Operation(summary = "Upload a photo (multipart: file JPEG or PNG, takenOn optional); EXIF stripped, thumbnail made")
	@PostMapping(path = "/api/v1/adverse-events/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.SKIN_AE_PHOTOGRAPH)
	PhotoView addPhoto(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) LocalDate takenOn) throws java.io.IOException {
		if (file == null || file.isEmpty()) {
			throw new org.cutis.shared.InvalidInput("file", "error.field.required");
		}
		try (var in = file.getInputStream()) {
			return PhotoView.of(photos.addPhoto(id, in, takenOn));
		}
	}

	record DrugRequest(String drug, String attribution, Boolean freeEntry) {
	}

	record NewRequest(String term, Map<String, Object> findings, LocalDate onsetDate, List<DrugRequest> drugs,
			UUID referralId, List<String> redFlags) {
	}

	record GradeRequest(Integer grade, String reason, Long version) {
	}

	record AssessmentRequest(LocalDate date, Map<String, Object> findings, Long version, List<String> redFlags) {
	}

	record ResolveRequest(LocalDate date, Long version) {
	}

	record VoidRequest(String reason, Long version) {
	}
}
