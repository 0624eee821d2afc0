package org.cutis.patient.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.TimelineEntry;
import org.cutis.patient.InsuranceType;
import org.cutis.patient.PatientSummary;
import org.cutis.patient.Sex;
import org.cutis.patient.application.ChartTimeline;
import org.cutis.patient.application.DuplicateCheck;
import org.cutis.patient.application.PatientManagement;
import org.cutis.patient.application.PatientSearch;
import org.cutis.patient.domain.Patient;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PatientController {
	private final PatientManagement patients;
	private final PatientSearch search;
	private final DuplicateCheck duplicates;
	private final ChartTimeline timeline;
	private final MessageSource messages;
	private final Clock clock;
	/** The next visit for the header, from the clinic module when it is there. */
	private final org.springframework.beans.factory.ObjectProvider<org.cutis.patient.UpcomingVisits> visits;

	PatientController(PatientManagement patients, PatientSearch search, DuplicateCheck duplicates,
			ChartTimeline timeline, MessageSource messages, Clock clock,
			org.springframework.beans.factory.ObjectProvider<org.cutis.patient.UpcomingVisits> visits) {
		this.visits = visits;
		this.messages = messages;
		this.patients = patients;
		this.search = search;
		this.duplicates = duplicates;
		this.timeline = timeline;
		this.clock = clock;
	}

	@ModelAttribute("sexes")
	Sex[] sexes() {
		return Sex.values();
	}

	@ModelAttribute("insuranceTypes")
	InsuranceType[] insuranceTypes() {
		return InsuranceType.values();
	}

	@GetMapping("/patients/search")
	@Requires(Permission.PATIENT_SEARCH)
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String cursor,
			Model model) {
		model.addAttribute("q", q);
		try {
			model.addAttribute("page", search.search(q, cursor));
		}
		catch (InvalidInput invalid) {
			model.addAttribute("searchError", invalid.problems().get(0).messageKey());
		}
		return "patient/search";
	}

	@GetMapping("/patients/new")
	@Requires(Permission.PATIENT_REGISTER)
	String registration(Model model) {
		model.addAttribute("form", PatientForm.empty());
		return "patient/register";
	}

	@PostMapping("/patients")
	@Requires(Permission.PATIENT_REGISTER)
	String register(@ModelAttribute("form") PatientForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return "patient/register";
		}
		try {
			List<FieldProblem> problems = new ArrayList<>();
			try {
				form.details().validate(LocalDate.now(clock));
			}
			catch (InvalidInput invalid) {
				problems.addAll(invalid.problems());
			}
			problems.addAll(form.essentials().problems(form.details(), LocalDate.now(clock)));
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			if (!form.duplicatesConfirmed()) {
				List<PatientSummary> candidates = duplicates.candidates(form.details());
				if (!candidates.isEmpty()) {
					model.addAttribute("duplicates", candidates);
					return "patient/register";
				}
			}
			Patient patient = patients.register(form.details(), form.essentials());
			return "redirect:/patients/" + patient.id() + "?registered";
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(PatientForm.onForm(invalid), result);
			return "patient/register";
		}
	}

	@GetMapping("/patients/{id}")
	@Requires(Permission.PATIENT_READ)
	String chart(@PathVariable UUID id, @RequestParam(name = "timeline", required = false) String timeline,
			Model model, Locale locale) {
		model.addAttribute("wholeTimeline", "all".equals(timeline));
		return chart(patients.view(id), model, locale);
	}

	/** The chart with the whole registration number shown: a POST, because each look is audited. */
	@PostMapping("/patients/{id}/rrn")
	@Requires(Permission.PATIENT_RRN_READ)
	String revealRrn(@PathVariable UUID id, Model model, Locale locale) {
		Patient patient = patients.view(id);
		patients.revealRrn(id).ifPresent(rrn -> model.addAttribute("rrnRevealed", rrn.formatted()));
		return chart(patient, model, locale);
	}

	/** The header's next visit with its day and time in the center's zone. */
	public record NextVisit(org.cutis.patient.UpcomingVisits.UpcomingVisit visit, String when) {
	}

	/** Timeline entries the chart shows before "show all": a screenful or three for the clinician. */
	static final int TIMELINE_SHOWN = 100;

	private String chart(Patient patient, Model model, Locale locale) {
		UUID id = patient.id();
		model.addAttribute("patient", patient);
		model.addAttribute("details", patient.details());
		model.addAttribute("age", patient.ageOn(LocalDate.now(clock)));
		// a long history opens with its newest entries, read as such; the rest is one link away
		boolean whole = Boolean.TRUE.equals(model.getAttribute("wholeTimeline"));
		TimelineEntry.Recent shown = whole ? timeline.whole(patient) : timeline.recent(patient, TIMELINE_SHOWN);
		model.addAttribute("timeline", TimelineLine.render(shown.entries(), messages, locale));
		model.addAttribute("timelineTotal", shown.total());
		model.addAttribute("warnings", TimelineLine.render(timeline.warningsOf(patient), messages, locale));
		model.addAttribute("history", RevisionLine.render(patients.history(id), messages, locale));
		org.cutis.patient.UpcomingVisits upcoming = visits.getIfAvailable();
		model.addAttribute("nextVisit", upcoming == null ? null : upcoming.nextOf(id)
			.map(v -> new NextVisit(v, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.format(v.start().atZone(clock.getZone()))))
			.orElse(null));
		return "patient/chart";
	}

	@GetMapping("/patients/{id}/edit")
	@Requires(Permission.PATIENT_CHANGE)
	String edit(@PathVariable UUID id, Model model) {
		Patient patient = patients.view(id);
		model.addAttribute("patient", patient);
		model.addAttribute("form", PatientForm.of(patient));
		return "patient/edit";
	}

	@PostMapping("/patients/{id}")
	@Requires(Permission.PATIENT_CHANGE)
	String change(@PathVariable UUID id, @ModelAttribute("form") PatientForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				patients.change(id, form.version() == null ? -1 : form.version(), form.details(), form.essentials());
				return "redirect:/patients/" + id + "?changed";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(PatientForm.onForm(invalid), result);
			}
		}
		model.addAttribute("patient", patients.view(id));
		return "patient/edit";
	}

	@PostMapping("/patients/{id}/void")
	@Requires(Permission.PATIENT_VOID)
	String voidRecord(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason) {
		patients.voidRecord(id, reason);
		return "redirect:/patients/" + id;
	}
}
