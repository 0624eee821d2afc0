package org.cutis.skincare.adverseevent.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.cutis.skincare.adverseevent.application.AdverseEventRecord;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry.DrugEntry;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry.NewEvent;
import org.cutis.skincare.adverseevent.application.ManagementAdvice;
import org.cutis.skincare.adverseevent.domain.Attribution;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * its definition, confirmation, advice, grade history, photos, follow-up, resolution).
 */
@Controller
@Requires(Permission.SKIN_AE_READ)
class AdverseEventController {
	/** Drug rows on the record form; more drugs are rare and can follow through the API. */
	static final int DRUG_ROWS = 3;
	/** The drug list's entry for a drug the catalogue lacks. */
	static final String OTHER = "other";

	private final AdverseEventRegistry registry;
	private final ManagementAdvice advice;
	private final PatientDirectory patients;
	private final DrugCatalogue catalogue;
	private final CtcaeTermNames terms;
	private final GradeChart chart;
	private final AdverseEventViews views;
	private final MessageSource messages;
	private final Access access;
	private final java.time.Clock clock;

	AdverseEventController(AdverseEventRegistry registry, ManagementAdvice advice, PatientDirectory patients,
			DrugCatalogue catalogue, CtcaeTermNames terms, GradeChart chart, AdverseEventViews views,
			MessageSource messages, Access access, java.time.Clock clock) {
		this.registry = registry;
		this.advice = advice;
		this.patients = patients;
		this.catalogue = catalogue;
		this.terms = terms;
		this.chart = chart;
		this.views = views;
		this.messages = messages;
		this.access = access;
		this.clock = clock;
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
		CtcaeTerm chosen = termOf(term);
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
		CtcaeTerm term = termOf(form.get("term"));
		if (term == null) {
			return "redirect:/patients/" + patientId + "/adverse-events#record";
		}
		List<DrugEntry> drugs = new ArrayList<>();
		for (int i = 0; i < DRUG_ROWS; i++) {
			String drug = form.get("drug" + i);
			if (drug == null || drug.isBlank()) {
				continue;
			}
			boolean other = OTHER.equals(drug);
			drugs.add(new DrugEntry(other ? form.get("drugOther" + i) : drug, form.get("attribution" + i), other));
		}
		try {
			LocalDate onset = date(form.get("onsetDate"), "onsetDate");
			AdverseEventRecord saved = registry.record(patientId, new NewEvent(term.termName(),
					FindingFields.read(term, form), onset, drugs, referralOf(form.get("referralId")),
					redFlags == null ? List.of() : redFlags));
			if (photo != null && !photo.isEmpty() && access.allows(Permission.SKIN_AE_PHOTOGRAPH)) {
				try (InputStream in = photo.getInputStream()) {
					registry.addPhoto(saved.event().id(), in, null);
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
		model.addAttribute("drugRows", java.util.stream.IntStream.range(0, DRUG_ROWS).boxed().toList());
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
			registry.assess(id, version, date(form.get("date"), "date"), FindingFields.read(record.event().term(), form),
					redFlags == null ? List.of() : redFlags);
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
			registry.resolve(id, version, date(date, "date"));
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

	@PostMapping("/adverse-events/{id}/photos")
	@Requires(Permission.SKIN_AE_PHOTOGRAPH)
	String addPhoto(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model,
			Locale locale) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInput("file", "error.field.required");
			}
			try (InputStream in = file.getInputStream()) {
				registry.addPhoto(id, in, null);
			}
			return "redirect:/adverse-events/" + id + "#photos";
		} catch (InvalidInput invalid) {
			return page(registry.recordOf(id), errors(invalid, locale), "photo", model, locale);
		}
	}

	@GetMapping("/adverse-events/{id}/photos/{photoId}")
	ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID photoId,
			@RequestParam(defaultValue = "false") boolean thumbnail) {
		AdverseEventRegistry.PhotoContent content = registry.photoContent(id, photoId, thumbnail);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header("Cache-Control", "private, no-store")
			.body(new InputStreamResource(content.stream()));
	}

	private String page(AdverseEventRecord record, List<String> errors, String failedForm, Model model, Locale locale) {
		var event = record.event();
		model.addAttribute("record", record);
		model.addAttribute("event", event);
		model.addAttribute("view", views.of(record, locale));
		model.addAttribute("why", views.why(record, locale));
		model.addAttribute("patient", patients.find(event.patientId()).orElse(null));
		model.addAttribute("termLabel", terms.label(event.term(), locale));
		model.addAttribute("definedGrades", definedGrades(event.term()));
		var byDrug = advice.byDrug(event, record.drugs());
		model.addAttribute("adviceByDrug", byDrug);
		model.addAttribute("advice", advice.strongest(byDrug).orElse(null));
		model.addAttribute("fields", FindingFields.of(event.term()));
		model.addAttribute("findings", findingsByAssessment(record));
		model.addAttribute("drugNames", drugNames(record, locale));
		model.addAttribute("errors", errors);
		model.addAttribute("failedForm", failedForm);
		model.addAttribute("chartJson", chart.of(event.patientId(), List.of(record), locale));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("noValues", Map.of());
		model.addAttribute("redFlagChoices", RedFlag.values());
		model.addAttribute("noRedFlags", List.of());
		model.addAttribute("redFlagLabels", record.redFlags().stream()
			.map(f -> messages.getMessage("referral.redFlag." + f.code(), null, locale)).toList());
		return "skincare/adverse-event";
	}

	private Map<String, Map<String, Object>> findingsByAssessment(AdverseEventRecord record) {
		Map<String, Map<String, Object>> all = new LinkedHashMap<>();
		record.assessments().forEach(a -> all.put(a.id().toString(), registry.findingsOf(a)));
		return all;
	}

	/** Catalogue drugs by their name in the reader's language; free entries as typed. */
	private Map<String, String> drugNames(AdverseEventRecord record, Locale locale) {
		boolean korean = "ko".equals(locale.getLanguage());
		Map<String, String> names = new LinkedHashMap<>();
		record.drugs().forEach(d -> names.put(d.id().toString(), d.freeEntry() ? d.drugName()
				: catalogue.find(d.drugCode()).map(c -> c.name(korean)).orElse(d.drugName())));
		return names;
	}

	private static List<Integer> definedGrades(CtcaeTerm term) {
		List<Integer> grades = new ArrayList<>();
		for (int g = 1; g <= 5; g++) {
			if (term.defines(g)) {
				grades.add(g);
			}
		}
		return grades;
	}

	private List<String> errors(RuntimeException problem, Locale locale) {
		if (problem instanceof InvalidInput invalid) {
			return invalid.problems()
				.stream()
				.map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))
				.toList();
		}
		return List.of(((InvalidInputException) problem).message(locale));
	}

	private static CtcaeTerm termOf(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return CtcaeTerm.valueOf(code);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static UUID referralOf(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		} catch (IllegalArgumentException e) {
			throw new InvalidInput("referralId", "error.field.unreadable");
		}
	}

	private static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new InvalidInput(field, "error.field.unreadable");
		}
	}
}
