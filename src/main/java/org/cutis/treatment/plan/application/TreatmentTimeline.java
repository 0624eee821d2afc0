package org.cutis.treatment.plan.application;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.treatment.plan.domain.ItemStatus;
import org.cutis.treatment.plan.domain.PlanItem;
import org.cutis.treatment.plan.domain.TreatmentPlan;
import org.cutis.treatment.plan.domain.TreatmentPlans;

import org.springframework.stereotype.Component;

/**
 * Each plan on the chart: made, items done or cancelled, completed; each entry links to the plan.
 * The entries name the treatment and its status only (no detail, no reason), so those who follow
 * the plan's progress without clinical detail see them too.
 */
@Component
class TreatmentTimeline implements TimelineContributor {
	private final TreatmentPlans plans;
	private final java.time.Clock clock;

	TreatmentTimeline(TreatmentPlans plans, java.time.Clock clock) {
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	public Permission readPermission() {
		return Permission.TREATMENT_PLAN_STATUS;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		ZoneId zone = clock.getZone();
		for (TreatmentPlan plan : plans.findByPatientIdOrderByCreatedAtDesc(patientId)) {
			String link = "/treatment-plans/" + plan.id();
			entries.add(new TimelineEntry(plan.createdAt(), "treatment.timeline.created",
					List.of(plan.items().size()), plan.createdBy(), link));
			for (PlanItem item : plan.items()) {
				if (item.status().isFinal() && item.changedAt() != null) {
					entries.add(new TimelineEntry(item.changedAt(), "treatment.timeline.item",
							List.of("treatment.type." + item.type().code(), "treatment.status." + item.status().code(),
									String.valueOf(item.status() == ItemStatus.DONE ? item.doneOn() : item.cancelledOn())),
							item.changedBy(), link));
				}
			}
			if (plan.isCompleted()) {
				entries.add(new TimelineEntry(plan.completedAt() != null ? plan.completedAt()
						: plan.completedOn().atTime(LocalTime.NOON).atZone(zone).toInstant(),
						"treatment.timeline.completed", List.of(String.valueOf(plan.completedOn())),
						org.cutis.identity.StaffNames.SYSTEM, link));
			}
		}
		return entries;
	}
}
