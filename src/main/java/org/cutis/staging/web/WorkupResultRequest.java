package org.cutis.staging.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.cutis.shared.InvalidInput;
import org.cutis.staging.domain.ImagingFinding;
import org.cutis.staging.domain.WorkupKind;
import org.cutis.staging.domain.WorkupResult;

/** One result: the order (or its kind) and exactly one of slnb, imaging, ldh. */
record WorkupResultRequest(UUID orderId, String kind, Slnb slnb, Imaging imaging, Ldh ldh) {

	record Slnb(Integer nodesExamined, Integer nodesPositive, BigDecimal largestDepositMm, Boolean ene) {
	}

	record Imaging(List<Finding> findings) {
	}

	record Finding(String site, String metastasis) {
	}

	record Ldh(BigDecimal value, String unit, BigDecimal upperLimitOfNormal) {
	}

	WorkupKind parsedKind() {
		WorkupKind parsed = kind == null ? null : WorkupKind.fromCode(kind);
		if (kind != null && parsed == null) {
			throw new InvalidInput("kind", "error.field.oneOf", "slnb, nodal-ultrasound, ct, pet-ct, brain-mri, ldh");
		}
		return parsed;
	}

	WorkupResult result() {
		int parts = (slnb != null ? 1 : 0) + (imaging != null ? 1 : 0) + (ldh != null ? 1 : 0);
		if (parts != 1) {
			throw new InvalidInput("result", "staging.workup.onePart");
		}
		if (slnb != null) {
			return new WorkupResult.Slnb(slnb.nodesExamined(), slnb.nodesPositive(), slnb.largestDepositMm(),
					Boolean.TRUE.equals(slnb.ene()));
		}
		if (imaging != null) {
			return new WorkupResult.Imaging(imaging.findings() == null ? List.of()
					: imaging.findings().stream().map(f -> new ImagingFinding(f.site(), f.metastasis())).toList());
		}
		return new WorkupResult.Ldh(ldh.value(), ldh.unit(), ldh.upperLimitOfNormal());
	}
}
