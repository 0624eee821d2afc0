package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.Message;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;

/**
 * One proposed work-up test of a melanoma: Cutis proposes it, the clinician confirms (maybe
 * with changed instructions) or declines it with a reason, and its result is recorded once.
 */
@Entity
@Table(name = "workup_order")
public class WorkupOrder {
	public enum Status {
		PROPOSED, CONFIRMED, DECLINED, RESULTED,
		/** The result was withdrawn (the procedure it came from was voided): kept, no longer evidence. */
		WITHDRAWN;

		public String code() {
			return name().toLowerCase();
		}
	}

	@Id
	private UUID id;
	private UUID cancerId;
	private UUID patientId;
	@Enumerated(EnumType.STRING)
	private WorkupKind kind;
	@Enumerated(EnumType.STRING)
	private Status status;
	private String advice;
	@Enumerated(EnumType.STRING)
	private NodalBasin basin;
	private String instructions;
	@InputName("reason")
	private String declineReason;
	private Instant proposedAt;
	private Instant decidedAt;
	private String decidedBy;
	private Instant resultAt;
	private String resultBy;
	private Integer nodesExamined;
	private Integer nodesPositive;
	private BigDecimal largestDepositMm;
	private Boolean ene;
	private BigDecimal ldhValue;
	private String ldhUnit;
	private BigDecimal ldhUpperLimit;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "workup_imaging_finding", joinColumns = @JoinColumn(name = "order_id"))
	private List<ImagingFinding> imaging = new ArrayList<>();
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "workup_node", joinColumns = @JoinColumn(name = "order_id"))
	private List<RegionalNode> nodes = new ArrayList<>();
	@Version
	private long version;

	protected WorkupOrder() {
	}

	public WorkupOrder(UUID cancerId, UUID patientId, WorkupKind kind, String advice, Instant now) {
		this.id = UUID.randomUUID();
		this.cancerId = cancerId;
		this.patientId = patientId;
		this.kind = kind;
		this.advice = advice;
		this.status = Status.PROPOSED;
		this.proposedAt = now;
	}

	public void confirm(String changedInstructions, String by, Instant now) {
		if (status != Status.PROPOSED) {
			throw new RefusedTransition("staging.workup.decided");
		}
		edit(changedInstructions);
		status = Status.CONFIRMED;
		decidedBy = by;
		decidedAt = now;
	}

	public void decline(String reason, String by, Instant now) {
		if (status != Status.PROPOSED && status != Status.CONFIRMED) {
			throw new RefusedTransition("staging.workup.decided");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "error.reason.required");
		}
		status = Status.DECLINED;
		declineReason = reason.trim();
		decidedBy = by;
		decidedAt = now;
	}

	/**
	 * The result no longer stands (the operation it came from was recorded in error): it stays on
	 * record but no longer counts for staging. Who and why are in the audit log and the restaging.
	 */
	public void withdraw() {
		if (status != Status.RESULTED) {
			throw new RefusedTransition("staging.workup.notResulted");
		}
		status = Status.WITHDRAWN;
	}

	public void edit(String changedInstructions) {
		if (changedInstructions != null && !changedInstructions.isBlank()) {
			instructions = changedInstructions.trim();
		}
	}

	/** Records the result; an unconfirmed order that has a result was evidently done, so it counts as confirmed. */
	public void record(WorkupResult result, String by, Instant now) {
		if (status == Status.DECLINED || status == Status.RESULTED) {
			throw new RefusedTransition("staging.workup.closed");
		}
		if (result.family() != kind.family()) {
			throw new InvalidInput("kind", "staging.workup.wrongResult");
		}
		if (result instanceof WorkupResult.Slnb s) {
			nodesExamined = s.nodesExamined();
			nodesPositive = s.nodesPositive();
			largestDepositMm = s.largestDepositMm();
			ene = s.ene();
			basin = s.basin();
			nodes = new ArrayList<>(s.nodes());
		}
		else if (result instanceof WorkupResult.Imaging i) {
			imaging = new ArrayList<>(i.findings());
			nodes = new ArrayList<>(i.nodes());
		}
		else if (result instanceof WorkupResult.Ldh l) {
			ldhValue = l.value();
			ldhUnit = l.unit();
			ldhUpperLimit = l.upperLimitOfNormal();
		}
		if (status == Status.PROPOSED) {
			decidedBy = by;
			decidedAt = now;
		}
		status = Status.RESULTED;
		resultBy = by;
		resultAt = now;
	}

	public boolean isOpen() {
		return status == Status.PROPOSED || status == Status.CONFIRMED;
	}

	public boolean ldhElevated() {
		return ldhValue != null && ldhValue.compareTo(ldhUpperLimit) > 0;
	}

	/** The result in one line, for the case summary and the packet. */
	public String resultLine() {
		return status != Status.RESULTED ? null : WorkupResultWording.line(this);
	}

	/** The result as a message, for the pages: the reader's language, sites and answers translated too. */
	public Message resultMessage() {
		return status != Status.RESULTED ? null : WorkupResultWording.message(this);
	}

	/** The whole order as a message: kind, state, and the result or the reason it was declined. */
	public Message lineMessage() {
		Message kindName = new Message("staging.workup.kind." + kind.code());
		Message state = new Message("staging.workup.status." + status.code());
		Message result = resultMessage();
		if (result != null) {
			return new Message("staging.workup.line.detail", kindName, state, result);
		}
		if (declineReason != null) {
			return new Message("staging.workup.line.detail", kindName, state, declineReason);
		}
		return new Message("staging.workup.line", kindName, state);
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

	public WorkupKind kind() {
		return kind;
	}

	public Status status() {
		return status;
	}

	public String advice() {
		return advice;
	}

	public String instructions() {
		return instructions;
	}

	public String declineReason() {
		return declineReason;
	}

	public Instant proposedAt() {
		return proposedAt;
	}

	public String decidedBy() {
		return decidedBy;
	}

	public Instant resultAt() {
		return resultAt;
	}

	public Integer nodesExamined() {
		return nodesExamined;
	}

	public Integer nodesPositive() {
		return nodesPositive;
	}

	public List<ImagingFinding> imaging() {
		return List.copyOf(imaging);
	}

	public NodalBasin basin() {
		return basin;
	}

	public List<RegionalNode> nodes() {
		return List.copyOf(nodes);
	}

	public BigDecimal largestDepositMm() {
		return largestDepositMm;
	}

	public Boolean ene() {
		return ene;
	}

	public BigDecimal ldhValue() {
		return ldhValue;
	}

	public String ldhUnit() {
		return ldhUnit;
	}

	public BigDecimal ldhUpperLimit() {
		return ldhUpperLimit;
	}

	public long version() {
		return version;
	}
}
