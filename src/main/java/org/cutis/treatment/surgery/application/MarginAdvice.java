package org.cutis.treatment.surgery.application;

import java.math.BigDecimal;

import org.cutis.staging.CancerSummary;
import org.cutis.staging.DiagnosisKind;
import org.cutis.treatment.surgery.domain.MarginProposal;

/**
 * The margin the rules propose for a cancer, from the facts staging combined over all its specimens
 * (the greatest Breslow thickness). Only melanoma has a margin rule here; cSCC and BCC are excised
 * with the margin the surgeon states.
 */
public final class MarginAdvice {
	private MarginAdvice() {
	}

	static MarginProposal of(CancerSummary cancer) {
		var findings = cancer.findings();
		return of(cancer.kind(), findings != null && findings.inSitu(), findings == null ? null : findings.breslowMm());
	}

	/** The same from the combined facts themselves (the module's in-memory entry point has no CancerSummary). */
	public static MarginProposal of(DiagnosisKind kind, boolean inSitu, BigDecimal breslowMm) {
		if (kind != DiagnosisKind.MELANOMA) {
			return MarginProposal.none("surgery.proposal.noRule");
		}
		return MarginProposal.forMelanoma(inSitu, breslowMm);
	}
}
