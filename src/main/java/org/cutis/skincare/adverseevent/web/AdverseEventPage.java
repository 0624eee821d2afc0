package org.cutis.skincare.adverseevent.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cutis.drug.DrugCatalogue;
import org.cutis.patient.PatientDirectory;
import org.cutis.referral.RedFlag;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.ctcae.CtcaeTerm;
import org.cutis.shared.InvalidInput;
import org.cutis.skincare.adverseevent.application.AdverseEventRecord;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry;
import org.cutis.skincare.adverseevent.application.ManagementAdvice;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * An event's page: proposal and its definition, confirmation, advice, grade history, photos,
 * follow-up, resolution. Every form on it (the event's and its photos') comes back to this page
 * when refused, with the messages and the form that failed, so it is built in one place.
 */
@Component
class AdverseEventPage {
	private final AdverseEventRegistry registry;
	private final ManagementAdvice advice;
	private final PatientDirectory patients;
	private final DrugCatalogue catalogue;
	private final CtcaeTermNames terms;
	private final GradeChart chart;
	private final AdverseEventViews views;
	private final MessageSource messages;
	private final Clock clock;

	AdverseEventPage(AdverseEventRegistry registry, ManagementAdvice advice, PatientDirectory patients,
			DrugCatalogue catalogue, CtcaeTermNames terms, GradeChart chart, AdverseEventViews views,
			MessageSource messages, Clock clock) {
		this.registry = registry;
		this.advice = advice;
		this.patients = patients;
		this.catalogue = catalogue;
		this.terms = terms;
		this.chart = chart;
		this.views = views;
		this.messages = messages;
		this.clock = clock;
	}

	String show(AdverseEventRecord record, List<String> errors, String failedForm, Model model, Locale locale) {
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

	/** The refusal's messages in the reader's language, for the page's error list. */
	List<String> errors(RuntimeException problem, Locale locale) {
		if (problem instanceof InvalidInput invalid) {
			return invalid.problems()
				.stream()
				.map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))
				.toList();
		}
		return List.of(((InvalidInputException) problem).message(locale));
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
}
