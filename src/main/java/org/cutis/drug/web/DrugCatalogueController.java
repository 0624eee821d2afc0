package org.cutis.drug.web;

import org.cutis.drug.DrugClass;
import org.cutis.drug.application.DrugMaintenance;
import org.cutis.drug.domain.Drug;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The drug catalogue page: every staff member reads it; oncologists and administrators maintain it. */
@Controller
class DrugCatalogueController {
	private final DrugMaintenance maintenance;

	DrugCatalogueController(DrugMaintenance maintenance) {
		this.maintenance = maintenance;
	}

	@GetMapping("/drugs")
	@Requires(Permission.DRUG_CATALOGUE_READ)
	String catalogue(@RequestParam(name = "q", required = false) String q, Model model) {
		model.addAttribute("drugForm", DrugForm.blank());
		return page(q, model);
	}

	@PostMapping("/drugs")
	@Requires(Permission.DRUG_CATALOGUE_MANAGE)
	String add(@ModelAttribute("drugForm") DrugForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				Drug added = maintenance.add(form.nameKo(), form.nameEn(), form.atc(), form.drugClass());
				return "redirect:/drugs#drug-" + added.code();
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return page(null, model);
	}

	/** Retires a drug (new records no longer offer it) or restores it. */
	@PostMapping("/drugs/{code}/active")
	@Requires(Permission.DRUG_CATALOGUE_MANAGE)
	String setActive(@PathVariable String code, @RequestParam boolean active,
			@RequestParam(required = false) Long version) {
		Drug drug = maintenance.setActive(code, active, version);
		return "redirect:/drugs#drug-" + drug.code();
	}

	private String page(String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("drugs", maintenance.list(q).stream().map(Row::of).toList());
		model.addAttribute("drugClasses", DrugClass.values());
		return "drug/catalogue";
	}

	/** A catalogue row: the drug as others see it, with the version its retire/restore form sends. */
	record Row(org.cutis.drug.CatalogueDrug drug, long version) {
		static Row of(Drug d) {
			return new Row(d.view(), d.version());
		}
	}
}
