package org.cutis.biopsy.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.cutis.clinical.Behaviour;

/**
 * The closed loop's one rule book: for each open specimen the date its next step is due and
 * whether it is overdue. The path log page, its API and the nightly sweep all ask this class,
 * so they cannot disagree. A specimen is overdue from the day after its due date. Every signed
 * result has a due date for its review: a malignant, in situ or uncertain one the malignant
 * interval, a benign one the center's (longer) benign interval.
 */
public class PathLogPolicy {
	/** Why a specimen is overdue; NONE while it is on time or has no due date. */
	public enum Flag {
		NONE, NOT_RECEIVED, REPORT_LATE, MALIGNANT_NOT_REVIEWED, BENIGN_NOT_REVIEWED, NOT_COMMUNICATED;

		public String code() {
			return name().toLowerCase().replace('_', '-');
		}
	}

	/**
	 * The center's settings: the report benchmark, and four intervals in calendar days chosen by the
	 * center (no guideline sets them).
	 *
	 * @param malignantReviewDays signed to reviewed for a result that {@link Behaviour#needsMalignantReview()}
	 * @param benignReviewDays    signed to reviewed for a benign result
	 */
	public record Settings(ReportBenchmark reportBenchmark, int receiptDays, int malignantReviewDays,
			int benignReviewDays, int communicationDays) {
		public Settings {
			if (receiptDays < 0 || malignantReviewDays < 0 || benignReviewDays < 0 || communicationDays < 0) {
				throw new IllegalArgumentException("path log intervals are whole days, zero or more");
			}
		}
	}

	public record Entry(Specimen specimen, Instant since, LocalDate due, Flag flag) {
		public boolean overdue() {
			return flag != Flag.NONE;
		}
	}

	private final Settings settings;

	public PathLogPolicy(Settings settings) {
		this.settings = settings;
	}

	public Settings settings() {
		return settings;
	}

	/** Overdue first, then by due date, then by how long the specimen has been in its state (then by id, for pages). */
	public List<Entry> assess(Collection<Specimen> specimens, Clock clock) {
		return specimens.stream()
			.filter(s -> s.status().isOpen())
			.map(s -> assess(s, clock))
			.sorted(Comparator.comparing(Entry::overdue)
				.reversed()
				.thenComparing(Entry::due, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Entry::since)
				.thenComparing(e -> e.specimen().id()))
			.toList();
	}

	public Entry assess(Specimen s, Clock clock) {
		Awaiting awaiting = Awaiting.of(s);
		if (awaiting == null) {
			throw new IllegalArgumentException("not open: " + s.status());
		}
		Instant since = awaiting.since(s);
		LocalDate due = due(awaiting, since, clock.getZone());
		boolean late = due != null && LocalDate.now(clock).isAfter(due);
		return new Entry(s, since, due, late ? awaiting.late() : Flag.NONE);
	}

	/** The date the next step is due for a wait that began at {@code since}; none for an uncollected order. */
	public LocalDate due(Awaiting awaiting, Instant since, ZoneId zone) {
		LocalDate began = day(since, zone);
		return switch (awaiting) {
			case COLLECTION -> null;
			case RECEIPT -> began.plusDays(settings.receiptDays());
			case REPORT -> settings.reportBenchmark().due(began);
			case MALIGNANT_REVIEW -> began.plusDays(settings.malignantReviewDays());
			case BENIGN_REVIEW -> began.plusDays(settings.benignReviewDays());
			case COMMUNICATION -> began.plusDays(settings.communicationDays());
		};
	}

	/**
	 * The start of the first day whose waits are not overdue today: a specimen is overdue exactly when
	 * its wait began before this instant, so the overdue ones are one range of the path log's index.
	 * The due date never falls as the start day grows, so walking back from today finds the boundary
	 * (a few steps: the interval's length, or a weekend more for working days).
	 */
	public Instant overdueBefore(Awaiting awaiting, Clock clock) {
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		LocalDate first = today;
		while (!today.isAfter(due(awaiting, first.minusDays(1).atStartOfDay(zone).toInstant(), zone))) {
			first = first.minusDays(1);
		}
		return first.atStartOfDay(zone).toInstant();
	}

	private static LocalDate day(Instant at, ZoneId zone) {
		return at.atZone(zone).toLocalDate();
	}
}
