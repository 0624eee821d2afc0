package org.cutis.skincare.oncologyadvice.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.identity.StaffNames;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.shared.TypedText;
import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendation;

import org.springframework.stereotype.Component;

/**
 * The advice on the chart: sent to the oncologist, escalated to the department, answered. The
 * note and a disagreement's reason are quoted as typed.
 */
@Component
class AdviceTimeline implements TimelineContributor {
	private final OncologyAdvice advice;
	private final StaffNames staffNames;

	AdviceTimeline(OncologyAdvice advice, StaffNames staffNames) {
		this.advice = advice;
		this.staffNames = staffNames;
	}

	@Override
	public Permission readPermission() {
		return Permission.ONCOLOGY_ADVICE_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (OncologyRecommendation r : advice.ofPatient(patientId)) {
			String link = OncologyAdvice.link(r.id());
			String term = "rules.term." + r.aeTerm().replaceAll("[^A-Za-z0-9]+", "-");
			entries.add(new TimelineEntry(r.sentAt(),
					r.urgent() ? "skincare.advice.timeline.sentUrgent" : "skincare.advice.timeline.sent",
					List.of(staffNames.label(r.oncologist()), "skincare.advice.action." + r.action().code(), term,
							r.grade()),
					r.sentBy(), link));
			if (r.escalated()) {
				entries.add(new TimelineEntry(r.escalatedAt(), "skincare.advice.timeline.escalated",
						List.of("identity.department." + r.department().code()), StaffNames.SYSTEM, link));
			}
			if (r.acknowledgedAt() != null) {
				entries.add(r.reason() == null
						? new TimelineEntry(r.acknowledgedAt(), "skincare.advice.timeline.acknowledged",
								List.of("skincare.advice.outcome." + r.outcome().code()), r.acknowledgedBy(), link)
						: new TimelineEntry(r.acknowledgedAt(), "skincare.advice.timeline.acknowledgedWithReason",
								List.of("skincare.advice.outcome." + r.outcome().code(), TypedText.of(r.reason())),
								r.acknowledgedBy(), link));
			}
		}
		return entries;
	}
}
