package org.cutis.treatment.surgery.application;

import org.cutis.staging.CancerSummary;
import org.cutis.staging.DiagnosisKind;
import org.cutis.treatment.surgery.domain.MarginProposal;

/**
 * The margin the rules propose for a cancer, from the facts staging combined over all its specimens
 * (the greatest Breslow thickness). Only melanoma has a margin rule here; cSCC and BCC are excised
 * with the margin the surgeon states.
 */
final class MarginAdvice {
	private MarginAdvice() {
	}

	static MarginProposal of(CancerSummary cancer) {
		if (cancer.kind() != DiagnosisKind.MELANOMA) {
			return MarginProposal.none("surgery.proposal.noRule");
		}
		var findings = cancer.findings();
		return MarginProposal.forMelanoma(findings != null && findings.inSitu(),
				findings == null ? null : findings.breslowMm());
	}
}
