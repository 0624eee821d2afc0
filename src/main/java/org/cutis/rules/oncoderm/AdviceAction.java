package org.cutis.rules.oncoderm;

import org.cutis.rules.common.Coded;
import org.cutis.rules.common.Explanation;

/**
 * What the skin-care clinic advises oncology to do with the cancer treatment. {@link #NO_ADVICE}
 * is the honest answer where the reference is silent: Cutis never invents a threshold.
 */
public enum AdviceAction implements Coded {
	CONTINUE, CONTINUE_WITH_SKIN_TREATMENT, HOLD_UNTIL_GRADE_1, HOLD_UNTIL_GRADE_2, REDUCE_DOSE, DISCONTINUE, NO_ADVICE;

	/** The action in words in the reader's language. */
	public Explanation label() {
		return Explanation.of("rules.oncoderm.action." + code());
	}
}
