package org.cutis.skincare.adverseevent.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cutis.drug.CatalogueDrug;
import org.cutis.drug.DrugCatalogue;
import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;
import org.cutis.skincare.adverseevent.domain.AttributedDrug;
import org.cutis.skincare.adverseevent.domain.Attribution;
import org.cutis.skincare.adverseevent.domain.SkinAdverseEvent;

import org.springframework.stereotype.Component;

/**
 * What to tell oncology about an adverse event, from the rule {@code oncoderm.advice} (drug class
 * x term x grade), asked for each catalogue drug the event is attributed to (not for unrelated
 * ones, nor for free entries, which have no class). The event's single advice follows the drug
 * with the strongest attribution, the first listed among equals. Until the rule exists the
 * engine answers "unknown rule", which reads as no advice.
 */
@Component
public class ManagementAdvice {
	private static final RuleEngine RULES = new RuleEngine();

	private final DrugCatalogue catalogue;

	ManagementAdvice(DrugCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The rule's answer for one drug. */
	public record Advice(AttributedDrug drug, String drugClass, RuleOutcome.Success outcome) {
		public String action() {
			Object action = outcome.result().get("action");
			return String.valueOf(action != null ? action : outcome.value());
		}

		/** The suggested skin treatment in English (the contract's language). */
		public String skinTreatment() {
			Object text = outcome.result().get("skinTreatment");
			return text == null ? null : String.valueOf(text);
		}

		public String skinTreatment(Locale locale) {
			Object text = outcome.resultText("skinTreatment", locale);
			return text == null ? null : String.valueOf(text);
		}

		public String source() {
			Object source = outcome.result().get("source");
			return source != null ? String.valueOf(source) : outcome.source();
		}

		/** False where the rule's row could not be checked against its source: shown as unverified. */
		public boolean verified() {
			return Boolean.TRUE.equals(outcome.result().get("verified"));
		}

		public List<String> why(Locale locale) {
			return outcome.explanation(locale);
		}
	}

	/** Per attributed catalogue drug, in the order listed; empty where the rule gives nothing. */
	public Map<AttributedDrug, Advice> byDrug(SkinAdverseEvent event, List<AttributedDrug> drugs) {
		Map<AttributedDrug, Advice> advice = new LinkedHashMap<>();
		for (AttributedDrug drug : drugs) {
			if (drug.freeEntry() || drug.attribution() == Attribution.UNRELATED) {
				continue;
			}
			Optional<CatalogueDrug> catalogued = catalogue.find(drug.drugCode());
			if (catalogued.isEmpty()) {
				continue;
			}
			String drugClass = catalogued.get().drugClass().code();
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("drugClass", drugClass);
			input.put("term", event.termName());
			input.put("grade", event.currentGrade());
			if (RULES.evaluate("oncoderm.advice", input) instanceof RuleOutcome.Success success) {
				advice.put(drug, new Advice(drug, drugClass, success));
			}
		}
		return advice;
	}

	/** The advice of the drug with the strongest attribution, the first listed among equals. */
	public Optional<Advice> strongest(Map<AttributedDrug, Advice> byDrug) {
		List<Advice> all = new ArrayList<>(byDrug.values());
		return all.stream().max(Comparator.comparingInt((Advice a) -> a.drug().attribution().strength())
			.thenComparing(a -> -all.indexOf(a)));
	}
}
