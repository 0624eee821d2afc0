package org.cutis.biopsy.domain;

import org.cutis.biopsy.BiopsyOrder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cutis.biopsy.CommunicationMethod;
import org.cutis.biopsy.SpecimenStatus;
import org.cutis.biopsy.domain.PathLogPolicy.Entry;
import org.cutis.biopsy.domain.PathLogPolicy.Flag;
import org.cutis.biopsy.domain.PathLogPolicy.Settings;
import org.cutis.clinical.Behaviour;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.Diagnosis;
import org.cutis.rules.common.AnatomicSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The overdue rules against a fixed clock: Wednesday 11 March 2026, 09:00 in Seoul. */
class PathLogPolicyTests {
	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
	static final Clock WEDNESDAY = Clock.fixed(LocalDateTime.of(2026, 3, 11, 9, 0).atZone(SEOUL).toInstant(), SEOUL);
	static final Settings CENTER = new Settings(ReportBenchmark.CAP_ADASP, 2, 2, 14, 7);
	static final String MRN = "12345678";

	/** A specimen whose every step so far happened at 10:00 on {@code day} of March 2026. */
	static Specimen at(String accession, SpecimenStatus target, int day, boolean malignant) {
		return at(accession, target, day, malignant ? Behaviour.MALIGNANT : Behaviour.BENIGN);
	}

	static Specimen at(String accession, SpecimenStatus target, int day, Behaviour result) {
		var when = LocalDateTime.of(2026, 3, day, 10, 0).atZone(SEOUL).toInstant();
		Specimen s = new Specimen(accession, SpecimenTests.lesion(Diagnosis.MELANOMA),
				new BiopsyOrder(BiopsyTechnique.PUNCH, null, null, "history",
						UUID.randomUUID(), false, null), true, "derm", when);
		for (SpecimenStatus step : SpecimenStatus.values()) {
			if (s.status() == target) {
				return s;
			}
			switch (step) {
				case COLLECTED -> s.collect("nurse", when);
				case SENT -> s.send("nurse", when);
				case RECEIVED -> s.receive(accession, MRN, MRN, AnatomicSite.BACK, "path", when);
				case REPORTED -> s.reported("path", when);
				case SIGNED -> s.signed(result, "path", when);
				case REVIEWED -> s.review("derm", when);
				case COMMUNICATED -> s.communicate(CommunicationMethod.PHONE, "nurse", when);
				default -> { }
			}
		}
		return s;
	}

