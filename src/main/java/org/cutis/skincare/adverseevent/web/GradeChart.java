package org.cutis.skincare.adverseevent.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cutis.oncology.SystemicCourseDates;
import org.cutis.skincare.adverseevent.application.AdverseEventRecord;
import org.cutis.skincare.adverseevent.domain.GradeAssessment;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the small grade-over-time chart (drawn by ECharts in js/ae-grade-chart.js): one line
 * per adverse event (each assessment's grade, 0 on the day it resolved) and, when the patient has
 * systemic courses, each cycle on the same time axis. Texts come in the reader's language.
 */
@Component
class GradeChart {
	private final SystemicCourseDates courses;
	private final CtcaeTermNames terms;
	private final MessageSource messages;
	private final JsonMapper json;

	GradeChart(SystemicCourseDates courses, CtcaeTermNames terms, MessageSource messages, JsonMapper json) {
		this.courses = courses;
		this.terms = terms;
		this.messages = messages;
		this.json = json;
	}

	String of(UUID patientId, List<AdverseEventRecord> events, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("gradeAxis", messages.getMessage("adverseevent.chart.grade", null, locale));
		List<Map<String, Object>> series = new ArrayList<>();
		for (AdverseEventRecord record : events) {
			if (record.event().voided()) {
				continue;
			}
			List<List<Object>> points = new ArrayList<>();
			for (GradeAssessment a : record.assessments()) {
				points.add(List.of(a.assessedOn().toString(), a.grade()));
			}
			if (record.event().resolvedOn() != null) {
				points.add(List.of(record.event().resolvedOn().toString(), 0));
			}
			series.add(Map.of("name", terms.label(record.event().term(), locale), "points", points));
		}
		chart.put("series", series);
		List<Map<String, Object>> cycles = new ArrayList<>();
		for (SystemicCourseDates.Course course : courses.ofPatient(patientId)) {
			for (SystemicCourseDates.Cycle cycle : course.cycles()) {
				cycles.add(Map.of("date", cycle.date().toString(), "label",
						messages.getMessage(cycle.held() ? "adverseevent.chart.cycleHeld" : "adverseevent.chart.cycle",
								new Object[] { cycle.number() }, locale),
						"held", cycle.held()));
			}
		}
		chart.put("cycles", cycles);
		chart.put("hasCycles", !cycles.isEmpty());
		return json.writeValueAsString(chart);
	}

	/** True when there is anything to draw (at least one assessment). */
	static boolean drawable(List<AdverseEventRecord> events) {
		return events.stream().anyMatch(e -> !e.event().voided());
	}
}
