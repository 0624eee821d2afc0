package org.cutis.skincare.oncologyadvice.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.identity.CurrentUser;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.web.FormErrors;
import org.cutis.skincare.oncologyadvice.application.OncologyAdvice;
import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendation;
import org.cutis.skincare.oncologyadvice.domain.Outcome;

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
 * The oncologist's worklist of skin-care clinic recommendations awaiting an answer, the oncology
 * department's list, and each recommendation with the form to answer it.
 */
@Controller
class OncologyAdviceController {
	private final OncologyAdvice advice;
	private final PatientDirectory patients;
	private final CurrentUser currentUser;
	private final MessageSource messages;

	OncologyAdviceController(OncologyAdvice advice, PatientDirectory patients, CurrentUser currentUser,
			MessageSource messages) {
		this.advice = advice;
		this.messages = messages;
		this.patients = patients;
		this.currentUser = currentUser;
	}

	/** A recommendation with its patient, as a row or a page shows it. */
	public record Row(OncologyRecommendation recommendation, PatientSummary patient) {
		/** The CTCAE term's message key: the rules name every term in both languages. */
		public String termKey() {
			return "rules.term." + recommendation.aeTerm().replaceAll("[^A-Za-z0-9]+", "-");
		}

		public String patientLabel() {
			return patient == null ? "-" : patient.displayName() + " · " + patient.mrn();
		}
	}

	@GetMapping("/oncology-recommendations")
	@Requires(Permission.ONCOLOGY_ADVICE_READ)
	String mine(Model model) {
		boolean oncologist = currentUser.principal()
			.map(p -> p.role() == Role.ONCOLOGIST || p.role() == Role.RADIATION_ONCOLOGIST)
			.orElse(false);
		model.addAttribute("rows", rows(oncologist ? advice.awaitingMe()
				: advice.concerningMe(OncologyAdvice.Listing.OPEN)));
		model.addAttribute("oncologist", oncologist);
		model.addAttribute("scope", "mine");
		return "skincare/oncology-recommendations";
	}

	@GetMapping("/oncology-recommendations/department")
	@Requires(Permission.ONCOLOGY_ADVICE_READ)
	String department(Model model) {
		model.addAttribute("rows", rows(advice.ofMyDepartments()));
		model.addAttribute("oncologist", true);
		model.addAttribute("scope", "department");
		return "skincare/oncology-recommendations";
	}

	@GetMapping("/oncology-recommendations/{id}")
	@Requires(Permission.ONCOLOGY_ADVICE_READ)
	String one(@PathVariable UUID id, Model model) {
		OncologyRecommendation r = advice.view(id);
		AcknowledgeForm form = new AcknowledgeForm();
		form.setVersion(r.version());
		model.addAttribute("form", form);
		return page(r, model);
	}

	@PostMapping("/oncology-recommendations/{id}/acknowledge")
	@Requires(Permission.ONCOLOGY_ADVICE_ACKNOWLEDGE)
	String acknowledge(@PathVariable UUID id, @ModelAttribute("form") AcknowledgeForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				advice.acknowledge(id, form.getOutcome(), form.getReason(), form.getVersion());
				return "redirect:/oncology-recommendations/" + id;
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return page(advice.find(id).orElseThrow(() -> new org.cutis.shared.NotFound("oncology-recommendation", id)),
				model);
	}

	/** Sent from the adverse event's page; problems are shown there, in the reader's language. */
	@PostMapping("/adverse-events/{id}/recommendations")
	@Requires(Permission.ONCOLOGY_ADVICE_SEND)
	String recommend(@PathVariable UUID id, @RequestParam(required = false) String action,
			@RequestParam(required = false) String oncologist, @RequestParam(required = false) String note,
			RedirectAttributes redirect, Locale locale) {
		try {
			advice.recommend(id, action, oncologist, note);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("adviceErrors", FormErrors.texts(invalid, messages, locale));
		}
		return "redirect:/adverse-events/" + id + "#oncology-advice";
	}

	private String page(OncologyRecommendation r, Model model) {
		model.addAttribute("row", new Row(r, patients.find(r.patientId()).orElse(null)));
		model.addAttribute("outcomes", Outcome.values());
		return "skincare/oncology-recommendation";
	}

	private List<Row> rows(List<OncologyRecommendation> found) {
		return found.stream().map(r -> new Row(r, patients.find(r.patientId()).orElse(null))).toList();
	}
}
