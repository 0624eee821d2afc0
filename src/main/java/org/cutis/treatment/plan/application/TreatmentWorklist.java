package org.cutis.treatment.plan.application;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Department;
import org.cutis.treatment.plan.domain.ItemStatus;
import org.cutis.treatment.plan.domain.PlanItem;
import org.cutis.treatment.plan.domain.TreatmentPlan;
import org.cutis.treatment.plan.domain.TreatmentPlans;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My patients to treat": the planned and started items the current user is responsible for,
 * and the unassigned ones of their departments; started first, then oldest plan first. Every
 * patient listed is audited.
 */
@Service
@Transactional
public class TreatmentWorklist {
	private final TreatmentPlans plans;
	private final CurrentUser currentUser;
	private final AuditLog audit;

	TreatmentWorklist(TreatmentPlans plans, CurrentUser currentUser, AuditLog audit) {
		this.plans = plans;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	public List<WorkItem> mine() {
		CutisPrincipal me = currentUser.principal().orElse(null);
		if (me == null) {
			return List.of();
		}
		// an account without departments still has its own items; the query needs a non-empty list
		Set<Department> departments = me.departments().isEmpty() ? EnumSet.of(Department.ADMINISTRATION)
				: me.departments();
		List<WorkItem> items = plans
			.withOpenItemsFor(me.username(), departments, EnumSet.of(ItemStatus.PLANNED, ItemStatus.IN_PROGRESS))
			.stream()
			.flatMap(p -> p.items().stream().map(i -> new WorkItem(p, i)))
			.filter(w -> w.item().status().isOpen())
			.filter(w -> me.username().equals(w.item().responsible())
					|| (w.item().responsible() == null && me.departments().contains(w.item().department())))
			.sorted(Comparator.comparing((WorkItem w) -> w.item().status() == ItemStatus.IN_PROGRESS ? 0 : 1)
				.thenComparing(w -> w.plan().createdAt()))
			.toList();
		audit.listed("treatment-worklist", null, items.stream().map(w -> w.plan().patientId()).distinct().toList());
		return items;
	}

	/** An open item with its plan. */
	public record WorkItem(TreatmentPlan plan, PlanItem item) {
	}
}
