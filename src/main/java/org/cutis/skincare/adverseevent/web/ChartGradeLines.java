package org.cutis.skincare.adverseevent.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.skincare.adverseevent.application.AdverseEventRecord;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry;

import org.springframework.stereotype.Component;

/**
 * The grade lines of a patient's skin adverse events for the patient's chart page, which includes
 * the skin-care clinic's chart fragment by this bean's name (the patient module knows nothing of
 * adverse events). The chart page's own view is audited; the events are read unaudited for it.
 */
@Component("skinAdverseEventGradeLines")
public class ChartGradeLines {
	private final AdverseEventRegistry registry;
	private final GradeChart chart;

	ChartGradeLines(AdverseEventRegistry registry, GradeChart chart) {
		this.registry = registry;
		this.chart = chart;
	}

	/** The chart's JSON, or null when the patient has no event to draw. */
	public String json(UUID patientId, Locale locale) {
		List<AdverseEventRecord> events = registry.ofPatientUnaudited(patientId)
			.stream()
			.filter(e -> !e.event().voided())
			.toList();
		return GradeChart.drawable(events) ? chart.of(patientId, events, locale) : null;
	}
}
