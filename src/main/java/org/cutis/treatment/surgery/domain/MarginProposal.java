package org.cutis.treatment.surgery.domain;

import java.math.BigDecimal;
import java.util.List;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.Finding;
import org.cutis.rules.melanoma.BreslowThickness;
import org.cutis.rules.melanoma.ExcisionMargin;
import org.cutis.rules.melanoma.ExcisionMarginPolicy;

/**
 * The clinical margin the rules propose for a cancer's excision (the {@code melanoma.margin} rule:
 * NCCN by Breslow thickness), with its explanation; or no proposal, with the reason there is none
 * (a thickness that could not be measured, a tumour without a margin rule here).
 *
 * @param minCm null when there is no proposal
 */
public record MarginProposal(BigDecimal minCm, BigDecimal maxCm, List<Explanation> why, String ruleSet,
		String source) {
	private static final ExcisionMarginPolicy POLICY = new ExcisionMarginPolicy();

	public MarginProposal {
		why = why == null ? List.of() : List.copyOf(why);
	}

	/** A melanoma: in situ 0.5-1 cm; invasive by the greatest Breslow thickness of its specimens. */
	public static MarginProposal forMelanoma(boolean inSitu, BigDecimal breslowMm) {
		if (inSitu) {
			return of(POLICY.inSitu());
		}
		if (breslowMm == null) {
			return none("surgery.proposal.noThickness");
		}
		return of(POLICY.invasive(new BreslowThickness(breslowMm)));
	}

	public static MarginProposal none(String reasonKey) {
		return new MarginProposal(null, null, List.of(Explanation.of(reasonKey)), null, null);
	}

	private static MarginProposal of(Finding<ExcisionMargin> finding) {
		return new MarginProposal(finding.value().minCm(), finding.value().maxCm(), finding.why(),
				finding.ruleSet().id(), finding.source());
	}

	public boolean proposed() {
		return minCm != null;
	}

	/** The smallest margin the rules accept, in millimetres. */
	public BigDecimal minMm() {
		return minCm == null ? null : minCm.multiply(BigDecimal.TEN);
	}

	/** "1 cm", "1-2 cm" (units are the same in both languages). */
	public String label() {
		return minCm == null ? null : new ExcisionMargin(minCm, maxCm).label();
	}
}
