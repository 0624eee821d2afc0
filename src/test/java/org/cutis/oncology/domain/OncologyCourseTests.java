package org.cutis.oncology.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The courses guard their own values and transitions: BSA, cycles and holds, the end, dose arithmetic, dates. */
class OncologyCourseTests {
	static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
	static final LocalDate TODAY = LocalDate.parse("2026-11-30");
	static final LocalDate START = LocalDate.parse("2026-10-01");

	SystemicCourse course(String regimen, Regimen catalogued) {
		return SystemicCourse.start(new SystemicCourse.Start(UUID.randomUUID(), regimen, "adjuvant", 1,
				new BigDecimal("172"), new BigDecimal("68.5"), START), UUID.randomUUID(), catalogued, "onc", NOW);
	}

	static List<String> fields(Throwable e) {
		return ((InvalidInput) e).problems().stream().map(FieldProblem::field).toList();
	}

	@Test
	void aCourseStartsWithItsBodySurfaceAreaByMosteller() {
		SystemicCourse c = course("nivolumab", Regimen.add("Nivolumab", "immunotherapy", 10, "admin", NOW));
		assertThat(c.bsaM2()).isEqualByComparingTo("1.81"); // sqrt(172 × 68.5 / 3600) = 1.809
		assertThat(c.freeEntry()).isFalse();
		assertThat(c.regimenName()).isEqualTo("Nivolumab");
		assertThat(c.setting()).isEqualTo(Setting.ADJUVANT);
		assertThat(c.ongoing()).isTrue();
	}

	@Test
	void heightAndWeightAreKeptToATenthAndAWeightThatRoundsToZeroIsRefused() {
		SystemicCourse c = SystemicCourse.start(new SystemicCourse.Start(UUID.randomUUID(), "Nivolumab", "metastatic", 2,
				new BigDecimal("172.04"), new BigDecimal("68.46"), START), UUID.randomUUID(), null, "onc", NOW);
		assertThat(c.heightCm()).isEqualByComparingTo("172.0");
		assertThat(c.weightKg()).isEqualByComparingTo("68.5");
		assertThatThrownBy(() -> SystemicCourse.start(new SystemicCourse.Start(UUID.randomUUID(), "Nivolumab", "metastatic",
				2, new BigDecimal("172"), new BigDecimal("0.04"), START), UUID.randomUUID(), null, "onc", NOW))
			.satisfies(e -> assertThat(fields(e)).containsExactly("weightKg"));
	}

	@Test
	void aRegimenNotInTheCatalogueIsAFreeEntryMarkedAsSuch() {
		SystemicCourse c = course("Tebentafusp", null);
		assertThat(c.freeEntry()).isTrue();
		assertThat(c.regimenCode()).isNull();
		assertThat(c.regimenName()).isEqualTo("Tebentafusp");
	}

