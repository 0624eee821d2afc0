package org.cutis.biopsy.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.cutis.biopsy.SpecimenStatus;

/**
 * The closed loop's one rule book: for each open specimen the date its next step is due and
 * whether it is overdue. The path log page, its API and the nightly sweep all ask this class,
 * so they cannot disagree. A specimen is overdue from the day after its due date.
 */
public class PathLogPolicy {
	/** Why a specimen is overdue; NONE while it is on time or has no due date. */
	public enum Flag {
		NONE, NOT_RECEIVED, REPORT_LATE, MALIGNANT_NOT_REVIEWED, NOT_COMMUNICATED;

		public String code() {
			return name().toLowerCase().replace('_', '-');
		}
	}

	/** The center's settings: the report benchmark, and three intervals in calendar days chosen by the center. */
	public record Settings(ReportBenchmark reportBenchmark, int receiptDays, int malignantReviewDays,
			int communicationDays) {
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

	/** Overdue first, then by due date, then by how long the specimen has been in its state. */
	public List<Entry> assess(Collection<Specimen> specimens, Clock clock) {
		return specimens.stream()
			.filter(s -> s.status().isOpen())
			.map(s -> assess(s, clock))
			.sorted(Comparator.comparing(Entry::overdue)
				.reversed()
				.thenComparing(Entry::due, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Entry::since))
			.toList();
	}

	public Entry assess(Specimen s, Clock clock) {
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		SpecimenStatus status = s.status();
		return switch (status) {
			case ORDERED -> new Entry(s, s.orderedAt(), null, Flag.NONE);
			case COLLECTED, SENT -> entry(s, s.collectedAt(), day(s.collectedAt(), zone).plusDays(settings.receiptDays()),
					Flag.NOT_RECEIVED, today);
			case RECEIVED, GROSSED, REPORTED -> entry(s, s.receivedAt(),
					settings.reportBenchmark().due(day(s.receivedAt(), zone)), Flag.REPORT_LATE, today);
			case SIGNED -> {
				// an addendum reopens the loop: the clock starts again at the amendment
				Instant result = s.amendedAt() != null && s.amendedAt().isAfter(s.signedAt()) ? s.amendedAt() : s.signedAt();
				yield s.malignant()
						? entry(s, result, day(result, zone).plusDays(settings.malignantReviewDays()),
								Flag.MALIGNANT_NOT_REVIEWED, today)
						: new Entry(s, result, null, Flag.NONE);
			}
			case REVIEWED -> entry(s, s.reviewedAt(), day(s.reviewedAt(), zone).plusDays(settings.communicationDays()),
					Flag.NOT_COMMUNICATED, today);
			case COMMUNICATED, REJECTED, VOIDED -> throw new IllegalArgumentException("not open: " + status);
		};
	}

	private static Entry entry(Specimen s, Instant since, LocalDate due, Flag late, LocalDate today) {
		return new Entry(s, since, due, today.isAfter(due) ? late : Flag.NONE);
	}

	private static LocalDate day(Instant at, ZoneId zone) {
		return at.atZone(zone).toLocalDate();
	}
}
