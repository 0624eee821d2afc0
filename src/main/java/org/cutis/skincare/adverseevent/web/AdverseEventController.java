package org.cutis.skincare.adverseevent.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cutis.drug.DrugCatalogue;
import org.cutis.identity.Access;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.PatientDirectory;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.referral.RedFlag;
import org.cutis.rules.ctcae.CtcaeTerm;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.skincare.adverseevent.application.AdverseEventPhotoRecords;
import org.cutis.skincare.adverseevent.application.AdverseEventRecord;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry.DrugEntry;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry.NewEvent;
import org.cutis.skincare.adverseevent.domain.Attribution;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages of skin adverse events: a patient's events with the grade chart and the term picker,
 * the record form (only the findings the chosen term reads), and an event's page (proposal and
 * its definition, confirmation, advice, grade history, photos, follow-up, resolution). The page
 * itself is {@link AdverseEventPage}'s, the photos {@link AdverseEventPhotoController}'s.
 */
@Controller
@Requires(Permission.SKIN_AE_READ)
class AdverseEventController {
	private final AdverseEventRegistry registry;
	private final AdverseEventPhotoRecords photos;
	private final AdverseEventPage page;
	private final PatientDirectory patients;
	private final DrugCatalogue catalogue;
	private final CtcaeTermNames terms;
	private final GradeChart chart;
	private final Access access;

	AdverseEventController(AdverseEventRegistry registry, AdverseEventPhotoRecords photos, AdverseEventPage page,
			PatientDirectory patients, DrugCatalogue catalogue, CtcaeTermNames terms, GradeChart chart,
			Access access) {
		this.registry = registry;
		this.photos = photos;
		this.page = page;
		this.patients = patients;
		this.catalogue = catalogue;
		this.terms = terms;
		this.chart = chart;
		this.access = access;
	}

	@GetMapping("/patients/{patientId}/adverse-events")
	String list(@PathVariable UUID patientId, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID referral, Model model, Locale locale) {
		var patient = patients.find(patientId).orElseThrow(() -> new NotFound("patient", patientId));
		List<AdverseEventRecord> events = registry.ofPatient(patientId);
		model.addAttribute("patient", patient);
		model.addAttribute("events", events);
		model.addAttribute("termOptions", terms.search(q, locale));
		model.addAttribute("q", q);
		model.addAttribute("referral", referral);
		model.addAttribute("chartJson", chart.of(patientId, events, locale));
		model.addAttribute("drawable", GradeChart.drawable(events));
		return "skincare/adverse-events";
	}

	@GetMapping("/patients/{patientId}/adverse-events/new")
	@Requires(Permission.SKIN_AE_RECORD)
	String newEvent(@PathVariable UUID patientId, @RequestParam(required = false) String term,
			@RequestParam(required = false) UUID referral, Model model, Locale locale) {
		var patient = patients.find(patientId).orElseThrow(() -> new NotFound("patient", patientId));
		CtcaeTerm chosen = AdverseEventForm.termOf(term);
		if (chosen == null) {
			return "redirect:/patients/" + patientId + "/adverse-events#record";
		}
		model.addAttribute("referral", referral);
		return form(patient, chosen, Map.of(), List.of(), model, locale);
	}

	@PostMapping("/patients/{patientId}/adverse-events")
	@Requires(Permission.SKIN_AE_RECORD)
	String record(@PathVariable UUID patientId, @RequestParam Map<String, String> form,
			@RequestParam(name = "redFlags", required = false) List<String> redFlags,
			@RequestParam(required = false) MultipartFile photo, Model model, Locale locale) throws IOException {
		var patient = patients.find(patientId).orElseThrow(() -> new NotFound("patient", patientId));
		CtcaeTerm term = AdverseEventForm.termOf(form.get("term"));
		if (term == null) {
			return "redirect:/patients/" + patientId + "/adverse-events#record";
		}
		List<DrugEntry> drugs = AdverseEventForm.drugs(form);
		try {
			LocalDate onset = AdverseEventForm.date(form.get("onsetDate"), "onsetDate");
			AdverseEventRecord saved = registry.record(patientId, new NewEvent(term.termName(),
					FindingFields.read(term, form), onset, drugs, AdverseEventForm.referralOf(form.get("referralId")),
					redFlags == null ? List.of() : redFlags));
			if (photo != null && !photo.isEmpty() && access.allows(Permission.SKIN_AE_PHOTOGRAPH)) {
				try (InputStream in = photo.getInputStream()) {
					photos.addPhoto(saved.event().id(), in, null);
				} catch (InvalidInput refused) {
					// the event is recorded: its page says why the photo was not, with the upload form
					return page(registry.recordOf(saved.event().id()), errors(refused, locale), "photo", model, locale);
				}
			}
			return "redirect:/adverse-events/" + saved.event().id();
		} catch (InvalidInput | InvalidInputException invalid) {
			model.addAttribute("checkedRedFlags", redFlags == null ? List.of() : redFlags);
			model.addAttribute("referral", form.get("referralId"));
			return form(patient, term, form, errors(invalid, locale), model, locale);
		}
	}

