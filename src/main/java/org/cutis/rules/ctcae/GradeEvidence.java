package org.cutis.rules.ctcae;

import org.cutis.rules.common.Explanation;
import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Explanation;

/**
 * Collects, for one term, every grade the findings reach and why. CTCAE criteria separated by
 * semicolons are alternatives, so the grade is the highest one reached.
 */
public final class GradeEvidence {

	private int highest;
	private final List<Explanation> reasons = new ArrayList<>();

	public void reach(int grade, Explanation reason) {
		highest = Math.max(highest, grade);
		reasons.add(Explanation.of("rules.why.ctcae.grade", reason, grade));
	}

	/** A remark that changes no grade, e.g. where the wording leaves a gap. */
	public void note(Explanation remark) {
		reasons.add(remark);
	}

	public int highest() {
		return highest;
	}

	public List<Explanation> reasons() {
		return List.copyOf(reasons);
	}
}
