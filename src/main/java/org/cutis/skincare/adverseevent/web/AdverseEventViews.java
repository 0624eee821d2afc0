package org.cutis.skincare.adverseevent.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cutis.drug.DrugCatalogue;
import org.cutis.skincare.adverseevent.application.AdverseEventRecord;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry;
import org.cutis.skincare.adverseevent.application.ManagementAdvice;
import org.cutis.skincare.adverseevent.application.ManagementAdvice.Advice;
import org.cutis.skincare.adverseevent.domain.AttributedDrug;
import org.cutis.skincare.adverseevent.domain.GradeAssessment;
import org.cutis.skincare.adverseevent.domain.GradeProposal;

import org.springframework.stereotype.Component;

/** Builds the API's and the pages' view of an event: findings read back, the proposal's why, the advice. */
@Component
class AdverseEventViews {
	private final AdverseEventRegistry registry;
	private final ManagementAdvice advice;
	private final DrugCatalogue catalogue;

	AdverseEventViews(AdverseEventRegistry registry, ManagementAdvice advice, DrugCatalogue catalogue) {
		this.registry = registry;
		this.advice = advice;
		this.catalogue = catalogue;
	}

	AdverseEventView of(AdverseEventRecord record, Locale locale) {
		Map<String, Map<String, Object>> findings = new LinkedHashMap<>();
		for (GradeAssessment a : record.assessments()) {
			findings.put(a.id().toString(), registry.findingsOf(a));
		}
		Map<AttributedDrug, Advice> byDrug = advice.byDrug(record.event(), record.drugs());
		return AdverseEventView.of(record, findings, why(record, locale), byDrug, advice.strongest(byDrug).orElse(null),
				code -> code == null ? null : catalogue.find(code).orElse(null), locale);
	}

	/** Why the rule proposed the latest grade, in the reader's language (the rule is deterministic). */
	List<String> why(AdverseEventRecord record, Locale locale) {
		GradeProposal proposal = GradeProposal.of(record.event().term(), registry.findingsOf(record.latest()));
		return org.cutis.rules.common.Explanation.render(proposal.why(), locale);
	}
}