	private String form(Object patient, CtcaeTerm term, Map<String, String> values, List<String> errors, Model model,
			Locale locale) {
		model.addAttribute("patient", patient);
		model.addAttribute("term", term);
		model.addAttribute("termLabel", terms.label(term, locale));
		model.addAttribute("fields", FindingFields.of(term));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("drugRows",
				java.util.stream.IntStream.range(0, AdverseEventForm.DRUG_ROWS).boxed().toList());
		model.addAttribute("drugs", catalogue.search(""));
		model.addAttribute("attributions", Attribution.values());
		model.addAttribute("korean", "ko".equals(locale.getLanguage()));
		model.addAttribute("redFlagChoices", RedFlag.values());
		if (!model.containsAttribute("checkedRedFlags")) {
			model.addAttribute("checkedRedFlags", List.of());
		}
		return "skincare/adverse-event-new";
	}

	@GetMapping("/adverse-events/{id}")
	String event(@PathVariable UUID id, Model model, Locale locale) {
		return page(registry.view(id), List.of(), null, model, locale);
	}

	@PostMapping("/adverse-events/{id}/grade")
	@Requires(Permission.SKIN_AE_RECORD)
	String grade(@PathVariable UUID id, @RequestParam(required = false) Integer grade,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long version, Model model,
			Locale locale) {
		try {
			registry.confirmGrade(id, version, grade, reason);
			return "redirect:/adverse-events/" + id + "#proposal";
		} catch (InvalidInput invalid) {
			return page(registry.recordOf(id), errors(invalid, locale), "grade", model, locale);
		}
	}

	@PostMapping("/adverse-events/{id}/assessments")
	@Requires(Permission.SKIN_AE_RECORD)
	String assess(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@RequestParam(name = "redFlags", required = false) List<String> redFlags, Model model, Locale locale) {
		AdverseEventRecord record = registry.recordOf(id);
		try {
			Long version = form.get("version") == null ? null : Long.valueOf(form.get("version"));
			registry.assess(id, version, AdverseEventForm.date(form.get("date"), "date"),
					FindingFields.read(record.event().term(), form), redFlags == null ? List.of() : redFlags);
			return "redirect:/adverse-events/" + id + "#proposal";
		} catch (InvalidInput | InvalidInputException invalid) {
			return page(record, errors(invalid, locale), "assessment", model, locale);
		}
	}

	@PostMapping("/adverse-events/{id}/resolve")
	@Requires(Permission.SKIN_AE_RECORD)
	String resolve(@PathVariable UUID id, @RequestParam(required = false) String date,
			@RequestParam(required = false) Long version, Model model, Locale locale) {
		try {
			registry.resolve(id, version, AdverseEventForm.date(date, "date"));
			return "redirect:/adverse-events/" + id;
		} catch (InvalidInput invalid) {
			return page(registry.recordOf(id), errors(invalid, locale), "resolve", model, locale);
		}
	}

	/** An event recorded in error is voided with the reason, never deleted: it stays on the record, marked. */
	@PostMapping("/adverse-events/{id}/void")
	@Requires(Permission.SKIN_AE_RECORD)
	String voidEvent(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long version, Model model, Locale locale) {
		try {
			registry.voidEvent(id, version, reason);
			return "redirect:/adverse-events/" + id;
		} catch (InvalidInput invalid) {
			return page(registry.recordOf(id), errors(invalid, locale), "void", model, locale);
		}
	}

	private String page(AdverseEventRecord record, List<String> errors, String failedForm, Model model, Locale locale) {
		return page.show(record, errors, failedForm, model, locale);
	}

	private List<String> errors(RuntimeException problem, Locale locale) {
		return page.errors(problem, locale);
	}
}
