package org.cutis.treatment.plan.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cutis.identity.Department;
import org.cutis.identity.StaffDirectory;
import org.cutis.treatment.TreatmentCompleted;
import org.cutis.treatment.TreatmentCompleted.Responsible;
import org.cutis.treatment.TreatmentContributor;
import org.cutis.treatment.TreatmentEntry;
import org.cutis.treatment.plan.domain.ItemStatus;
import org.cutis.treatment.plan.domain.TreatmentPlan;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A plan completed: publishes {@link TreatmentCompleted} with everyone who treated (the plan's
 * done items and the treating modules' records), for follow-up planning.
 */
@Component
class Completions {
	private final ApplicationEventPublisher events;
	private final ObjectProvider<TreatmentContributor> contributors;
	private final StaffDirectory staff;

	Completions(ApplicationEventPublisher events, ObjectProvider<TreatmentContributor> contributors,
			StaffDirectory staff) {
		this.events = events;
		this.contributors = contributors;
		this.staff = staff;
	}

	void completed(TreatmentPlan plan) {
		events.publishEvent(new TreatmentCompleted(plan.cancerId(), plan.patientId(), responsible(plan),
				plan.completedOn(), plan.id()));
	}

	/**
	 * The physicians (with the department they treated in and what they gave) of the done items and
	 * recorded treatments; a department without a named physician is listed alone only if no physician of
	 * it is.
	 */
	List<Responsible> responsible(TreatmentPlan plan) {
		Set<Responsible> all = new LinkedHashSet<>();
		plan.items()
			.stream()
			.filter(i -> i.status() == ItemStatus.DONE)
			.forEach(i -> all.add(new Responsible(i.responsible(), i.department(), i.type())));
		contributors.orderedStream()
			.flatMap(c -> c.treatmentsOf(plan.cancerId()).stream())
			.forEach(e -> all.add(new Responsible(e.responsible(), department(e), e.type())));
		List<Responsible> named = all.stream().filter(r -> r.username() != null).toList();
		List<Responsible> result = new ArrayList<>(named);
		all.stream()
			.filter(r -> r.username() == null && r.department() != null)
			.filter(r -> named.stream().noneMatch(n -> r.department() == n.department()))
			.forEach(result::add);
		return List.copyOf(result);
	}

	private Department department(TreatmentEntry e) {
		if (e.department() != null && !e.department().isBlank()) {
			try {
				return Department.fromCode(e.department());
			}
			catch (IllegalArgumentException unknown) {
				// fall through to the physician's own department
			}
		}
		return e.responsible() == null ? null
				: staff.find(e.responsible()).flatMap(m -> m.departments().stream().sorted().findFirst()).orElse(null);
	}
}
