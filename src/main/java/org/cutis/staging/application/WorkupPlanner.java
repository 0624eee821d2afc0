package org.cutis.staging.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cutis.shared.Message;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.DiagnosisKind;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.ImagingFinding;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.WorkupFacts;
import org.cutis.staging.domain.WorkupKind;
import org.cutis.staging.domain.WorkupOrder;
import org.cutis.staging.domain.WorkupOrders;

import org.springframework.stereotype.Component;

/**
 * Proposes the melanoma work-up and reads its results back as staging facts. The SLNB order
 * follows the NCCN tiers of the rules (proposed for "consider" and "offer"); Cutis's reference
 * has no criteria for staging imaging or LDH, so those are listed for every invasive melanoma
 * without a recommendation, and the clinician confirms or declines each with a reason.
 */
@Component
class WorkupPlanner implements CancerDirectory.WorkupLines {
	private final WorkupOrders orders;
	private final Clock clock;

	WorkupPlanner(WorkupOrders orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	void propose(CancerDiagnosis cancer, StageComputation stage) {
		if (cancer.kind() != DiagnosisKind.MELANOMA || cancer.findings().inSitu()) {
			return;
		}
		String advice = stage.slnbAdvice();
		if ("consider".equals(advice) || "offer".equals(advice)) {
			orders.save(new WorkupOrder(cancer.id(), cancer.patientId(), WorkupKind.SLNB, advice, clock.instant()));
		}
		for (WorkupKind kind : List.of(WorkupKind.NODAL_ULTRASOUND, WorkupKind.CT, WorkupKind.PET_CT,
				WorkupKind.BRAIN_MRI, WorkupKind.LDH)) {
			orders.save(new WorkupOrder(cancer.id(), cancer.patientId(), kind, null, clock.instant()));
		}
	}

	/**
	 * The latest SLNB result; a positive regional node on imaging counts as one clinically detected
	 * node (the study does not count nodes); every positive distant site; the latest LDH.
	 */
	WorkupFacts factsOf(UUID cancerId) {
		List<WorkupOrder> resulted = orders.findByCancerIdOrderByProposedAtAsc(cancerId)
			.stream()
			.filter(o -> o.status() == WorkupOrder.Status.RESULTED)
			.sorted(Comparator.comparing(WorkupOrder::resultAt))
			.toList();
		Integer examined = null;
		Integer positive = null;
		int clinicalNodes = 0;
		Set<String> sites = new LinkedHashSet<>();
		String ldh = "unknown";
		for (WorkupOrder o : resulted) {
			switch (o.kind().family()) {
				case SLNB -> {
					examined = o.nodesExamined();
					positive = o.nodesPositive();
				}
				case LDH -> ldh = o.ldhElevated() ? "elevated" : "normal";
				case IMAGING -> {
					for (ImagingFinding f : o.imaging()) {
						if (f.positive() && f.site().equals(ImagingFinding.REGIONAL_NODE)) {
							clinicalNodes = 1;
						}
						else if (f.positive()) {
							sites.add(f.site());
						}
					}
				}
			}
		}
		return new WorkupFacts(examined, positive, clinicalNodes, sites, ldh);
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
