package org.cutis.surveillance.plan.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillancePlans;

import org.springframework.stereotype.Component;

/** The chart shows each plan's proposal, activation and end, linked to the plan page (the combined calendar is one click on). */
@Component
class SurveillanceTimeline implements TimelineContributor {
	private final SurveillancePlans plans;

	SurveillanceTimeline(SurveillancePlans plans) {
		this.plans = plans;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (SurveillancePlan p : plans.findByPatientIdOrderByProposedAtAsc(patientId)) {
			String link = "/surveillance-plans/" + p.id();
			entries.add(new TimelineEntry(p.proposedAt(), "surveillance.timeline.proposed", List.of(p.guideline()), null,
					link));
			if (p.activatedAt() != null) {
				entries.add(new TimelineEntry(p.activatedAt(), "surveillance.timeline.activated", List.of(p.guideline()),
						p.activatedBy(), link));
			}
			if (p.endedAt() != null) {
				entries.add(new TimelineEntry(p.endedAt(), "surveillance.timeline.ended." + p.endReason(), List.of(),
						p.endedBy(), link));
			}
		}
		return entries;
	}

	@Override
	public Permission readPermission() {
		return Permission.SURVEILLANCE_READ;
	}
}
