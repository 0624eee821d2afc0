package org.cutis.treatment.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.identity.Department;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.Message;
import org.cutis.treatment.TreatmentType;

/**
 * One treatment of a plan: what (typed, with a detail such as the margin), who is responsible
 * (a physician, or the department until one is named), and where it stands with its dates.
 * Changed only through its plan, which checks who may change it.
 */
@Entity
@Table(name = "treatment_plan_item")
public class PlanItem {
	@Id
	private UUID id;
	private int position;
	@Enumerated(EnumType.STRING)
	private TreatmentType type;
	private String detail;
	private String responsible;
	@Enumerated(EnumType.STRING)
	private Department department;
	@Enumerated(EnumType.STRING)
	private ItemStatus status;
	@Enumerated(EnumType.STRING)
	private ItemSource source;
	/** Why the item was added (a referral's reason, a message key); null for planned items. */
	private String reason;
	private String cancelReason;
	private LocalDate startedOn;
	private LocalDate doneOn;
	private LocalDate cancelledOn;
	/** The record of the treatment given (a Mohs case, a systemic course), once a module recorded it. */
	private String link;
	private String changedBy;
	private Instant changedAt;
	@Version
	private long version;

	protected PlanItem() {
	}

	PlanItem(int position, TreatmentType type, String detail, String responsible, Department department,
			ItemSource source, String reason, String link) {
		this.id = UUID.randomUUID();
		this.position = position;
		this.type = type;
		this.detail = blankToNull(detail);
		this.responsible = blankToNull(responsible);
		this.department = department;
		this.source = source;
		this.reason = blankToNull(reason);
		this.link = blankToNull(link);
		this.status = ItemStatus.PLANNED;
	}

	/**
	 * Moves the item on; {@code on} is the day it happened. Cancelling needs a reason. A refusal
	 * names the field: {@code status} for a move the item's state does not allow.
	 */
	void moveTo(ItemStatus to, String why, LocalDate on, String by, Instant now) {
		if (to == null) {
			throw new InvalidInput("status", "error.field.oneOf", String.join(", ", ItemStatus.codes()));
		}
		if (!status.next().contains(to)) {
			throw new InvalidInput("status", "treatment.item.illegalTransition",
					new Message("treatment.status." + status.code()), new Message("treatment.status." + to.code()));
		}
		if (to == ItemStatus.CANCELLED && (why == null || why.isBlank())) {
			throw new InvalidInput("reason", "treatment.item.reasonRequired");
		}
		switch (to) {
			case IN_PROGRESS -> startedOn = on;
			case DONE -> {
				if (startedOn == null || startedOn.isAfter(on)) {
					startedOn = on;
				}
				doneOn = on;
			}
			case CANCELLED -> {
				cancelledOn = on;
				cancelReason = why.trim();
			}
			default -> throw new IllegalStateException("no move back to planned");
		}
		status = to;
		changedBy = by;
		changedAt = now;
	}

	/** A treating module recorded this treatment: it starts (or finishes) on that day. */
	void recorded(LocalDate on, boolean finished, String by, String recordLink, Instant now) {
		takeIfUnassigned(by);
		if (recordLink != null && !recordLink.isBlank()) {
			link = recordLink;
		}
		if (finished) {
			moveTo(ItemStatus.DONE, null, on, by, now);
		}
		else if (status == ItemStatus.PLANNED) {
			moveTo(ItemStatus.IN_PROGRESS, null, on, by, now);
		}
	}

	/**
	 * Whoever of the department starts or gives an item nobody was named for becomes responsible
	 * for it: it leaves the department's list and follow-up knows whom to ask.
	 */
	void takeIfUnassigned(String by) {
		if (responsible == null && by != null && !by.isBlank() && !"system".equals(by)) {
			responsible = by;
		}
	}

	/** Whether this person may change the item: staff of its department, or who may change any. */
	boolean changeableBy(java.util.Set<Department> departments, boolean anyDepartment) {
		return anyDepartment || departments.contains(department);
	}

	/** The day the treatment began, if it did (a cancelled item that had started counts). */
	public LocalDate begunOn() {
		return startedOn != null ? startedOn : doneOn;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	public UUID id() {
		return id;
	}

	public int position() {
		return position;
	}

	public TreatmentType type() {
		return type;
	}

	public String detail() {
		return detail;
	}

	public String responsible() {
		return responsible;
	}

	public Department department() {
		return department;
	}

	public ItemStatus status() {
		return status;
	}

	public ItemSource source() {
		return source;
	}

	public String reason() {
		return reason;
	}

	public String cancelReason() {
		return cancelReason;
	}

	public LocalDate startedOn() {
		return startedOn;
	}

	public LocalDate doneOn() {
		return doneOn;
	}

	public LocalDate cancelledOn() {
		return cancelledOn;
	}

	public String link() {
		return link;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}

	public long version() {
		return version;
	}
}
