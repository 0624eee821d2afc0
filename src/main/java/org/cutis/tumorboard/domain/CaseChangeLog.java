package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The case's record of what changed since it was proposed, over the case's own list: a line is
 * recorded once per event ({@code origin}), so an event delivered twice, or a proposal merged
 * into the case that already heard the same event, adds nothing.
 */
final class CaseChangeLog {
	private final List<CaseChange> changes;

	CaseChangeLog(List<CaseChange> changes) {
		this.changes = changes;
	}

	/** @return whether any of the lines was new */
	boolean add(String source, String origin, List<String> lines, Instant now, boolean afterDiscussion) {
		boolean added = false;
		for (String line : lines) {
			added |= add(source, origin, line, now, afterDiscussion);
		}
		return added;
	}

	/** Another case's changes, each with the time it was first recorded. */
	void carryOver(List<CaseChange> others, boolean afterDiscussion) {
		others.forEach(change -> add(change.source(), change.origin(), change.description(), change.recordedAt(),
				afterDiscussion));
	}

	private boolean add(String source, String origin, String line, Instant at, boolean afterDiscussion) {
		if (line == null || line.isBlank()) {
			return false;
		}
		String description = line.trim();
		if (changes.stream().anyMatch(c -> c.sameAs(origin, description))) {
			return false;
		}
		changes.add(new CaseChange(source, description, origin, at, afterDiscussion));
		return true;
	}

	/** Whether the case already recorded what the event of this origin said. */
	boolean hasSeen(String origin) {
		return origin != null && changes.stream().anyMatch(c -> Objects.equals(origin, c.origin()));
	}

	/** What changed since the discussion (empty before it). */
	List<CaseChange> sinceDiscussion() {
		return changes.stream().filter(CaseChange::afterDiscussion).toList();
	}
}
