package org.cutis.clinic.visit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.clinic.visit.application.ReviewableResults;
import org.cutis.clinic.visit.application.VisitNoting;
import org.cutis.clinic.visit.domain.VisitNote;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.SignatureSecret;
import org.cutis.lesion.LesionSummary;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "visit notes", description = "The note of a clinic visit: history, skin and lymph node examination, "
		+ "results reviewed, assessment and plan; signed, corrected by addenda")
@RestController
@Requires(Permission.VISIT_NOTE_READ)
class VisitNoteApiController {
	private final VisitNoting noting;
	private final org.cutis.clinic.visit.application.VisitNotePdf pdf;
	private final ReviewableResults results;

	VisitNoteApiController(VisitNoting noting, org.cutis.clinic.visit.application.VisitNotePdf pdf,
			ReviewableResults results) {
		this.noting = noting;
		this.pdf = pdf;
		this.results = results;
	}

	@Operation(summary = "Save the visit note of an appointment as a draft, or sign it. The body is the whole note "
			+ "(each save replaces the draft): {version (the one read; omitted on the first save), intervalHistory, "
			+ "lesionReviews: [{lesionId, finding: unchanged | changed, change (what changed; required when changed)}], "
			+ "newLesions: [{view, x, y, site, laterality, sizeMm, colour, impression, differential, suspicion, suspected}] "
			+ "(recorded in the lesion registry and reviewed as new; suspected: relapse or new primary suspected there), "
			+ "lymphNodes: [{region: parotid|cervical|supraclavicular|axillary|epitrochlear|inguinal|popliteal-right|left, "
			+ "palpable, detail}], resultsReviewed: [ids of the patient's signed pathology reports and work-up results reviewed] "
			+ "(a text there is taken as resultsReviewedText, as before), resultsReviewedText (free text), assessment: no-evidence-of-disease | relapse-suspected (cancerId and "
			+ "suspectedLesionIds required: the patient's cancer and the original or new lesions) | new-primary-suspected "
			+ "(suspectedLesionIds) | skin-adverse-event (adverseEventId: one of the patient's skin adverse events), plan, "
			+ "sign: true with password or pin}. Signing needs the assessment, the plan and every lesion of the patient "
			+ "reviewed; a signed note never changes (409) and publishes VisitNoteSigned. Opening the note marks the "
			+ "appointment seen")
	@PostMapping("/api/v1/appointments/{id}/visit-note")
	@Requires(Permission.VISIT_NOTE_WRITE)
	VisitNoteView save(@PathVariable UUID id, @RequestBody VisitNoteRequest body) {
		VisitNote note = body.signing()
				? noting.sign(id, body.content(), body.lesions(), body.version(), body.secret())
				: noting.save(id, body.content(), body.lesions(), body.version());
		return VisitNoteView.of(note, noting.addendaOf(note.id()), lesionsOf(note.patientId()), shown(note));
	}

	@Operation(summary = "The visit note of an appointment with its addenda (404 before a draft was saved)")
	@GetMapping("/api/v1/appointments/{id}/visit-note")
	VisitNoteView get(@PathVariable UUID id) {
		VisitNoting.Visit visit = noting.view(id);
		return VisitNoteView.of(visit.note(), visit.addenda(), lesionsOf(visit.note().patientId()), shown(visit.note()));
	}

	@Operation(summary = "Amend the signed visit note of an appointment: an addendum {text}, signed with password or pin")
	@PostMapping("/api/v1/appointments/{id}/visit-note/addenda")
	@Requires(Permission.VISIT_NOTE_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	VisitNoteView.Addendum amend(@PathVariable UUID id, @RequestBody AddendumRequest body) {
		return VisitNoteView.Addendum.of(noting.amend(id, body.text(), new SignatureSecret(body.password(), body.pin())));
	}

	@Operation(summary = "The signed visit note of an appointment as a PDF (Korean or English by Accept-Language); "
			+ "a draft is refused (409)")
	@GetMapping("/api/v1/appointments/{id}/visit-note.pdf")
	org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable UUID id,
			@org.springframework.web.bind.annotation.RequestHeader(name = "Accept-Language", required = false) String language) {
		return VisitNoteController.pdfResponse(id, pdf.print(id, org.cutis.shared.web.ApiLanguage.of(language)));
	}

	@Operation(summary = "The patient's visits with notes (drafts and signed, with addenda), newest first")
	@GetMapping("/api/v1/patients/{id}/visits")
	List<VisitNoteView.VisitItem> visits(@PathVariable UUID id) {
		Map<UUID, LesionSummary> lesions = lesionsOf(id);
		List<ReviewableResults.Result> known = results.of(id);
		return noting.visitsOf(id).stream().map(v -> VisitNoteView.item(v, lesions, shown(v.note(), known))).toList();
	}

	private List<ReviewableResults.Result> shown(VisitNote note) {
		return results.shown(note.patientId(), note.reviewedResults());
	}

	/** The note's results among the patient's known ones (read once for a list of visits). */
	private static List<ReviewableResults.Result> shown(VisitNote note, List<ReviewableResults.Result> known) {
		List<UUID> ids = note.reviewedResults().stream().map(r -> r.id()).toList();
		return known.stream().filter(r -> ids.contains(r.id())).toList();
	}

	private Map<UUID, LesionSummary> lesionsOf(UUID patientId) {
		Map<UUID, LesionSummary> lesions = new LinkedHashMap<>();
		noting.lesionsOf(patientId).forEach(l -> lesions.put(l.id(), l));
		return lesions;
	}

	record AddendumRequest(String text, String password, String pin) {
	}
}
