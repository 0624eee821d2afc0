package org.cutis.treatment.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.identity.Department;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.treatment.TreatmentType;

/**
 * The treatment plan of one cancer: its intent and items. It is completed when every item is
 * done or cancelled (the treatment summary is composed then), and reopened if a later referral
 * adds an item. Never deleted; items are cancelled with a reason.
 */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan {
	@Id
	private UUID id;
	private UUID cancerId;
	private UUID patientId;
	@Enumerated(EnumType.STRING)
	private PlanIntent intent;
	private UUID boardCaseId;
	private UUID recommendationId;
	private LocalDate boardDiscussedOn;
	private String createdBy;
	private Instant createdAt;
	private LocalDate completedOn;
	private Instant completedAt;
	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "plan_id", nullable = false)
	@OrderBy("position")
	private List<PlanItem> items = new ArrayList<>();
	@Version
	private long version;

	protected TreatmentPlan() {
	}

	/**
	 * A plan with its first items. {@code intent} may be null only for a plan opened by a referral
	 * (the treating clinician states it later); a clinician's or the board's plan states it.
	 */
	public TreatmentPlan(UUID cancerId, UUID patientId, PlanIntent intent, Board board, List<NewItem> newItems,
			ItemSource source, String by, Instant now) {
		if (newItems == null || newItems.isEmpty()) {
			throw new InvalidInput("items", "treatment.plan.itemsRequired");
		}
		this.id = UUID.randomUUID();
		this.cancerId = cancerId;
		this.patientId = patientId;
		this.intent = intent;
		if (board != null) {
			this.boardCaseId = board.caseId();
			this.recommendationId = board.recommendationId();
			this.boardDiscussedOn = board.discussedOn();
		}
		this.createdBy = by;
		this.createdAt = now;
		newItems.forEach(i -> add(i, source, null, null));
	}

	/** A plan begun by a referral from another treatment, before anyone planned: its intent is stated later. */
	public static TreatmentPlan openedByReferral(UUID cancerId, UUID patientId, NewItem item, String reason,
			String link, String by, Instant now) {
		TreatmentPlan plan = new TreatmentPlan();
		plan.id = UUID.randomUUID();
		plan.cancerId = cancerId;
		plan.patientId = patientId;
		plan.createdBy = by;
		plan.createdAt = now;
		plan.add(item, ItemSource.REFERRAL, reason, link);
		return plan;
	}

	/** Where a plan from the board came from. */
	public record Board(UUID caseId, UUID recommendationId, LocalDate discussedOn) {
	}

	/** An item to add, already checked against the staff and departments. */
	public record NewItem(TreatmentType type, String detail, String responsible, Department department) {
		public NewItem {
			Objects.requireNonNull(type);
			Objects.requireNonNull(department);
		}
	}

	/** Who changes an item: their departments, and whether they may change any department's (administrators). */
	public record Actor(String username, Set<Department> departments, boolean anyDepartment) {
	}

	/** Adds an item; a completed plan is open again until the new item is done or cancelled. */
	public PlanItem add(NewItem item, ItemSource source, String reason, String link) {
		PlanItem added = new PlanItem(items.size(), item.type(), item.detail(), item.responsible(), item.department(),
				source, reason, link);
		items.add(added);
		completedOn = null;
		completedAt = null;
		return added;
	}

	/**
	 * Changes an item's status as {@code actor} on day {@code on}: only staff of the item's
	 * department (or who may change any). {@code expectedVersion}, when given, is the plan version
	 * the user saw.
	 *
	 * @return whether the plan is completed by this change
	 */
	public boolean changeStatus(UUID itemId, ItemStatus to, String reason, LocalDate on, Actor actor, Instant now) {
		PlanItem item = item(itemId);
		if (!item.changeableBy(actor.departments(), actor.anyDepartment())) {
			throw new RefusedTransition("treatment.item.otherDepartment",
					new org.cutis.shared.Message("identity.department." + item.department().code()));
		}
		item.moveTo(to, reason, on, actor.username(), now);
		if (to != ItemStatus.CANCELLED && !actor.anyDepartment()) {
			item.takeIfUnassigned(actor.username());
		}
		return completeIfAllFinal(on, now);
	}

	/**
	 * A treating module recorded a treatment of this plan's cancer: the open item of that type
	 * (one already started first) starts or finishes; without one, the treatment is added as a
	 * recorded item of {@code department}, so the plan shows what was given.
	 *
	 * @return whether the plan is completed by this
	 */
	public boolean recordTreatment(TreatmentType type, LocalDate on, boolean finished, String by, String link,
			Department department, Instant now) {
		Optional<PlanItem> open = items.stream()
			.filter(i -> i.type() == type && i.status().isOpen())
			.min(Comparator.comparing((PlanItem i) -> i.status() == ItemStatus.IN_PROGRESS ? 0 : 1)
				.thenComparing(PlanItem::position));
		PlanItem item = open.orElseGet(() -> add(new NewItem(type, null, by, department), ItemSource.RECORDED, null, link));
		item.recorded(on, finished, by, link, now);
		return completeIfAllFinal(on, now);
	}

	private boolean completeIfAllFinal(LocalDate on, Instant now) {
		if (completedAt == null && items.stream().allMatch(i -> i.status().isFinal())) {
			completedOn = items.stream()
				.map(i -> i.doneOn() != null ? i.doneOn() : i.cancelledOn())
				.filter(Objects::nonNull)
				.max(LocalDate::compareTo)
				.orElse(on);
			completedAt = now;
			return true;
		}
		return false;
	}

	public PlanItem item(UUID itemId) {
		return items.stream()
			.filter(i -> i.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new NotFound("treatment-plan-item", itemId));
	}

	/** The day the first treatment of this plan began, if one did (observation and trial referrals are not treatments). */
	public Optional<LocalDate> firstTreatmentOn() {
		return items.stream()
			.filter(i -> FirstTreatment.counts(i.type()))
			.map(PlanItem::begunOn)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo);
	}

	public boolean isCompleted() {
		return completedAt != null;
	}

	public UUID id() {
		return id;
	}

	public UUID cancerId() {
		return cancerId;
	}

	public UUID patientId() {
		return patientId;
	}

	public PlanIntent intent() {
		return intent;
	}

	public UUID boardCaseId() {
		return boardCaseId;
	}

	public UUID recommendationId() {
		return recommendationId;
	}

	public LocalDate boardDiscussedOn() {
		return boardDiscussedOn;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public LocalDate completedOn() {
		return completedOn;
	}

	public Instant completedAt() {
		return completedAt;
	}

	public List<PlanItem> items() {
		return List.copyOf(items);
	}

	public long version() {
		return version;
	}
}
