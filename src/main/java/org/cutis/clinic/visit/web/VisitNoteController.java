package org.cutis.clinic.visit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.clinic.visit.application.ReviewableResults;
import org.cutis.clinic.visit.application.VisitNoting;
import org.cutis.clinic.visit.application.VisitNoting.Visit;
import org.cutis.clinic.visit.domain.LesionReview;
import org.cutis.clinic.visit.domain.LymphNodeRegion;
import org.cutis.clinic.visit.domain.VisitNoteContent;
import org.cutis.clinic.VisitAssessment;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.identity.Access;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.SignatureRefused;
import org.cutis.identity.SignatureSecret;
import org.cutis.lesion.LesionSummary;
import org.cutis.lesion.Suspicion;
import org.cutis.patient.PatientDirectory;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.web.FormErrors;
import org.cutis.skincare.AdverseEventDirectory;
import org.cutis.staging.CancerDirectory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visit note page of an appointment: the doctor reviews every lesion on the body map, adds the
 * new ones, examines the node basins, assesses and plans, saves the draft and signs; a signed note
 * is shown as signed, with its addenda and the form for one more.
 */
@Controller
@Requires(Permission.VISIT_NOTE_READ)
class VisitNoteController {
	private final VisitNoting noting;
	private final PatientDirectory patients;
	private final CancerDirectory cancers;
	private final AdverseEventDirectory adverseEvents;
	private final Access access;
	private final MessageSource messages;
	private final java.time.Clock clock;
	private final org.cutis.clinic.visit.application.VisitNotePdf pdf;
	private final ReviewableResults results;

	VisitNoteController(VisitNoting noting, PatientDirectory patients, CancerDirectory cancers,
			AdverseEventDirectory adverseEvents, Access access, MessageSource messages, java.time.Clock clock,
			org.cutis.clinic.visit.application.VisitNotePdf pdf, ReviewableResults results) {
		this.results = results;
		this.clock = clock;
		this.pdf = pdf;
		this.noting = noting;
		this.patients = patients;
		this.cancers = cancers;
		this.adverseEvents = adverseEvents;
		this.access = access;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("assessments", VisitAssessment.values());
		model.addAttribute("findings", List.of(LesionReview.Finding.UNCHANGED, LesionReview.Finding.CHANGED));
		model.addAttribute("regions", LymphNodeRegion.values());
		model.addAttribute("sites", AnatomicSite.values());
		model.addAttribute("lateralities", Laterality.values());
		model.addAttribute("impressions", Diagnosis.values());
		model.addAttribute("suspicions", Suspicion.values());
		model.addAttribute("zone", clock.getZone());
	}

	@GetMapping("/appointments/{id}/visit-note")
	String page(@PathVariable UUID id, Model model) {
		// the doctor opening the note marks the patient seen; a reader only reads (a draft too, read only)
		Visit visit = access.allows(Permission.VISIT_NOTE_WRITE) ? noting.open(id) : noting.read(id);
		List<LesionSummary> lesions = noting.lesionsOf(visit.appointment().patientId());
		VisitNoteContent content = visit.note() == null ? VisitNoteContent.empty() : visit.note().content();
		model.addAttribute("form", VisitNoteForm.of(content, visit.note() == null ? null : visit.note().version(), lesions));
		return page(visit, lesions, model);
	}

