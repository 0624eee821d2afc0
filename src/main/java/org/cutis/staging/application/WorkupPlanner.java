package org.cutis.staging.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.shared.Message;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.DiagnosisKind;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.WorkupFacts;
import org.cutis.staging.domain.WorkupKind;
import org.cutis.staging.domain.WorkupOrder;
import org.cutis.staging.domain.WorkupOrders;

import org.springframework.stereotype.Component;

/**
 * Proposes the melanoma work-up from the current stage and reads every result back as staging
 * facts. The SLNB order follows the NCCN tiers of the rules (proposed for "consider" and "offer");
 * imaging and LDH follow the rules' imaging advice by stage (not routine for stage 0–IIA). A later
 * restage (a thicker re-excision, a positive node) proposes what has become indicated; nothing is
 * proposed twice.
 */
@Component
class WorkupPlanner implements CancerDirectory.WorkupLines {
	static final List<WorkupKind> STAGING_IMAGING = List.of(WorkupKind.NODAL_ULTRASOUND, WorkupKind.CT,
			WorkupKind.PET_CT, WorkupKind.BRAIN_MRI);

	private final WorkupOrders orders;
	private final Clock clock;

	WorkupPlanner(WorkupOrders orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	void propose(CancerDiagnosis cancer, StageComputation stage) {
		if (cancer.kind() != DiagnosisKind.MELANOMA || cancer.inSitu()) {
			return;
		}
		List<WorkupOrder> existing = orders.findByCancerIdOrderByProposedAtAsc(cancer.id());
		String slnb = stage.slnbAdvice();
		if (("consider".equals(slnb) || "offer".equals(slnb)) && none(existing, WorkupKind.SLNB)) {
			orders.save(new WorkupOrder(cancer.id(), cancer.patientId(), WorkupKind.SLNB, slnb, clock.instant()));
		}
		String imaging = stage.imagingAdvice();
		if ("consider".equals(imaging) || "recommended".equals(imaging)) {
			for (WorkupKind kind : STAGING_IMAGING) {
				if (none(existing, kind)) {
					orders.save(new WorkupOrder(cancer.id(), cancer.patientId(), kind, imaging, clock.instant()));
				}
			}
		}
		// LDH with the imaging where the rule advises it: considered for IIB/IIC, part of stage IV (the M1
		// suffix); the rule gives no LDH advice for stage III, so it is not proposed there
		boolean stageIv = "IV".equals(stage.clinicalStage()) || "IV".equals(stage.pathologicalStage());
		if (("consider".equals(imaging) || stageIv) && none(existing, WorkupKind.LDH)) {
			orders.save(new WorkupOrder(cancer.id(), cancer.patientId(), WorkupKind.LDH, imaging, clock.instant()));
		}
	}

	private static boolean none(List<WorkupOrder> existing, WorkupKind kind) {
		return existing.stream().noneMatch(o -> o.kind() == kind);
	}

	/** Every result so far, summed (see {@link WorkupFacts#of}). */
	WorkupFacts factsOf(UUID cancerId) {
		return WorkupFacts.of(orders.findByCancerIdOrderByProposedAtAsc(cancerId));
	}

	@Override
	public List<String> linesOf(UUID cancerId) {
		List<String> lines = new ArrayList<>();
		for (WorkupOrder o : orders.findByCancerIdOrderByProposedAtAsc(cancerId)) {
			String result = o.resultLine();
			lines.add(o.kind().code() + ": " + o.status().code()
					+ (result != null ? " — " + result : o.declineReason() != null ? " — " + o.declineReason() : ""));
		}
		return lines;
	}

	@Override
	public List<Message> messagesOf(UUID cancerId) {
		return orders.findByCancerIdOrderByProposedAtAsc(cancerId).stream().map(WorkupOrder::lineMessage).toList();
	}
}
