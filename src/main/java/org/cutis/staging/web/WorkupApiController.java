package org.cutis.staging.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.staging.application.CancerDiagnosisManagement;
import org.cutis.staging.application.WorkupManagement;
import org.cutis.staging.domain.StagingRecord;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "cancers", description = "Cancer diagnoses, staging records and the melanoma work-up")
@RestController
@Requires(Permission.CANCER_READ)
class WorkupApiController {
	private final WorkupManagement workup;
	private final CancerDiagnosisManagement cancers;
	private final WorkupViews views;

	WorkupApiController(WorkupManagement workup, CancerDiagnosisManagement cancers, WorkupViews views) {
		this.workup = workup;
		this.cancers = cancers;
		this.views = views;
	}

	@Operation(summary = "Record a work-up result and re-run the staging. Give orderId (or kind: slnb | nodal-ultrasound "
			+ "| ct | pet-ct | brain-mri | ldh) and exactly one of: slnb {nodesExamined, nodesPositive, largestDepositMm, "
			+ "ene}; imaging {findings: [{site, metastasis: yes | no | indeterminate}]} with sites skin, subcutaneous, "
			+ "soft-tissue, muscle, non-regional-lymph-node, lung, liver, bone, adrenal, gastrointestinal, spleen, "
			+ "other-visceral, brain, spinal-cord, leptomeninges, regional-lymph-node; ldh {value, unit, "
			+ "upperLimitOfNormal}. A changed N, M or stage comes back as proposal, to confirm with "
			+ "POST /api/v1/cancers/{id}/staging/{recordId}/accept")
	@PostMapping("/api/v1/cancers/{id}/workup-results")
	@Requires(Permission.WORKUP_RESULT)
	ResultView record(@PathVariable UUID id, @RequestBody WorkupResultRequest request) {
		var kind = request.parsedKind();
		StagingRecord proposal = workup.recordWorkupResult(id, request.orderId(), kind, request.result());
		return new ResultView(proposal == null ? null : CancerView.StagingView.of(proposal),
				CancerView.of(cancers.view(id), views.ordersOf(id)));
	}

	@Operation(summary = "Confirm a proposed work-up order, optionally with changed instructions")
	@PostMapping("/api/v1/cancers/{id}/workup-orders/{orderId}/confirm")
	@Requires(Permission.WORKUP_ORDER)
	WorkupOrderView confirm(@PathVariable UUID id, @PathVariable UUID orderId, @RequestBody(required = false) Decision body) {
		return WorkupOrderView.of(workup.confirm(id, orderId, body == null ? null : body.instructions()));
	}

	@Operation(summary = "Decline a proposed work-up order with a reason")
	@PostMapping("/api/v1/cancers/{id}/workup-orders/{orderId}/decline")
	@Requires(Permission.WORKUP_ORDER)
	WorkupOrderView decline(@PathVariable UUID id, @PathVariable UUID orderId, @RequestBody Decision body) {
		return WorkupOrderView.of(workup.decline(id, orderId, body.reason()));
	}

	@Operation(summary = "The coordinator's worklist: open work-up orders, oldest first, with their age in days")
	@GetMapping("/api/v1/workup-orders")
	List<WorklistItem> worklist() {
		return workup.worklist()
			.stream()
			.map(row -> new WorklistItem(WorkupOrderView.of(row.order()), row.order().patientId(),
					row.patient() == null ? null : row.patient().displayName(), row.ageDays()))
			.toList();
	}

	@Operation(summary = "Staging changes proposed by work-up results and waiting for confirmation, oldest first "
			+ "(the coordinator's worklist keeps a resulted sentinel node here until a clinician confirms it)")
	@GetMapping("/api/v1/staging-proposals")
	List<ProposalItem> stagingProposals() {
		return workup.stagingProposals()
			.stream()
			.map(p -> new ProposalItem(p.record().cancerId(), p.patientId(),
					p.patient() == null ? null : p.patient().displayName(), CancerView.StagingView.of(p.record()),
					p.ageDays()))
			.toList();
	}

	record ProposalItem(UUID cancerId, UUID patientId, String patientName, CancerView.StagingView proposal,
			long ageDays) {
	}

	record Decision(String instructions, String reason) {
	}

	record ResultView(CancerView.StagingView proposal, CancerView cancer) {
	}

	record WorklistItem(WorkupOrderView order, UUID patientId, String patientName, long ageDays) {
	}
}