	@PostMapping("/appointments/{id}/visit-note")
	@Requires(Permission.VISIT_NOTE_WRITE)
	String save(@PathVariable UUID id, @ModelAttribute("form") VisitNoteForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String password,
			@RequestParam(required = false) String pin, Model model, java.util.Locale locale) {
		if (!result.hasErrors()) {
			try {
				if ("sign".equals(action)) {
					noting.sign(id, form.content(), form.newLesions(), form.getVersion(), new SignatureSecret(password, pin));
					return "redirect:/appointments/" + id + "/visit-note?signed#signed";
				}
				noting.save(id, form.content(), form.newLesions(), form.getVersion());
				return "redirect:/appointments/" + id + "/visit-note?saved" + ("add-lesion".equals(action) ? "#skin" : "");
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(onThisForm(invalid), result);
			}
			catch (RefusedTransition refused) {
				result.reject(refused.messageKey(), refused.args(), refused.messageKey());
			}
			catch (ConcurrentEdit concurrent) {
				result.reject("visit.note.concurrent", null, "visit.note.concurrent");
			}
			catch (SignatureRefused refused) {
				model.addAttribute("signatureError", messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale));
				model.addAttribute("signatureField", refused.field());
			}
		}
		Visit visit = noting.open(id);
		List<LesionSummary> lesions = noting.lesionsOf(visit.appointment().patientId());
		return page(visit, lesions, model);
	}

	@PostMapping("/appointments/{id}/visit-note/addenda")
	@Requires(Permission.VISIT_NOTE_WRITE)
	String amend(@PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String password, @RequestParam(required = false) String pin,
			RedirectAttributes redirect, java.util.Locale locale) {
		try {
			noting.amend(id, text, new SignatureSecret(password, pin));
			return "redirect:/appointments/" + id + "/visit-note#addenda";
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("addendumErrors", FormErrors.texts(invalid, messages, locale));
		}
		catch (RefusedTransition refused) {
			redirect.addFlashAttribute("addendumErrors",
					List.of(messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale)));
		}
		catch (SignatureRefused refused) {
			redirect.addFlashAttribute("addendumErrors",
					List.of(messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale)));
		}
		redirect.addFlashAttribute("addendumText", text);
		return "redirect:/appointments/" + id + "/visit-note#addendum-form";
	}

	@GetMapping("/appointments/{id}/visit-note.pdf")
	org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable UUID id, java.util.Locale locale) {
		return pdfResponse(id, pdf.print(id, locale));
	}

	/** The signed note as an inline PDF. */
	static org.springframework.http.ResponseEntity<byte[]> pdfResponse(UUID appointmentId, byte[] bytes) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
				.inline().filename("visit-note-" + appointmentId + ".pdf").build().toString())
			.body(bytes);
	}

	private String page(Visit visit, List<LesionSummary> lesions, Model model) {
		var appointment = visit.appointment();
		model.addAttribute("appointment", appointment);
		model.addAttribute("note", visit.note());
		model.addAttribute("canWrite", access.allows(Permission.VISIT_NOTE_WRITE));
		model.addAttribute("addenda", visit.addenda());
		model.addAttribute("patient", patients.find(appointment.patientId()).orElse(null));
		Map<UUID, LesionSummary> byId = new LinkedHashMap<>();
		lesions.forEach(l -> byId.put(l.id(), l));
		model.addAttribute("lesions", lesions);
		model.addAttribute("lesionsById", byId);
		model.addAttribute("cancers", cancers.cancersOf(appointment.patientId()));
		// the results since the previous visit to tick, and those the note refers to, as links
		UUID patientId = appointment.patientId();
		List<org.cutis.clinic.visit.domain.ReviewedResult> referred = visit.note() == null ? List.of()
				: visit.note().reviewedResults();
		model.addAttribute("offeredResults", results.offered(patientId, noting.previousVisit(appointment), referred));
		model.addAttribute("reviewedResults", results.shown(patientId, referred));
		model.addAttribute("adverseEvents",
				adverseEvents.ofPatient(appointment.patientId()).stream().filter(e -> !e.voided()).toList());
		return "clinic/visit-note";
	}

	/** The new lesion's fields sit at the form's top level (the body map fills them there). */
	private static InvalidInput onThisForm(InvalidInput invalid) {
		return new InvalidInput(invalid.problems()
			.stream()
			.map(p -> new FieldProblem(p.field() != null && p.field().startsWith("newLesions[0].")
					? p.field().substring("newLesions[0].".length()) : p.field(), p.messageKey(), p.args()))
			.toList());
	}
}
