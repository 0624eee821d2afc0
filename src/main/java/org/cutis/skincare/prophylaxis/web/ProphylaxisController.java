package org.cutis.skincare.prophylaxis.web;

import java.util.List;
import java.util.UUID;

import org.cutis.drug.DrugCatalogue;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.web.FormErrors;
import org.cutis.skincare.prophylaxis.application.Prophylaxis;
import org.cutis.skincare.prophylaxis.domain.SkinProphylaxis;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The dermatologist's list of proposed pre-emptive skin regimens and each proposal's page. */
@Controller
class ProphylaxisController {
	private final Prophylaxis prophylaxis;
	private final PatientDirectory patients;
	private final DrugCatalogue drugs;

	ProphylaxisController(Prophylaxis prophylaxis, PatientDirectory patients, DrugCatalogue drugs) {
		this.prophylaxis = prophylaxis;
		this.patients = patients;
		this.drugs = drugs;
	}

	/** A proposal with its patient and the drug's name in the reader's language. */
	public record Row(SkinProphylaxis proposal, PatientSummary patient, String drugName) {
		public String patientLabel() {
			return patient == null ? "-" : patient.displayName() + " · " + patient.mrn();
		}
	}

	@GetMapping("/skin-prophylaxis")
	@Requires(Permission.SKIN_PROPHYLAXIS_READ)
	String waiting(Model model) {
		model.addAttribute("rows", prophylaxis.waiting().stream().map(this::row).toList());
		return "skincare/prophylaxis-worklist";
	}

	@GetMapping("/skin-prophylaxis/{id}")
	@Requires(Permission.SKIN_PROPHYLAXIS_READ)
	String one(@PathVariable UUID id, Model model) {
		SkinProphylaxis p = prophylaxis.view(id);
		DecisionForm form = new DecisionForm();
		form.setVersion(p.version());
		model.addAttribute("form", form);
		return page(p, model);
	}

	@PostMapping("/skin-prophylaxis/{id}/accept")
	@Requires(Permission.SKIN_PROPHYLAXIS_DECIDE)
	String accept(@PathVariable UUID id, @ModelAttribute("form") DecisionForm form) {
		prophylaxis.accept(id, form.getVersion());
		return "redirect:/skin-prophylaxis/" + id;
	}

	@PostMapping("/skin-prophylaxis/{id}/decline")
	@Requires(Permission.SKIN_PROPHYLAXIS_DECIDE)
	String decline(@PathVariable UUID id, @ModelAttribute("form") DecisionForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				prophylaxis.decline(id, form.getReason(), form.getVersion());
				return "redirect:/skin-prophylaxis/" + id;
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return page(prophylaxis.find(id).orElseThrow(() -> new NotFound("skin-prophylaxis", id)), model);
	}

	private String page(SkinProphylaxis p, Model model) {
		model.addAttribute("row", row(p));
		return "skincare/prophylaxis";
	}

	private Row row(SkinProphylaxis p) {
		boolean korean = "ko".equals(LocaleContextHolder.getLocale().getLanguage());
		return new Row(p, patients.find(p.patientId()).orElse(null),
				drugs.find(p.drugCode()).map(d -> d.name(korean)).orElse(p.drugCode()));
	}

	static List<String> itemKeys(SkinProphylaxis p) {
		return p.items().stream().map(i -> "rules.oncoderm.prophylaxis." + i).toList();
	}
}
