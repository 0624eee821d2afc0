package org.cutis.staging.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.StagingRecord;
import org.cutis.staging.domain.StagingRecords;
import org.cutis.staging.domain.WorkupKind;
import org.cutis.staging.domain.WorkupOrder;
import org.cutis.staging.domain.WorkupOrders;
import org.cutis.staging.domain.WorkupResult;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinician's decisions on proposed work-up orders, their results, and the coordinator's worklist. */
@Service
@Transactional
public class WorkupManagement {
	private final WorkupOrders orders;
	private final StagingRecords records;
	private final CancerDiagnosisManagement cancers;
	private final WorkupPlanner planner;
	private final PatientDirectory patients;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	WorkupManagement(WorkupOrders orders, StagingRecords records, CancerDiagnosisManagement cancers, WorkupPlanner planner,
			PatientDirectory patients, AuditLog audit, CurrentUser currentUser, Clock clock) {
		this.orders = orders;
		this.records = records;
		this.cancers = cancers;
		this.planner = planner;
		this.patients = patients;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	public WorkupOrder confirm(UUID cancerId, UUID orderId, String instructions) {
		WorkupOrder order = load(cancerId, orderId);
		order.confirm(instructions, currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, order.patientId(), "workup-order", orderId, "confirmed " + order.kind().code());
		return order;
	}

	public WorkupOrder decline(UUID cancerId, UUID orderId, String reason) {
		WorkupOrder order = load(cancerId, orderId);
		order.decline(reason, currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, order.patientId(), "workup-order", orderId,
				"declined " + order.kind().code() + ": " + reason);
		return order;
	}

	/**
	 * Records a result on its order (or, given only the kind, on the open order of that kind, or a
	 * new one when the test was done without an order here) and re-runs the staging. Returns the
	 * staging proposal to confirm when N, M or the stage changed, else null.
	 */
	public StagingRecord recordWorkupResult(UUID cancerId, UUID orderId, WorkupKind kind, WorkupResult result) {
		return recordResult(cancerId, orderId, kind, result).proposal();
	}

	/** A result recorded: the order that holds it, and the staging proposal to confirm (null when nothing changed). */
	public record Recorded(WorkupOrder order, StagingRecord proposal) {
	}

	/**
	 * Withdraws a recorded result whose source was voided (a sentinel node biopsy recorded on the
	 * wrong patient): the order keeps it as withdrawn, the cancer is restaged without it and the
	 * change waits for a clinician's confirmation on the staging list; the board hears that the
	 * facts changed. Returns the proposal, or null when the stage stays as it was.
	 */
	public StagingRecord withdrawResult(UUID cancerId, UUID orderId, String why) {
		CancerDiagnosis cancer = cancers.load(cancerId);
		WorkupOrder order = load(cancerId, orderId);
		String line = order.resultLine();
		order.withdraw();
		audit.record(AuditAction.UPDATE, cancer.patientId(), "workup-order", order.id(),
				"result withdrawn " + order.kind().code() + ": " + line + " (" + why + ")");
		orders.flush();
		return cancers.restageAfterWorkup(cancer, planner.factsOf(cancerId),
				"withdrawn " + order.kind().code() + ": " + line + " (" + why + ")");
	}

	public Recorded recordResult(UUID cancerId, UUID orderId, WorkupKind kind, WorkupResult result) {
		CancerDiagnosis cancer = cancers.load(cancerId);
		WorkupOrder order;
		if (orderId != null) {
			order = load(cancerId, orderId);
		}
		else if (kind != null) {
			order = orders.findByCancerIdOrderByProposedAtAsc(cancerId)
				.stream()
				.filter(o -> o.kind() == kind && o.isOpen())
				.findFirst()
				.orElseGet(() -> orders.save(new WorkupOrder(cancerId, cancer.patientId(), kind, null, clock.instant())));
		}
		else {
			throw new InvalidInput("orderId", "staging.workup.orderRequired");
		}
		requireFreeBasin(cancerId, order, result);
		order.record(result, currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, cancer.patientId(), "workup-order", order.id(),
				"result " + order.kind().code() + ": " + order.resultLine());
		orders.flush();
		return new Recorded(order, cancers.restageAfterWorkup(cancer, planner.factsOf(cancerId),
				order.kind().code() + ": " + order.resultLine()));
	}

	/** One result per basin and kind: a second axillary sentinel node result would count its nodes twice. */
	private void requireFreeBasin(UUID cancerId, WorkupOrder order, WorkupResult result) {
		if (!(result instanceof WorkupResult.Slnb slnb) || slnb.basin() == null) {
			return;
		}
		boolean taken = orders.findByCancerIdOrderByProposedAtAsc(cancerId)
			.stream()
			.anyMatch(o -> o != order && o.kind() == order.kind() && o.status() == WorkupOrder.Status.RESULTED
					&& slnb.basin() == o.basin());
		if (taken) {
			throw new InvalidInput("basin", "staging.workup.basinTaken", slnb.basin().code());
		}
	}

	@Transactional(readOnly = true)
	public List<WorkupOrder> ordersOf(UUID cancerId) {
		return orders.findByCancerIdOrderByProposedAtAsc(cancerId);
	}

	/**
	 * Open orders (proposed or confirmed, no result yet), oldest first, with their age in days;
	 * every patient on the list is audited as listed.
	 */
	public List<WorklistRow> worklist() {
		var now = clock.instant();
		List<WorklistRow> rows = orders
			.findByStatusInOrderByProposedAtAsc(List.of(WorkupOrder.Status.PROPOSED, WorkupOrder.Status.CONFIRMED))
			.stream()
			.map(o -> new WorklistRow(o, patients.find(o.patientId()).orElse(null),
					Duration.between(o.proposedAt(), now).toDays()))
			.toList();
		audit.listed("workup-worklist", null, rows.stream().map(row -> row.order().patientId()).toList());
		return rows;
	}

	private WorkupOrder load(UUID cancerId, UUID orderId) {
		return orders.findById(orderId)
			.filter(o -> o.cancerId().equals(cancerId))
			.orElseThrow(() -> new NotFound("workup-order", orderId));
	}

	public record WorklistRow(WorkupOrder order, PatientSummary patient, long ageDays) {
	}

	/**
	 * Staging changes a work-up result proposed, waiting for a clinician's confirmation, oldest
	 * first: a resulted sentinel node leaves the order list but stays here until confirmed. Every
	 * patient on the list is audited as listed.
	 */
	public List<ProposalRow> stagingProposals() {
		var now = clock.instant();
		List<ProposalRow> rows = records.findByStatusOrderByComputedAtAsc(StagingRecord.Status.PENDING_CONFIRMATION)
			.stream()
			.map(r -> {
				CancerDiagnosis cancer = cancers.load(r.cancerId());
				return new ProposalRow(r, cancer.patientId(), patients.find(cancer.patientId()).orElse(null),
						Duration.between(r.computedAt(), now).toDays());
			})
			.toList();
		audit.listed("staging-proposals", null, rows.stream().map(ProposalRow::patientId).toList());
		return rows;
	}

	public record ProposalRow(StagingRecord record, UUID patientId, PatientSummary patient, long ageDays) {
	}
}
