package org.cutis.referral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored rank sorts as the worklist's Java comparator did: red flag first, then urgency. */
class TriagePriorityTests {
	record Kind(boolean redFlagged, Urgency urgency) {
	}

	@Test
	void theRankSortsAsTheRedFlagThenTheUrgency() {
		List<Kind> kinds = new ArrayList<>();
		for (boolean redFlagged : new boolean[] { false, true }) {
			for (Urgency urgency : Urgency.values()) {
				kinds.add(new Kind(redFlagged, urgency));
			}
		}
		List<Kind> byComparator = kinds.stream()
			.sorted(Comparator.comparing((Kind k) -> !k.redFlagged()).thenComparing(k -> k.urgency().rank()))
			.toList();
		List<Kind> byRank = kinds.stream()
			.sorted(Comparator.comparing((Kind k) -> TriagePriority.of(k.redFlagged(), k.urgency())))
			.toList();
		assertThat(byRank).isEqualTo(byComparator);
		assertThat(kinds.stream().map(k -> TriagePriority.of(k.redFlagged(), k.urgency())).distinct()).hasSize(6);
	}
}
