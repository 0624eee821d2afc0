package org.cutis.referral.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.Role;
import org.cutis.identity.StaffDirectory;
import org.cutis.drug.DrugCatalogue;
import org.cutis.patient.PatientDirectory;
import org.cutis.referral.RedFlag;
import org.cutis.referral.ReferralDetails;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.SourceKind;
import org.cutis.referral.Urgency;
import org.cutis.referral.application.ReferralManagement;
import org.cutis.referral.application.TriageWorklist;
import org.cutis.referral.domain.Referral;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.Paged;
import org.cutis.shared.Paging;
import org.cutis.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@Requires(Permission.REFERRAL_READ)
class ReferralController {
	private final ReferralManagement referrals;
	private final TriageWorklist worklist;
	private final PatientDirectory patients;
	private final StaffDirectory staff;
	private final DrugCatalogue catalogue;
	private final MessageSource messages;

	ReferralController(ReferralManagement referrals, TriageWorklist worklist, PatientDirectory patients,
			StaffDirectory staff, DrugCatalogue catalogue, MessageSource messages) {
		this.referrals = referrals;
		this.worklist = worklist;
		this.patients = patients;
		this.staff = staff;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("reasons", ReferralReason.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("sourceKinds", SourceKind.values());
		model.addAttribute("departments", ReferralDetails.DEPARTMENTS);
		model.addAttribute("redFlagChoices", RedFlag.values());
	}

	/** The intake form's pickers: the active drug catalogue and the oncologists of this hospital. */
	private void pickers(Model model) {
		model.addAttribute("catalogueDrugs", catalogue.active());
		model.addAttribute("oncologists", referrals.oncologists());
	}

	/** One page of the triage worklist; page from 0, size up to {@link Paging#MAX_SIZE} (a wrong one: 400). */
	@GetMapping("/referrals")
	String worklist(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Model model) {
		Paged<TriageWorklist.WorklistRow> paged = worklist.page(Paging.of(page, size));
		model.addAttribute("paged", paged);
		model.addAttribute("rows", paged.rows());
		return "referral/worklist";
	}

	@GetMapping("/patients/{patientId}/referrals/new")
	@Requires(Permission.REFERRAL_RECEIVE)
	String intake(@PathVariable UUID patientId, Model model) {
		model.addAttribute("patient", patients.find(patientId).orElseThrow(() -> new NotFound("patient", patientId)));
		model.addAttribute("form", ReferralForm.blank(patientId));
		pickers(model);
		return "referral/intake";
	}

	@PostMapping("/referrals")
	@Requires(Permission.REFERRAL_RECEIVE)
	String receive(@ModelAttribute("form") ReferralForm form, BindingResult result, Model model) {
		if (form.patientId() == null) {
			// the intake form belongs to a patient; without one there is no form to show again
			throw new NotFound("patient", null);
		}
		if (!result.hasErrors()) {
			try {
				Referral referral = referrals.receive(form.patientId(), form.details());
				return "redirect:/patients/" + referral.patientId() + "?referred";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(onFormFields(invalid, form), result);
			}
		}
		model.addAttribute("patient", patients.find(form.patientId()).orElse(null));
		pickers(model);
		return "referral/intake";
	}

	/**
	 * The API's field names as the form's: the n-th drug is a picked code (drugs) or a typed free
	 * entry (otherDrugs), the outside oncologist is two fields.
	 */
	private static InvalidInput onFormFields(InvalidInput invalid, ReferralForm form) {
		int picked = form.drugs() == null ? 0 : (int) form.drugs().stream().filter(d -> d != null && !d.isBlank()).count();
		return new InvalidInput(invalid.problems().stream().map(p -> {
			String field = p.field();
			if (field != null && field.startsWith("drugs[")) {
				int index = Integer.parseInt(field.substring("drugs[".length(), field.indexOf(']')));
				field = index < picked ? "drugs" : "otherDrugs";
			}
			else if ("outsideOncologist.name".equals(field)) {
				field = "outsideOncologistName";
			}
			else if ("outsideOncologist.hospital".equals(field)) {
				field = "outsideOncologistHospital";
			}
			return new InvalidInput.FieldProblem(field, p.messageKey(), p.args());
		}).toList());
	}

	@GetMapping("/referrals/{id}")
	String referral(@PathVariable UUID id, Model model, Locale locale) {
		Referral referral = referrals.view(id);
		model.addAttribute("referral", referral);
		List<String> redFlagLabels = referral.redFlags()
			.stream()
			.map(f -> messages.getMessage("referral.redFlag." + f.code(), null, locale))
			.toList();
		model.addAttribute("redFlagLabels", redFlagLabels);
		model.addAttribute("patient", patients.find(referral.patientId()).orElse(null));
		model.addAttribute("dermatologists", staff.withRole(Role.DERMATOLOGIST));
		model.addAttribute("appointment", referrals.appointmentOf(referral.id())
			.map(v -> new BookedView(v, v.start().atZone(referrals.zone()).toLocalDate().toString(),
					java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(v.start().atZone(referrals.zone()))))
			.orElse(null));
		return "referral/referral";
	}

	/** The visit booked at acceptance with its day and time in the center's zone. */
	public record BookedView(org.cutis.referral.ReferralAppointments.BookedVisit visit, String date, String time) {
	}

	@PostMapping("/referrals/{id}/accept")
	@Requires(Permission.REFERRAL_TRIAGE)
	String accept(@PathVariable UUID id, @RequestParam(defaultValue = "") String dermatologist,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appointmentDate,
			@RequestParam(defaultValue = "") String appointmentStart, RedirectAttributes redirect,
			java.util.Locale locale) {
		try {
			referrals.accept(id, dermatologist, appointmentDate, referrals.appointmentStart(appointmentStart));
		}
		catch (InvalidInput invalid) {
			// the clinic says why a day cannot be booked (no session, leave, full), with the doctor and the day
			redirect.addFlashAttribute("decisionProblems", org.cutis.shared.web.FormErrors.texts(invalid, messages, locale));
			return "redirect:/referrals/" + id;
		}
		return "redirect:/referrals";
	}

	@PostMapping("/referrals/{id}/decline")
	@Requires(Permission.REFERRAL_TRIAGE)
	String decline(@PathVariable UUID id, @RequestParam(defaultValue = "") String declineReason,
			RedirectAttributes redirect) {
		try {
			referrals.decline(id, declineReason);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("decisionError", invalid.problems().get(0).messageKey());
			return "redirect:/referrals/" + id;
		}
		return "redirect:/referrals";
	}
}
