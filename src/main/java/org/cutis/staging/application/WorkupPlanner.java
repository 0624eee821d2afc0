package org.cutis.staging.application;

import java.math.BigDecimal;
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
import org.cutis.staging.domain.RegionalNode;
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
			WorkupKind.PET_CT, WorkupKind.BRAIN_MRI, WorkupKind.LDH);

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
	}

	/** The imaging advice for the stage just computed (the rules' imaging policy; melanoma only). */
	StageComputation withImagingAdvice(CancerDiagnosis cancer, StageComputation computed) {
		return computed;
	}

	private static boolean none(List<WorkupOrder> existing, WorkupKind kind) {
		return existing.stream().noneMatch(o -> o.kind() == kind);
	}

	/**
	 * Every result so far, summed: nodes examined and positive over every basin's sentinel node
	 * biopsy and dissection (AJCC counts every involved node), the largest deposit; a positive
	 * regional node on imaging is one clinically detected node (the study does not count nodes);
	 * every positive distant site; the latest LDH; cSCC nodes with side and size.
	 */
	WorkupFacts factsOf(UUID cancerId) {
		List<WorkupOrder> resulted = orders.findByCancerIdOrderByProposedAtAsc(cancerId)
			.stream()
			.filter(o -> o.status() == WorkupOrder.Status.RESULTED)
			.sorted(Comparator.comparing(WorkupOrder::resultAt))
			.toList();
		Integer examined = null;
		Integer positive = null;
		BigDecimal deposit = null;
		int clinicalNodes = 0;
		Set<String> sites = new LinkedHashSet<>();
		String ldh = "unknown";
		List<RegionalNode> csccNodes = new ArrayList<>();
		boolean csccPathological = false;
		List<String> basins = new ArrayList<>();
		for (WorkupOrder o : resulted) {
			switch (o.kind().family()) {
				case SLNB -> {
					examined = (examined == null ? 0 : examined) + o.nodesExamined();
					positive = (positive == null ? 0 : positive) + o.nodesPositive();
					if (o.largestDepositMm() != null && (deposit == null || o.largestDepositMm().compareTo(deposit) > 0)) {
						deposit = o.largestDepositMm();
					}
					basins.add((o.basin() == null ? o.kind().code() : o.basin().code()) + " " + o.nodesPositive() + "/"
							+ o.nodesExamined());
					if (!o.nodes().isEmpty()) {
						csccNodes.addAll(o.nodes());
						csccPathological = true;
					}
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
					if (!csccPathological) {
						csccNodes.addAll(o.nodes());
					}
				}
			}
		}
		return new WorkupFacts(examined, positive, deposit, clinicalNodes, sites, ldh, csccNodes, csccPathological,
				basins);
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
