package org.cutis.tumorboard.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The eligibility rules a case's staging met when it was proposed or restaged, as the case keeps
 * them: one column of codes ("melanoma-stage recurrence"). Read and extended here so the case
 * compares rules, not text; a code no rule has any more is dropped rather than failing the case.
 */
final class ReasonsMet {
	private final Set<EligibilityReason> reasons;

	private ReasonsMet(Set<EligibilityReason> reasons) {
		this.reasons = reasons;
	}

	/** The rules in a column of codes (null or blank: none). */
	static ReasonsMet of(String codes) {
		Set<EligibilityReason> known = EnumSet.noneOf(EligibilityReason.class);
		if (codes != null && !codes.isBlank()) {
			for (String code : codes.trim().split(" ")) {
				EligibilityReason.fromCode(code).ifPresent(known::add);
			}
		}
		return new ReasonsMet(known);
	}

	boolean contains(EligibilityReason rule) {
		return reasons.contains(rule);
	}

	boolean containsAll(Collection<EligibilityReason> rules) {
		return reasons.containsAll(rules);
	}

	ReasonsMet with(Collection<EligibilityReason> rules) {
		Set<EligibilityReason> more = EnumSet.noneOf(EligibilityReason.class);
		more.addAll(reasons);
		more.addAll(rules);
		return new ReasonsMet(more);
	}

	/** The column's text, in the rules' order. */
	String codes() {
		return String.join(" ", reasons.stream().map(EligibilityReason::code).toList());
	}
}
