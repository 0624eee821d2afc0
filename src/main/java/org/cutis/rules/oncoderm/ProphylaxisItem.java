package org.cutis.rules.oncoderm;

import org.cutis.rules.common.Coded;
import org.cutis.rules.common.Explanation;

/** One item of a pre-emptive skin regimen; its words are {@code rules.oncoderm.prophylaxis.<code>}. */
public enum ProphylaxisItem implements Coded {
	MOISTURISER, SUNSCREEN, LOW_POTENCY_TOPICAL_STEROID, ORAL_TETRACYCLINE,
	UREA_CREAM,
	RT_TOPICAL_STEROID, RT_BARRIER_FILM, RT_PHOTOBIOMODULATION;

	/** The item in words in the reader's language. */
	public Explanation text() {
		return Explanation.of("rules.oncoderm.prophylaxis." + code());
	}
}
