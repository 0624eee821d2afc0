package org.cutis.staging.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cutis.staging.domain.WorkupOrder;

/**
 * A work-up order in the API: the result as structured values for other systems, and in one
 * English line ({@code result}) for people reading the JSON.
 */
record WorkupOrderView(UUID id, UUID cancerId, String kind, String status, String advice, String instructions,
		String declineReason, Instant proposedAt, String decidedBy, Instant resultAt, String result, String basin,
		Integer nodesExamined, Integer nodesPositive, BigDecimal largestDepositMm, Boolean ene,
		List<Imaging> imaging, List<Node> nodes, BigDecimal ldhValue, String ldhUnit, BigDecimal ldhUpperLimit,
		Boolean ldhElevated, long version) {

	record Imaging(String site, String metastasis) {
	}

	record Node(String side, BigDecimal sizeCm, boolean ene) {
	}

	static WorkupOrderView of(WorkupOrder o) {
		return new WorkupOrderView(o.id(), o.cancerId(), o.kind().code(), o.status().code(), o.advice(),
				o.instructions(), o.declineReason(), o.proposedAt(), o.decidedBy(), o.resultAt(), o.resultLine(),
				o.basin() == null ? null : o.basin().code(), o.nodesExamined(), o.nodesPositive(), o.largestDepositMm(), o.ene(),
				o.imaging().stream().map(f -> new Imaging(f.site(), f.metastasis())).toList(),
				o.nodes().stream().map(n -> new Node(n.side(), n.sizeCm(), n.ene())).toList(), o.ldhValue(),
				o.ldhUnit(), o.ldhUpperLimit(), o.ldhValue() == null ? null : o.ldhElevated(), o.version());
	}
}
