package org.cutis.skincare.adverseevent.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.skincare.adverseevent.domain.GradeAssessment;
import org.cutis.skincare.adverseevent.domain.SkinAdverseEvent;

import org.springframework.stereotype.Component;

/** Skin adverse events on the patient's chart timeline: recorded, each follow-up, resolved. */
@Component
class AdverseEventTimeline implements TimelineContributor {
	private final AdverseEventRegistry registry;

	AdverseEventTimeline(AdverseEventRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Permission readPermission() {
		return Permission.SKIN_AE_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (AdverseEventRecord record : registry.ofPatientUnaudited(patientId)) {
			SkinAdverseEvent e = record.event();
			if (e.voided()) {
				continue;
			}
			String link = "/adverse-events/" + e.id();
			String term = "rules.term." + e.termName().replaceAll("[^A-Za-z0-9]+", "-");
			List<GradeAssessment> history = record.assessments();
			for (int i = 0; i < history.size(); i++) {
				GradeAssessment a = history.get(i);
				entries.add(i == 0
						? new TimelineEntry(a.assessedAt(), "adverseevent.timeline.recorded", List.of(term, a.proposedGrade()),
								a.assessedBy(), link)
						: new TimelineEntry(a.assessedAt(), "adverseevent.timeline.assessed", List.of(term, a.grade()),
								a.assessedBy(), link));
			}
			if (e.resolvedOn() != null) {
				entries.add(new TimelineEntry(e.resolvedAt(), "adverseevent.timeline.resolved",
						List.of(term, e.resolvedOn().toString()), e.resolvedBy(), link));
			}
		}
		return entries;
	}
}
