package org.cutis.biopsy.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.cutis.biopsy.SpecimenStatus;
import org.cutis.biopsy.domain.SpecimenStep.What;
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
			case ORDERED -> new Entry(s, s.ordered().at(), null, Flag.NONE);
			case COLLECTED, SENT -> {
				Instant collected = at(s, What.COLLECTED);
				yield entry(s, collected, day(collected, zone).plusDays(settings.receiptDays()), Flag.NOT_RECEIVED,
						today);
			}
			case RECEIVED, GROSSED, REPORTED -> {
				Instant received = at(s, What.RECEIVED);
				yield entry(s, received, settings.reportBenchmark().due(day(received, zone)), Flag.REPORT_LATE, today);
			}
			case SIGNED -> {
				// an addendum reopens the loop: the clock starts again at the amendment
				Instant result = s.resultAt().orElseGet(() -> at(s, What.SIGNED));
				Behaviour behaviour = s.resultBehaviour();
				// a result whose behaviour is not recorded is never treated as benign
				yield behaviour == null || behaviour.needsMalignantReview()
						? entry(s, result, day(result, zone).plusDays(settings.malignantReviewDays()),
								Flag.MALIGNANT_NOT_REVIEWED, today)
						: entry(s, result, day(result, zone).plusDays(settings.benignReviewDays()),
								Flag.BENIGN_NOT_REVIEWED, today);
			}
			case REVIEWED -> {
				Instant reviewed = at(s, What.REVIEWED);
				yield entry(s, reviewed, day(reviewed, zone).plusDays(settings.communicationDays()),
						Flag.NOT_COMMUNICATED, today);
			}
			case COMMUNICATED, REJECTED, VOIDED -> throw new IllegalArgumentException("not open: " + status);
		};
	}

	/** When the specimen last reached that step; never missing once the loop got there (V620 filled old rows). */
	private static Instant at(Specimen s, What what) {
		List<SpecimenStep> steps = s.steps();
		return s.latest(what).orElse(steps.get(steps.size() - 1)).at();
	}

	private static Entry entry(Specimen s, Instant since, LocalDate due, Flag late, LocalDate today) {
		return new Entry(s, since, due, today.isAfter(due) ? late : Flag.NONE);
	}

	private static LocalDate day(Instant at, ZoneId zone) {
		return at.atZone(zone).toLocalDate();
	}
}
