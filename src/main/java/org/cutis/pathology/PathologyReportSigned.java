package org.cutis.pathology;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.Code;

/**
 * A signed report, for staging, tumor board and treatment modules: the coded diagnosis and the
 * synoptic values they need (pT with the rule set that computed it).
 */
public record PathologyReportSigned(UUID reportId, UUID specimenId, UUID patientId, UUID lesionId, String diagnosis,
		List<Code> codes, boolean malignant, BigDecimal breslowMm, Boolean ulceration, String pT, String ptRuleSet,
		Boolean peripheralMarginInvolved, Boolean deepMarginInvolved, Instant signedAt, String signedBy) {
}
