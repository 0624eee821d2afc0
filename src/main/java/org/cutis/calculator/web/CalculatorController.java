package org.cutis.calculator.web;

import java.util.List;
import java.util.Locale;

import org.cutis.calculator.web.Calculators.Family;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calculators page. Each form posts to {@code /calculators/{rule}}, which re-renders the whole
 * page (works without JavaScript); with htmx the same form posts to
 * {@code /calculators/{rule}/result} and only its card (fields, messages, result) is swapped.
 */
@Controller
@Requires(Permission.CALCULATORS)
class CalculatorController {
	private final Calculations calculations;

	CalculatorController(Calculations calculations) {
		this.calculations = calculations;
	}

	@GetMapping("/calculators")
	String page(Model model) {
		return page(model, null);
	}

	/** A language switch on a page that was answered to a POST lands here: back to the page. */
	@GetMapping("/calculators/{rule}")
	String back(@PathVariable String rule) {
		return "redirect:/calculators";
	}

	@PostMapping("/calculators/{rule}")
	String calculate(@PathVariable String rule, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale) {
		return page(model, calculations.evaluate(calculator(rule), withoutCsrf(form), locale));
	}

	@PostMapping("/calculators/{rule}/result")
	String card(@PathVariable String rule, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale) {
		model.addAttribute("card", calculations.evaluate(calculator(rule), withoutCsrf(form), locale));
		return "calculator/card :: card";
	}

	private String page(Model model, CalculatorCard answered) {
		List<FamilyView> families = Calculators.FAMILIES.stream()
			.map(family -> new FamilyView(family, family.calculators()
				.stream()
				.map(c -> answered != null && answered.getRule().equals(c.rule()) ? answered : CalculatorCard.fresh(c))
				.toList()))
			.toList();
		model.addAttribute("families", families);
		return "calculator/calculators";
	}

	private static Calculator calculator(String rule) {
		return Calculators.byRule(rule).orElseThrow(() -> new NotFound("calculator", rule));
	}

	private static MultiValueMap<String, String> withoutCsrf(MultiValueMap<String, String> form) {
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(form);
		copy.remove("_csrf");
		return copy;
	}

	/** A family heading with its cards, as the page lays them out. */
	public record FamilyView(Family family, List<CalculatorCard> cards) {
		public String getId() {
			return "family-" + family.name();
		}

		public String getTitleKey() {
			return family.titleKey();
		}
	}
}