	@Test
	void flagsExactlyTheSpecimensPastTheirDueDate() {
		List<Specimen> specimens = List.of(
				at("ordered-long-ago", SpecimenStatus.ORDERED, 1, false),
				at("collected-sunday", SpecimenStatus.COLLECTED, 8, false),
				at("sent-sunday", SpecimenStatus.SENT, 8, false),
				at("collected-monday", SpecimenStatus.COLLECTED, 9, false),
				at("received-friday", SpecimenStatus.RECEIVED, 6, false),
				at("received-saturday", SpecimenStatus.RECEIVED, 7, false),
				at("received-monday", SpecimenStatus.RECEIVED, 9, false),
				at("preliminary-friday", SpecimenStatus.REPORTED, 6, true),
				at("malignant-signed-sunday", SpecimenStatus.SIGNED, 8, true),
				at("malignant-signed-tuesday", SpecimenStatus.SIGNED, 10, true),
				at("benign-signed-long-ago", SpecimenStatus.SIGNED, 1, false),
				at("reviewed-tuesday-before", SpecimenStatus.REVIEWED, 3, true),
				at("reviewed-thursday-before", SpecimenStatus.REVIEWED, 5, false),
				at("communicated", SpecimenStatus.COMMUNICATED, 1, true));

		Map<String, Flag> flags = new PathLogPolicy(CENTER).assess(specimens, WEDNESDAY)
			.stream()
			.collect(Collectors.toMap(e -> e.specimen().accession(), Entry::flag));

		assertThat(flags).doesNotContainKey("communicated");
		assertThat(flags.entrySet().stream().filter(e -> e.getValue() != Flag.NONE).collect(
				Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEqualTo(Map.of(
						"collected-sunday", Flag.NOT_RECEIVED,
						"sent-sunday", Flag.NOT_RECEIVED,
						"received-friday", Flag.REPORT_LATE,
						"received-saturday", Flag.REPORT_LATE,
						"preliminary-friday", Flag.REPORT_LATE,
						"malignant-signed-sunday", Flag.MALIGNANT_NOT_REVIEWED,
						"reviewed-tuesday-before", Flag.NOT_COMMUNICATED));
		assertThat(flags).hasSize(13);
	}

	@Test
	void overdueComeFirstThenByDueDate() {
		List<Entry> entries = new PathLogPolicy(CENTER).assess(List.of(at("on-time", SpecimenStatus.COLLECTED, 10, false),
				at("no-due-date", SpecimenStatus.ORDERED, 1, false), at("late", SpecimenStatus.RECEIVED, 2, false)),
				WEDNESDAY);
		assertThat(entries).extracting(e -> e.specimen().accession()).containsExactly("late", "on-time", "no-due-date");
		assertThat(entries.get(0).due()).isEqualTo(LocalDate.of(2026, 3, 4));
	}

	@Test
	void theUkSevenDayKpiGivesAReportReceivedLastFridayUntilNextFriday() {
		var rcpath = new PathLogPolicy(new Settings(ReportBenchmark.RCPATH, 2, 2, 14, 7));
		Entry entry = rcpath.assess(at("received-friday", SpecimenStatus.RECEIVED, 6, false), WEDNESDAY);
		assertThat(entry.due()).isEqualTo(LocalDate.of(2026, 3, 13));
		assertThat(entry.overdue()).isFalse();
	}

	@Test
	void anAddendumStartsTheReviewClockAgain() {
		Specimen s = at("amended", SpecimenStatus.COMMUNICATED, 1, true);
		s.amended(Behaviour.MALIGNANT, LocalDateTime.of(2026, 3, 10, 15, 0).atZone(SEOUL).toInstant());
		Entry entry = new PathLogPolicy(CENTER).assess(s, WEDNESDAY);
		assertThat(entry.due()).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(entry.flag()).isEqualTo(Flag.NONE);
		assertThat(new PathLogPolicy(CENTER).assess(s, Clock.offset(WEDNESDAY, java.time.Duration.ofDays(2))).flag())
			.isEqualTo(Flag.MALIGNANT_NOT_REVIEWED);
	}

	/** Signed benign at 10:00 on Sunday 1 March: due on the 15th (day 14), overdue from the 16th (day 15). */
	@Test
	void aBenignResultIsDueForReviewOnDayFourteenAndOverdueOnDayFifteen() {
		Specimen benign = at("benign", SpecimenStatus.SIGNED, 1, Behaviour.BENIGN);
		PathLogPolicy policy = new PathLogPolicy(CENTER);

		Entry day14 = policy.assess(benign, day(15));
		assertThat(day14.due()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(day14.since()).isEqualTo(benign.latest(SpecimenStep.What.SIGNED).orElseThrow().at());
		assertThat(day14.flag()).isEqualTo(Flag.NONE);

		Entry day15 = policy.assess(benign, day(16));
		assertThat(day15.due()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(day15.flag()).isEqualTo(Flag.BENIGN_NOT_REVIEWED);
		assertThat(day15.flag().code()).isEqualTo("benign-not-reviewed");
	}

	/** Malignant, in situ and uncertain (ICD-O /1, or "other" without a stated behaviour): the malignant interval. */
	@ParameterizedTest
	@EnumSource(value = Behaviour.class, names = { "MALIGNANT", "IN_SITU", "UNCERTAIN" })
	void everyResultNotKnownToBeBenignGetsTheMalignantInterval(Behaviour behaviour) {
		Specimen s = at("result", SpecimenStatus.SIGNED, 9, behaviour);
		Entry entry = new PathLogPolicy(CENTER).assess(s, WEDNESDAY);
		assertThat(entry.due()).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(entry.flag()).isEqualTo(Flag.NONE);
		assertThat(new PathLogPolicy(CENTER).assess(s, day(12)).flag()).isEqualTo(Flag.MALIGNANT_NOT_REVIEWED);
	}

	@Test
	void anAddendumThatFindsMalignancyInABenignResultShortensTheClock() {
		Specimen s = at("benign-then-malignant", SpecimenStatus.SIGNED, 2, Behaviour.BENIGN);
		assertThat(new PathLogPolicy(CENTER).assess(s, WEDNESDAY).due()).isEqualTo(LocalDate.of(2026, 3, 16));
		s.amended(Behaviour.MALIGNANT, LocalDateTime.of(2026, 3, 6, 10, 0).atZone(SEOUL).toInstant());
		Entry entry = new PathLogPolicy(CENTER).assess(s, WEDNESDAY);
		assertThat(entry.due()).isEqualTo(LocalDate.of(2026, 3, 8));
		assertThat(entry.flag()).isEqualTo(Flag.MALIGNANT_NOT_REVIEWED);
	}

	@Test
	void theCenterSetsTheBenignInterval() {
		Specimen benign = at("benign", SpecimenStatus.SIGNED, 1, Behaviour.BENIGN);
		var strict = new PathLogPolicy(new Settings(ReportBenchmark.CAP_ADASP, 2, 2, 7, 7));
		assertThat(strict.assess(benign, WEDNESDAY).due()).isEqualTo(LocalDate.of(2026, 3, 8));
		assertThat(strict.assess(benign, WEDNESDAY).flag()).isEqualTo(Flag.BENIGN_NOT_REVIEWED);
	}

	/** 09:00 in Seoul on the given day of March 2026. */
	static Clock day(int dayOfMarch) {
		return Clock.fixed(LocalDateTime.of(2026, 3, dayOfMarch, 9, 0).atZone(SEOUL).toInstant(), SEOUL);
	}

	@ParameterizedTest(name = "received {0} + 2 working days = {1}")
	@CsvSource({ "2026-03-09, 2026-03-11", "2026-03-12, 2026-03-16", "2026-03-13, 2026-03-17", "2026-03-14, 2026-03-17",
			"2026-03-15, 2026-03-17" })
	void twoWorkingDaysSkipTheWeekend(LocalDate received, LocalDate due) {
		assertThat(ReportBenchmark.CAP_ADASP.due(received)).isEqualTo(due);
	}

	/**
	 * The path log counts and sweeps the overdue specimens as one range of its index: a wait is overdue
	 * exactly when it began before the policy's boundary, for every wait, benchmark and weekday.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(ReportBenchmark.class)
	void theOverdueOnesAreThoseWhoseWaitBeganBeforeTheBoundary(ReportBenchmark benchmark) {
		var policy = new PathLogPolicy(new Settings(benchmark, 2, 0, 14, 7));
		for (int today = 9; today <= 22; today++) {
			Clock clock = day(today);
			for (int began = 1; began <= today; began++) {
				for (Specimen s : List.of(at("c", SpecimenStatus.COLLECTED, began, false),
						at("r", SpecimenStatus.RECEIVED, began, false), at("m", SpecimenStatus.SIGNED, began, true),
						at("b", SpecimenStatus.SIGNED, began, false), at("v", SpecimenStatus.REVIEWED, began, false))) {
					Entry entry = policy.assess(s, clock);
					Awaiting awaiting = Awaiting.of(s);
					assertThat(entry.since().isBefore(policy.overdueBefore(awaiting, clock)))
						.as("%s began on the %d, today the %d", awaiting, began, today)
						.isEqualTo(entry.overdue());
					assertThat(policy.due(awaiting, entry.since(), SEOUL)).isEqualTo(entry.due());
				}
			}
		}
	}
}
