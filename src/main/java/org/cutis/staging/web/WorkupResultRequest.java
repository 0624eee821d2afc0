package org.cutis.staging.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.cutis.shared.InvalidInput;
import org.cutis.staging.domain.ImagingFinding;
import org.cutis.staging.domain.NodalBasin;
import org.cutis.staging.domain.RegionalNode;
import org.cutis.staging.domain.WorkupKind;
import org.cutis.staging.domain.WorkupResult;

/** One result: the order (or its kind) and exactly one of slnb, imaging, ldh. */
record WorkupResultRequest(UUID orderId, String kind, String basin, Slnb slnb, Imaging imaging, Ldh ldh) {

	record Slnb(Integer nodesExamined, Integer nodesPositive, BigDecimal largestDepositMm, Boolean ene, String basin,
			List<Node> nodes) {
	}

	record Imaging(List<Finding> findings, List<Node> nodes) {
	}

	/** A cSCC regional node: ipsilateral | contralateral, greatest size in cm, extranodal extension. */
	record Node(String side, BigDecimal sizeCm, Boolean ene) {
		RegionalNode node() {
			return new RegionalNode(side, sizeCm, Boolean.TRUE.equals(ene));
		}
	}

	record Finding(String site, String metastasis) {
	}

	record Ldh(BigDecimal value, String unit, BigDecimal upperLimitOfNormal) {
	}

	WorkupKind parsedKind() {
		WorkupKind parsed = kind == null ? null : WorkupKind.fromCode(kind);
		if (kind != null && parsed == null) {
			throw new InvalidInput("kind", "error.field.oneOf",
					"slnb, lymph-node-dissection, nodal-ultrasound, ct, pet-ct, brain-mri, ldh");
		}
		return parsed;
	}

	WorkupResult result() {
		int parts = (slnb != null ? 1 : 0) + (imaging != null ? 1 : 0) + (ldh != null ? 1 : 0);
		if (parts != 1) {
			throw new InvalidInput("result", "staging.workup.onePart");
		}
		if (slnb != null) {
			String basinCode = slnb.basin() != null ? slnb.basin() : basin;
			NodalBasin parsed = NodalBasin.fromCode(basinCode);
			if (basinCode != null && !basinCode.isBlank() && parsed == null) {
				throw new InvalidInput("basin", "error.field.oneOf", NodalBasin.allowed());
			}
			return new WorkupResult.Slnb(slnb.nodesExamined(), slnb.nodesPositive(), slnb.largestDepositMm(),
					Boolean.TRUE.equals(slnb.ene()), parsed, nodes(slnb.nodes()));
		}
		if (imaging != null) {
			return new WorkupResult.Imaging(imaging.findings() == null ? List.of()
					: imaging.findings().stream().map(f -> new ImagingFinding(f.site(), f.metastasis())).toList(),
					nodes(imaging.nodes()));
		}
		return new WorkupResult.Ldh(ldh.value(), ldh.unit(), ldh.upperLimitOfNormal());
	}

	private static List<RegionalNode> nodes(List<Node> given) {
		return given == null ? List.of() : given.stream().map(n -> n == null ? new RegionalNode(null, null, false)
				: n.node()).toList();
	}
}
