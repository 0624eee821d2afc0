package org.cutis.clinical;

import java.util.List;

/**
 * An AJCC 8th stage group: melanoma 0, IA … IIC, III (clinical), IIIA … IIID (pathological), IV;
 * cutaneous SCC of the head and neck 0, I … IV. Ordered from least to most advanced, so
 * "at least IB" and "upstaged" are comparisons, not string tests.
 */
public record AjccStage(String group) implements Comparable<AjccStage> {
	static final List<String> ORDER = List.of("0", "I", "IA", "IB", "II", "IIA", "IIB", "IIC", "III", "IIIA", "IIIB",
			"IIIC", "IIID", "IV");

	public AjccStage {
		if (!ORDER.contains(group)) {
			throw new IllegalArgumentException("not an AJCC 8th stage group: " + group);
		}
	}

	/** The group, or null when the text names none (null, blank, a risk group such as "high"). */
	public static AjccStage ofNullable(String group) {
		return group != null && ORDER.contains(group) ? new AjccStage(group) : null;
	}

	/** Stage III or IV: regional or distant disease. */
	public boolean isRegionalOrDistant() {
		return group.startsWith("III") || group.equals("IV");
	}

	public boolean isAtLeast(AjccStage other) {
		return compareTo(other) >= 0;
	}

	@Override
	public int compareTo(AjccStage other) {
		return Integer.compare(ORDER.indexOf(group), ORDER.indexOf(other.group));
	}

	@Override
	public String toString() {
		return group;
	}
}
