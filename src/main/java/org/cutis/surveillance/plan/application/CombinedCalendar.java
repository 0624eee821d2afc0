package org.cutis.surveillance.plan.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.surveillance.plan.domain.Merging;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillancePlans;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;
import org.cutis.surveillance.plan.domain.SurveillanceVisits;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One calendar per patient: visits newly written into a plan (at activation, or when the lifelong
 * skin checks are extended) merge into the open visits of the patient's other active plans within
 * the merge window (cutis.surveillance.merge-window), so the patient comes once.
 */
@Service
@Transactional
class CombinedCalendar {
	private final SurveillancePlans plans;
	private final SurveillanceVisits visits;
	private final SurveillanceProperties properties;

	CombinedCalendar(SurveillancePlans plans, SurveillanceVisits visits, SurveillanceProperties properties) {
		this.plans = plans;
		this.visits = visits;
		this.properties = properties;
	}

	/** Merges the new visits of a plan (not yet saved) into the patient's open visits of the other active plans. */
	void merge(SurveillancePlan plan, List<SurveillanceVisit> added) {
		List<SurveillanceVisit> others = new ArrayList<>();
		for (SurveillancePlan other : plans.findByPatientIdOrderByProposedAtAsc(plan.patientId())) {
			if (other.id().equals(plan.id()) || !SurveillancePlan.ACTIVE.equals(other.status())) {
				continue;
			}
			visits.findByPlanIdOrderByDueOnAsc(other.id()).stream()
				.filter(v -> SurveillanceVisit.PLANNED.equals(v.status()) || SurveillanceVisit.BOOKED.equals(v.status()))
				.forEach(others::add);
		}
		List<UUID> targets = Merging.targets(slots(others), slots(added), properties.mergeWindowDays());
		for (int i = 0; i < added.size(); i++) {
			if (targets.get(i) != null) {
				added.get(i).mergeInto(targets.get(i));
			}
		}
	}

	private static List<Merging.Slot> slots(List<SurveillanceVisit> list) {
		return list.stream().map(v -> new Merging.Slot(v.id(), v.kind(), v.dueOn())).toList();
	}
}