	@Test
	void impossibleHeightWeightSettingAndLineAreRefusedTogether() {
		assertThatThrownBy(() -> SystemicCourse.start(new SystemicCourse.Start(UUID.randomUUID(), " ", "palliative", 0,
				new BigDecimal("300"), BigDecimal.ZERO, null), UUID.randomUUID(), null, "onc", NOW))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(fields(e)).containsExactly("regimen", "setting", "line", "heightCm", "weightKg",
					"startDate"))
			.satisfies(e -> assertThat(((InvalidInput) e).problems().get(3).args()).containsExactly("40", "250"));
	}

	@Test
	void cyclesAreNumberedInOrderAndAHeldCycleKeepsItsNumber() {
		SystemicCourse c = course("Nivolumab", null);
		List<SystemicCycle> cycles = new ArrayList<>();
		cycles.add(c.recordCycle(cycles, entry(1, "2026-10-01"), TODAY, "onc", NOW));
		assertThatThrownBy(() -> c.recordCycle(cycles, entry(3, "2026-10-29"), TODAY, "onc", NOW))
			.satisfies(e -> assertThat(fields(e)).containsExactly("number"));
		cycles.add(c.recordCycle(cycles, new SystemicCycle.Entry(2, LocalDate.parse("2026-10-29"), true,
				"grade 2 colitis", null, null), TODAY, "onc", NOW));
		assertThat(SystemicCourse.nextCycleNumber(cycles)).isEqualTo(2);
		cycles.add(c.recordCycle(cycles, new SystemicCycle.Entry(2, LocalDate.parse("2026-11-12"), false, null, 80,
				"colitis resolved to grade 1"), TODAY, "onc", NOW));
		assertThat(cycles).extracting(SystemicCycle::number).containsExactly(1, 2, 2);
		assertThat(cycles.get(1).held()).isTrue();
		assertThat(cycles.get(2).dosePercent()).isEqualTo(80);
		assertThat(cycles.get(0).reduced()).isFalse();
		assertThat(SystemicCourse.nextCycleNumber(cycles)).isEqualTo(3);
	}

	@Test
	void holdsAndDoseReductionsNeedTheirReason() {
		SystemicCourse c = course("Nivolumab", null);
		assertThatThrownBy(() -> c.recordCycle(List.of(), new SystemicCycle.Entry(1, START, true, " ", null, null), TODAY,
				"onc", NOW)).satisfies(e -> assertThat(fields(e)).containsExactly("holdReason"));
		assertThatThrownBy(() -> c.recordCycle(List.of(), new SystemicCycle.Entry(1, START, false, null, 75, null), TODAY,
				"onc", NOW)).satisfies(e -> assertThat(fields(e)).containsExactly("doseReductionReason"));
		assertThatThrownBy(() -> c.recordCycle(List.of(), new SystemicCycle.Entry(1, START, false, null, 120, "x"),
				TODAY, "onc", NOW)).satisfies(e -> assertThat(fields(e)).containsExactly("dosePercent"));
		assertThatThrownBy(() -> c.recordCycle(List.of(), new SystemicCycle.Entry(1, START, true, "fever", 50, null),
				TODAY, "onc", NOW)).satisfies(e -> assertThat(fields(e)).containsExactly("dosePercent"));
		// 100 % is the full dose: no reason needed, recorded as full
		assertThat(c.recordCycle(List.of(), new SystemicCycle.Entry(1, START, false, null, 100, null), TODAY, "onc", NOW)
			.reduced()).isFalse();
	}

	@Test
	void cycleDatesRunForwardFromTheStartAndNotIntoTheFuture() {
		SystemicCourse c = course("Nivolumab", null);
		List<SystemicCycle> cycles = new ArrayList<>();
		assertThatThrownBy(() -> c.recordCycle(cycles, entry(1, "2026-09-30"), TODAY, "onc", NOW))
			.satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).messageKey()).isEqualTo("oncology.date.beforeStart"));
		assertThatThrownBy(() -> c.recordCycle(cycles, entry(1, "2026-12-01"), TODAY, "onc", NOW))
			.satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).messageKey()).isEqualTo("oncology.date.future"));
		cycles.add(c.recordCycle(cycles, entry(1, "2026-10-15"), TODAY, "onc", NOW));
		assertThatThrownBy(() -> c.recordCycle(cycles, entry(2, "2026-10-14"), TODAY, "onc", NOW))
			.satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).messageKey())
				.isEqualTo("oncology.date.beforeLastCycle"));
	}

	@Test
	void anEndedCourseTakesNoMoreCyclesNorASecondEnd() {
		SystemicCourse c = course("Nivolumab", null);
		List<SystemicCycle> cycles = new ArrayList<>();
		cycles.add(c.recordCycle(cycles, entry(1, "2026-10-01"), TODAY, "onc", NOW));
		assertThatThrownBy(() -> c.end(LocalDate.parse("2026-11-01"), "boredom", null, cycles, TODAY, "onc", NOW))
			.satisfies(e -> assertThat(fields(e)).containsExactly("reason"));
		assertThatThrownBy(() -> c.end(LocalDate.parse("2026-09-01"), "toxicity", null, cycles, TODAY, "onc", NOW))
			.satisfies(e -> assertThat(fields(e)).containsExactly("date"));
		c.end(LocalDate.parse("2026-11-01"), "patient-choice", "moved abroad", cycles, TODAY, "onc", NOW);
		assertThat(c.ongoing()).isFalse();
		assertThat(c.endReason()).isEqualTo(EndReason.PATIENT_CHOICE);
		assertThatThrownBy(() -> c.recordCycle(cycles, entry(2, "2026-11-02"), TODAY, "onc", NOW))
			.isInstanceOf(RefusedTransition.class);
		assertThatThrownBy(() -> c.end(TODAY, "completed", null, cycles, TODAY, "onc", NOW))
			.isInstanceOf(RefusedTransition.class);
	}

	RadiotherapyCourse.Summary rt(String total, Integer fractions, String perFraction, String start, String end) {
		return new RadiotherapyCourse.Summary(UUID.randomUUID(), "left axilla", "adjuvant", "imrt",
				total == null ? null : new BigDecimal(total), fractions, perFraction == null ? null : new BigDecimal(perFraction),
				start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
	}

	@Test
	void theDosePerFractionIsTheTotalOverTheFractions() {
		RadiotherapyCourse c = RadiotherapyCourse.record(rt("48", 20, "2.4", "2026-10-01", "2026-10-28"), UUID.randomUUID(),
				TODAY, "rt", NOW);
		assertThat(c.ongoing()).isFalse();
		assertThat(c.technique()).isEqualTo(RadiotherapyTechnique.IMRT);
		assertThatThrownBy(() -> RadiotherapyCourse.record(rt("48", 20, "2.0", "2026-10-01", null), UUID.randomUUID(),
				TODAY, "rt", NOW))
			.satisfies(e -> assertThat(fields(e)).containsExactly("dosePerFractionGy"))
			.satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).args()).containsExactly("2.40", "0.01"));
		assertThatThrownBy(() -> RadiotherapyCourse.record(rt("0", 0, "0", null, null), UUID.randomUUID(), TODAY, "rt", NOW))
			.satisfies(e -> assertThat(fields(e)).containsExactly("totalDoseGy", "fractions", "dosePerFractionGy", "startDate"));
	}

	@Test
	void aRadiotherapyCourseEndsOnceAndNotBeforeItStarted() {
		assertThatThrownBy(() -> RadiotherapyCourse.record(rt("30", 10, "3", "2026-10-10", "2026-10-01"),
				UUID.randomUUID(), TODAY, "rt", NOW))
			.satisfies(e -> assertThat(fields(e)).containsExactly("endDate"));
		RadiotherapyCourse c = RadiotherapyCourse.record(rt("30", 10, "3", "2026-10-10", null), UUID.randomUUID(), TODAY,
				"rt", NOW);
		assertThat(c.ongoing()).isTrue();
		assertThatThrownBy(() -> c.end(LocalDate.parse("2026-10-09"), TODAY, "rt", NOW))
			.satisfies(e -> assertThat(fields(e)).containsExactly("endDate"));
		c.end(LocalDate.parse("2026-10-23"), TODAY, "rt", NOW);
		assertThatThrownBy(() -> c.end(LocalDate.parse("2026-10-24"), TODAY, "rt", NOW))
			.isInstanceOf(RefusedTransition.class);
	}

	@Test
	void regimenCodesComeFromTheirNames() {
		assertThat(Regimen.codeOf("Ipilimumab + nivolumab")).isEqualTo("ipilimumab-nivolumab");
		assertThat(Regimen.add("Relatlimab + Nivolumab", "immunotherapy", 1, "a", NOW).code())
			.isEqualTo("relatlimab-nivolumab");
		assertThatThrownBy(() -> Regimen.add("니볼루맙", "immunotherapy", 1, "a", NOW))
			.satisfies(e -> assertThat(fields(e)).containsExactly("name"));
		assertThatThrownBy(() -> Regimen.add("X", "hormone", 1, "a", NOW))
			.satisfies(e -> assertThat(fields(e)).containsExactly("category"));
	}

	static SystemicCycle.Entry entry(int number, String date) {
		return new SystemicCycle.Entry(number, LocalDate.parse(date), false, null, null, null);
	}
}
