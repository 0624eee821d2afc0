package org.cutis.rules.ctcae;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects, for one term, every grade the findings reach and why. CTCAE criteria separated by
 * semicolons are alternatives, so the grade is the highest one reached.
 */
public final class GradeEvidence {

	private int highest;
	private final List<String> reasons = new ArrayList<>();

	public void reach(int grade, String reason) {
		highest = Math.max(highest, grade);
		reasons.add(reason + " (grade " + grade + ")");
	}

	/** A remark that changes no grade, e.g. where the wording leaves a gap. */
	public void note(String remark) {
		reasons.add(remark);
	}

	public int highest() {
		return highest;
	}

	public List<String> reasons() {
		return List.copyOf(reasons);
	}
}
