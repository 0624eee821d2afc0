package org.cutis.treatment.plan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.identity.StaffDirectory;
import org.cutis.identity.StaffMember;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.Forbidden;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.treatment.TreatmentRecorded;
import org.cutis.treatment.TreatmentReferral;
import org.cutis.treatment.TreatmentType;
import org.cutis.treatment.plan.domain.ItemSource;
import org.cutis.treatment.plan.domain.ItemStatus;
import org.cutis.treatment.plan.domain.PlanIntent;
import org.cutis.treatment.plan.domain.PlanItem;
import org.cutis.treatment.plan.domain.TreatmentPlan;
import org.cutis.treatment.plan.domain.TreatmentPlan.NewItem;
import org.cutis.treatment.plan.domain.TreatmentPlans;
import org.cutis.treatment.plan.domain.UsualDepartments;
import org.cutis.tumorboard.SignedRecommendations;
import org.cutis.tumorboard.SignedRecommendations.SignedRecommendation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Treatment plans: made from the board's signed recommendation or by the treating clinician,
 * their items moved on by the responsible department (or by the treating modules' records),
 * referrals added. Every view and change is audited; a plan completed publishes
 * {@code TreatmentCompleted} in the same transaction ({@link Completions}).
 */
@Service
@Transactional
public class TreatmentPlanning {
	/** No treatment recorded in Cutis is older than this (and the database's dates have limits). */
	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
	private final TreatmentPlans plans;
	private final CancerDirectory cancers;
	private final SignedRecommendations board;
	private final ItemChecks checks;
	private final StaffDirectory staff;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final Completions completions;
	private final EntityManager entityManager;
	private final Clock clock;

	TreatmentPlanning(TreatmentPlans plans, CancerDirectory cancers, SignedRecommendations board, ItemChecks checks,
			StaffDirectory staff, AuditLog audit, CurrentUser currentUser, Completions completions,
			EntityManager entityManager, Clock clock) {
		this.plans = plans;
		this.cancers = cancers;
		this.board = board;
		this.checks = checks;
		this.staff = staff;
		this.audit = audit;
		this.currentUser = currentUser;
		this.completions = completions;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** The treating clinician's plan: an intent and at least one item. */
	public TreatmentPlan createForCancer(UUID cancerId, String intent, List<ItemRequest> items) {
		CancerSummary cancer = cancers.find(cancerId).orElseThrow(() -> new NotFound("cancer", cancerId));
		PlanIntent planIntent = intent(intent);
		if (items == null || items.stream().allMatch(i -> i == null || i.isBlank())) {
			throw new InvalidInput("items", "treatment.plan.itemsRequired");
		}
		List<NewItem> checked = checks.check(items, "items");
		refuseSecondOpenPlan(cancerId);
		TreatmentPlan plan = new TreatmentPlan(cancerId, cancer.patientId(), planIntent, null, checked,
				ItemSource.CLINICIAN, currentUser.username(), clock.instant());
		plans.save(plan);
		audit.record(AuditAction.CREATE, plan.patientId(), "treatment-plan", plan.id(),
				planIntent.code() + ": " + itemsLine(plan));
		return plan;
	}

	/**
	 * The plan of a board case's signed recommendation: its items typed as the board coded them,
	 * its intent, the meeting's day. {@code assignments} (by position, optional) name the
	 * responsible physician or department of each item; unnamed items go to the department that
	 * usually gives them, on its worklist until someone takes them.
	 */
	public TreatmentPlan createFromBoardCase(UUID caseId, List<ItemRequest> assignments) {
		SignedRecommendation signed = board.ofCase(caseId)
			.orElseThrow(() -> new RefusedTransition("treatment.plan.notSigned"));
		if (signed.cancerId() == null) {
			throw new RefusedTransition("treatment.plan.noCancer");
		}
		List<ItemRequest> requests = new ArrayList<>();
		for (int i = 0; i < signed.items().size(); i++) {
			SignedRecommendations.Item item = signed.items().get(i);
			ItemRequest assigned = assignments != null && i < assignments.size() && assignments.get(i) != null
					? assignments.get(i) : new ItemRequest(null, null, null, null);
			requests.add(new ItemRequest(item.type(), item.detail(), assigned.responsible(), assigned.department()));
		}
		List<NewItem> checked = checks.check(requests, "items");
		refuseSecondOpenPlan(signed.cancerId());
		TreatmentPlan plan = new TreatmentPlan(signed.cancerId(), signed.patientId(), intent(signed.intent()),
				new TreatmentPlan.Board(caseId, signed.recommendationId(), signed.discussedOn()), checked,
				ItemSource.BOARD, currentUser.username(), clock.instant());
		plans.save(plan);
		audit.record(AuditAction.CREATE, plan.patientId(), "treatment-plan", plan.id(),
				"from board case " + caseId + ": " + itemsLine(plan));
		return plan;
	}

	/** A further item, planned by a treating clinician. */
	public TreatmentPlan addItem(UUID planId, ItemRequest request, Long expectedVersion) {
		TreatmentPlan plan = lockedForChange(planId, expectedVersion);
		if (request == null || request.isBlank()) {
			throw new InvalidInput("type", "error.field.required");
		}
		NewItem item = checks.check(List.of(request), null).get(0);
		plan.add(item, ItemSource.CLINICIAN, null, null);
		audit.record(AuditAction.UPDATE, plan.patientId(), "treatment-plan", plan.id(),
				"item added: " + item.type().code() + " (" + item.department().code() + ")");
		entityManager.flush();
		return plan;
	}

	/**
	 * An item's status as its department's staff (or an administrator) sets it, on {@code on}
	 * (today when not given; not in the future). Cancelling needs a reason.
	 */
	public TreatmentPlan changeStatus(UUID planId, UUID itemId, String status, String reason, LocalDate on,
			Long expectedVersion) {
		TreatmentPlan plan = lockedForChange(planId, expectedVersion);
		CutisPrincipal me = currentUser.principal().orElseThrow(() -> new Forbidden("not logged in"));
		ItemStatus to = ItemStatus.fromCode(status);
		if (to == null || to == ItemStatus.PLANNED) {
			throw new InvalidInput("status", status == null || status.isBlank() ? "error.field.required"
					: "error.field.oneOf", "in-progress, done, cancelled");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate day = on == null ? today : on;
		if (day.isAfter(today)) {
			throw new InvalidInput("on", "treatment.item.dateInFuture");
		}
		if (day.isBefore(EARLIEST)) {
			throw new InvalidInput("on", "error.field.outOfRange");
		}
		boolean completed = plan.changeStatus(itemId, to, reason, day,
				new TreatmentPlan.Actor(me.username(), me.departments(), me.role() == Role.ADMIN), clock.instant());
		PlanItem item = plan.item(itemId);
		audit.record(AuditAction.UPDATE, plan.patientId(), "treatment-plan", plan.id(), "item " + itemId + " "
				+ item.type().code() + " -> " + to.code() + " on " + day + (reason == null || reason.isBlank() ? ""
						: " (" + reason.trim() + ")"));
		if (completed) {
			completions.completed(plan);
		}
		// the answer carries the version the next change must name
		entityManager.flush();
		return plan;
	}

	/** One plan, audited as viewed. */
	@Transactional
	public TreatmentPlan view(UUID planId) {
		TreatmentPlan plan = plans.findById(planId).orElseThrow(() -> new NotFound("treatment-plan", planId));
		audit.record(AuditAction.VIEW, plan.patientId(), "treatment-plan", plan.id(), null);
		return plan;
	}

	/** The plans of a cancer, newest first (not audited: the caller audits what it shows). */
	@Transactional(readOnly = true)
	public List<TreatmentPlan> plansOf(UUID cancerId) {
		return plans.findByCancerIdOrderByCreatedAtDesc(cancerId);
	}

	/** The plan a cancer's page shows: the open one, else the latest completed one. */
	@Transactional(readOnly = true)
	public Optional<TreatmentPlan> currentOf(UUID cancerId) {
		List<TreatmentPlan> all = plansOf(cancerId);
		return all.stream().filter(p -> !p.isCompleted()).findFirst().or(() -> all.stream().findFirst());
	}

	/**
	 * A treating module recorded a treatment: the open plan of the cancer moves its item of that
	 * type (or lists the treatment as given). Without an open plan nothing changes here: the
	 * treatment still counts for the timings through the module's own record.
	 */
	public void recorded(TreatmentRecorded event) {
		Optional<TreatmentPlan> open = plansOf(event.cancerId()).stream().filter(p -> !p.isCompleted()).findFirst();
		if (open.isEmpty() || event.type() == null) {
			return;
		}
		TreatmentPlan plan = open.get();
		LocalDate on = event.on() == null ? LocalDate.now(clock) : event.on();
		boolean completed = plan.recordTreatment(event.type(), on, event.finished(), event.by(), event.link(),
				departmentOf(event.by(), event.type()), clock.instant());
		audit.record(AuditAction.UPDATE, plan.patientId(), "treatment-plan", plan.id(), "recorded " + event.type().code()
				+ (event.finished() ? " finished" : " started") + " on " + on + " by " + event.by());
		if (completed) {
			completions.completed(plan);
		}
	}

	/**
	 * Another department is called in (a Mohs defect to plastic surgery): the cancer's open plan
	 * gains the item; a completed plan is opened again; a cancer without a plan gets one, its
	 * intent left for the treating clinician.
	 */
	public void referred(TreatmentReferral event) {
		Optional<CancerSummary> cancer = cancers.find(event.cancerId());
		if (cancer.isEmpty() || event.type() == null) {
			return;
		}
		Department department = event.department() != null ? event.department() : UsualDepartments.of(event.type());
		NewItem item = new NewItem(event.type(), null, null, department);
		List<TreatmentPlan> all = plansOf(event.cancerId());
		Optional<TreatmentPlan> target = all.stream().filter(p -> !p.isCompleted()).findFirst()
			.or(() -> all.stream().findFirst());
		TreatmentPlan plan;
		if (target.isPresent()) {
			plan = target.get();
			plan.add(item, ItemSource.REFERRAL, event.reason(), event.link());
		}
		else {
			plan = TreatmentPlan.openedByReferral(event.cancerId(), cancer.get().patientId(), item, event.reason(),
					event.link(), event.requestedBy(), clock.instant());
			plans.save(plan);
		}
		audit.record(AuditAction.UPDATE, plan.patientId(), "treatment-plan", plan.id(), "referral " + event.type().code()
				+ " to " + department.code() + " by " + event.requestedBy());
	}

	private Department departmentOf(String username, TreatmentType type) {
		Department usual = UsualDepartments.of(type);
		Optional<StaffMember> member = username == null ? Optional.empty() : staff.find(username);
		if (member.isEmpty() || member.get().departments().contains(usual)) {
			return usual;
		}
		return member.get().departments().stream().filter(UsualDepartments.TREATING::contains).sorted().findFirst()
			.orElse(usual);
	}

	private TreatmentPlan lockedForChange(UUID planId, Long expectedVersion) {
		TreatmentPlan plan = plans.findById(planId).orElseThrow(() -> new NotFound("treatment-plan", planId));
		if (expectedVersion != null && expectedVersion != plan.version()) {
			throw new ConcurrentEdit("treatment-plan", Map.of());
		}
		// a change to one item is a change of the plan: its version moves now (and the row is held
		// until commit), so a second user's form made from the same version is refused
		entityManager.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		return plan;
	}

	private void refuseSecondOpenPlan(UUID cancerId) {
		if (plansOf(cancerId).stream().anyMatch(p -> !p.isCompleted())) {
			throw new RefusedTransition("treatment.plan.openExists");
		}
	}

	private static PlanIntent intent(String code) {
		PlanIntent intent = PlanIntent.fromCode(code);
		if (intent == null) {
			throw new InvalidInput("intent", code == null || code.isBlank() ? "error.field.required"
					: "error.field.oneOf", String.join(", ", PlanIntent.codes()));
		}
		return intent;
	}

	private static String itemsLine(TreatmentPlan plan) {
		return plan.items().stream().map(i -> i.type().code() + " (" + i.department().code() + ")").toList().toString();
	}
}
