package org.cutis.patient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One event in a patient's chart timeline. {@code messageKey} and {@code args} render it in the
 * reader's language; {@code link} points to the record it concerns.
 */
public record TimelineEntry(Instant at, String messageKey, List<Object> args, String by, String link) {
	/** The chart's order; a stable sort keeps a contributor's own order among entries of one instant. */
	public static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator
		.comparing(TimelineEntry::at)
		.reversed();

	/** The newest {@code limit} entries of a contributor and how many it has in all. */
	public record Recent(List<TimelineEntry> entries, long total) {
		/** The newest {@code limit} of these entries, whatever their order, with their number. */
		public static Recent of(List<TimelineEntry> all, int limit) {
			List<TimelineEntry> sorted = new ArrayList<>(all);
			sorted.sort(NEWEST_FIRST);
			return new Recent(List.copyOf(sorted.subList(0, Math.min(limit, sorted.size()))), sorted.size());
		}
	}
}
