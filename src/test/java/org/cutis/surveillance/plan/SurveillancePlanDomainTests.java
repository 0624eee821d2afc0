package org.cutis.surveillance.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.rules.followup.FollowUpPeriod;
import org.cutis.rules.followup.FollowUpSchedule;
import org.cutis.rules.followup.Guideline;
import org.cutis.shared.InvalidInput;
import org.cutis.surveillance.plan.domain.LifelongChecks;
import org.cutis.surveillance.plan.domain.Merging;
import org.cutis.surveillance.plan.domain.PlannedVisit;
import org.cutis.surveillance.plan.domain.ResponsibleDoctor;
import org.cutis.surveillance.plan.domain.ScheduleBasis;
import org.cutis.surveillance.plan.domain.Schedules;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;
import org.cutis.surveillance.plan.domain.VisitCalendar;
import org.cutis.treatment.TreatmentCompleted.Responsible;
import org.cutis.treatment.TreatmentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plan generation per diagnosis, stage and guideline (only what followup.schedule returns), the
 * due windows, the responsible doctor, and merging into one calendar.
 */
class SurveillancePlanDomainTests {
	static final LocalDate DIAGNOSED = LocalDate.of(2026, 1, 15);
	static final double FRACTION = 0.15;

	static List<PlannedVisit> calendar(String kind, String stage, String bwhT, Guideline guideline) {
		ScheduleBasis basis = ScheduleBasis.of(kind, stage, bwhT);
		FollowUpSchedule schedule = Schedules.of(guideline, basis).value();
		List<Integer> intervals = VisitCalendar.intervals(schedule.periods(), null, "intervals");
		List<Integer> imaging = VisitCalendar.intervals(org.cutis.rules.followup.FollowUpImaging.periods(schedule), null,
				"imagingIntervals");
		return VisitCalendar.generate(schedule, intervals, imaging, DIAGNOSED, DIAGNOSED, FRACTION, 10);
	}

	static long count(List<PlannedVisit> visits, String kind) {
		return visits.stream().filter(v -> v.kind().equals(kind)).count();
	}

	/** kind, stage, BWH T, guideline, clinic visits, lifelong skin checks, imaging visits, first visit (months) */
	@ParameterizedTest(name = "{0} {1} {3}: {4} visits, {5} skin checks, {6} imaging")
	@CsvSource({
			// melanoma IA: NCCN 6-monthly to year 5, then annual skin checks for life (written 10 years ahead)
			"melanoma, IA, , NCCN, 10, 10, 0, 6",
			// Australia: annually for 10 years, no lifelong checks
			"melanoma, IA, , CCA, 10, 0, 0, 12",
			// SIGN: every 3-6 months for 12 months only
			"melanoma, IA, , SIGN, 4, 0, 0, 3",
			// IIB NCCN: 3-monthly for 2 years, 3-monthly to year 5 at the shorter end; imaging 3-monthly then 6-monthly
			"melanoma, IIB, , NCCN, 20, 10, 14, 3",
			// IIB Australia: 3-monthly 2 years, 6-monthly 1 year, annually 5 years; imaging not routine below IIC
			"melanoma, IIB, , CCA, 15, 0, 0, 3",
			// IIB SIGN: 3-monthly to year 3, 6-monthly to 5, annually to 10; CT 6-monthly to 3, annually to 5
			"melanoma, IIB, , SIGN, 21, 0, 8, 3",
			// clinical stage III NCCN: the IIB-IV schedule with imaging
			"melanoma, III, , NCCN, 20, 10, 14, 3",
			// Australia III: imaging "may be considered" without an interval: none scheduled
			"melanoma, III, , CCA, 15, 0, 0, 3",
			// cSCC low risk (stage I, BWH T1): local disease, 3-monthly for 2 years, 6-monthly to year 5
			"cscc, I, T1, NCCN, 14, 10, 0, 3",
			// cSCC high risk (BWH T2b): regional or high-risk, monthly in year 1, 2-monthly in year 2, 4-monthly to 5, then 6-monthly
			"cscc, II, T2b, NCCN, 27, 20, 0, 1",
			// BCC: NCCN 6-12 months for 5 years, then annually for life
			"bcc, low, , NCCN, 10, 10, 0, 6" })
	void generatesOnlyWhatTheRulesReturn(String kind, String stage, String bwhT, Guideline guideline, int visits,
			int skinChecks, int imaging, int firstMonths) {
		List<PlannedVisit> calendar = calendar(kind, stage, bwhT, guideline);
		assertThat(count(calendar, VisitCalendar.VISIT)).isEqualTo(visits);
		assertThat(count(calendar, VisitCalendar.SKIN_CHECK)).isEqualTo(skinChecks);
		assertThat(count(calendar, VisitCalendar.IMAGING)).isEqualTo(imaging);
		PlannedVisit first = calendar.stream().filter(v -> !v.kind().equals(VisitCalendar.IMAGING)).findFirst().orElseThrow();
		assertThat(first.dueOn()).isEqualTo(DIAGNOSED.plusMonths(firstMonths));
	}

	@Test
	void guidelinesSideBySideSayWhereTheyHaveNoSchedule() {
		var side = Schedules.sideBySide(ScheduleBasis.of("melanoma", "IV", null));
		assertThat(side.get(Guideline.NCCN).available()).isTrue();
		assertThat(side.get(Guideline.CCA).available()).isFalse();
		assertThat(side.get(Guideline.SIGN).available()).isFalse();
		assertThat(side.get(Guideline.SIGN).refusal().code()).isEqualTo("rules.invalid.followup.signStages");
		var bcc = Schedules.sideBySide(ScheduleBasis.of("bcc", null, null));
		assertThat(bcc.get(Guideline.NCCN).available()).isTrue();
		assertThat(bcc.get(Guideline.CCA).refusal().code()).isEqualTo("rules.invalid.followup.onlyNccn");
		// the lifelong period and the imaging periods are the rule's
		FollowUpSchedule iib = Schedules.of(Guideline.NCCN, ScheduleBasis.of("melanoma", "IIB", null)).value();
		assertThat(iib.periods()).containsExactly(FollowUpPeriod.years(0, 2, 3, 6), FollowUpPeriod.years(2, 5, 3, 12),
				FollowUpPeriod.lifelong(5, 12, 12));
	}

	@Test
	void aMissingStageIsIndeterminateNeverTheLightestSchedule() {
		ScheduleBasis melanoma = ScheduleBasis.of("melanoma", null, null);
		assertThat(melanoma.indeterminate()).isTrue();
		assertThat(melanoma.note().code()).isEqualTo("surveillance.note.melanomaIndeterminate");
		assertThat(Schedules.sideBySide(melanoma)).isEmpty();
		assertThatThrownBy(() -> Schedules.of(Guideline.NCCN, melanoma)).isInstanceOf(IllegalStateException.class);
		assertThat(melanoma.chosen("IIIB").stage()).isEqualTo("IIIB");
		assertThat(melanoma.chosen("V")).isNull();
		ScheduleBasis cscc = ScheduleBasis.of("cscc", null, null);
		assertThat(cscc.indeterminate()).isTrue();
		assertThat(cscc.chosen("regional").stage()).isEqualTo("regional");
		// nodal disease takes the regional schedule whatever T is
		assertThat(ScheduleBasis.of("cscc", "III", "T1").stage()).isEqualTo("regional");
	}

	@Test
	void visitsHaveDueWindowsOfAFractionOfTheInterval() {
		List<PlannedVisit> ia = calendar("melanoma", "IA", null, Guideline.NCCN);
		PlannedVisit first = ia.get(0);
		// 6 months × 30.44 days × 0.15 = 27 days either side
		assertThat(first.dueFrom()).isEqualTo(first.dueOn().minusDays(27));
		assertThat(first.dueTo()).isEqualTo(first.dueOn().plusDays(27));
		// monthly cSCC visits still get a week either side
		PlannedVisit monthly = calendar("cscc", "II", "T3", Guideline.NCCN).get(0);
		assertThat(monthly.dueTo()).isEqualTo(monthly.dueOn().plusDays(7));
		// visits due before the calendar starts (a long treatment) are not generated; the window never starts before it
		FollowUpSchedule schedule = Schedules.of(Guideline.NCCN, ScheduleBasis.of("melanoma", "IA", null)).value();
		List<PlannedVisit> late = VisitCalendar.generate(schedule, List.of(6, 12), List.of(), DIAGNOSED,
				DIAGNOSED.plusMonths(7), FRACTION, 10);
		assertThat(late.get(0).dueOn()).isEqualTo(DIAGNOSED.plusMonths(12));
		assertThat(late).allMatch(v -> !v.dueFrom().isBefore(DIAGNOSED.plusMonths(7)));
	}

	@Test
	void theClinicianPicksIntervalsInsideEachRange() {
		FollowUpSchedule schedule = Schedules.of(Guideline.NCCN, ScheduleBasis.of("melanoma", "IA", null)).value();
		assertThat(VisitCalendar.intervals(schedule.periods(), List.of(12), "intervals")).containsExactly(12, 12);
		List<PlannedVisit> yearly = VisitCalendar.generate(schedule, List.of(12, 12), List.of(), DIAGNOSED, DIAGNOSED,
				FRACTION, 10);
		assertThat(count(yearly, VisitCalendar.VISIT)).isEqualTo(5);
		assertThatThrownBy(() -> VisitCalendar.intervals(schedule.periods(), List.of(3), "intervals"))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				assertThat(e.problems().get(0).field()).isEqualTo("intervals[0]");
				assertThat(e.problems().get(0).args()).containsExactly(6, 12, 3);
			});
	}

	@Test
	void theSurgeonFollowsUpAfterSurgery() {
		var a = ResponsibleDoctor.of(List.of(new Responsible("onc", Department.HEMATOLOGY_ONCOLOGY, TreatmentType.SYSTEMIC_THERAPY),
				new Responsible("derm", Department.DERMATOLOGY, TreatmentType.WIDE_LOCAL_EXCISION)));
		assertThat(a.username()).isEqualTo("derm");
		assertThat(a.department()).isEqualTo(Department.DERMATOLOGY);
		assertThat(a.reason().code()).isEqualTo("surveillance.responsible.surgeonOfSeveral");
		assertThat(a.reason().english()).contains("wide local excision").contains("systemic therapy (hematology-oncology)");
		assertThat(a.reason().render(java.util.Locale.KOREAN)).contains("광범위 국소 절제").contains("혈액종양내과");
	}

	@Test
	void severalSurgeonsTheDefinitiveExcisionDecides() {
		var a = ResponsibleDoctor.of(List.of(new Responsible("plastic", Department.PLASTIC_SURGERY, TreatmentType.RECONSTRUCTION),
				new Responsible("mohs", Department.DERMATOLOGY, TreatmentType.MOHS_SURGERY)));
		assertThat(a.username()).isEqualTo("mohs");
		assertThat(a.reason().english()).contains("Mohs surgery").contains("reconstruction (plastic surgery)");
	}

	@Test
	void withoutSurgeryThePhysicianInChargeOfTheNonSurgicalTreatment() {
		var single = ResponsibleDoctor.of(List.of(new Responsible("rad", Department.RADIATION_ONCOLOGY, TreatmentType.RADIOTHERAPY)));
		assertThat(single.username()).isEqualTo("rad");
		assertThat(single.reason().code()).isEqualTo("surveillance.responsible.physician");
		var several = ResponsibleDoctor.of(List.of(new Responsible("rad", Department.RADIATION_ONCOLOGY, TreatmentType.RADIOTHERAPY),
				new Responsible("onc", Department.HEMATOLOGY_ONCOLOGY, TreatmentType.SYSTEMIC_THERAPY)));
		assertThat(several.username()).isEqualTo("onc");
		assertThat(several.reason().code()).isEqualTo("surveillance.responsible.physicianOfSeveral");
		var none = ResponsibleDoctor.of(List.of(new Responsible(null, Department.RADIATION_ONCOLOGY, TreatmentType.RADIOTHERAPY)));
		assertThat(none.username()).isNull();
		assertThat(none.department()).isEqualTo(Department.RADIATION_ONCOLOGY);
		assertThat(none.reason().code()).isEqualTo("surveillance.responsible.noneNamed");
	}

	@Test
	void visitsOfSeveralPlansWithinTheWindowBecomeOne() {
		UUID visitA = UUID.randomUUID();
		UUID imagingA = UUID.randomUUID();
		List<Merging.Slot> existing = List.of(new Merging.Slot(visitA, VisitCalendar.VISIT, DIAGNOSED.plusDays(100)),
				new Merging.Slot(imagingA, VisitCalendar.IMAGING, DIAGNOSED.plusDays(100)));
		List<Merging.Slot> added = List.of(new Merging.Slot(UUID.randomUUID(), VisitCalendar.SKIN_CHECK, DIAGNOSED.plusDays(125)),
				new Merging.Slot(UUID.randomUUID(), VisitCalendar.VISIT, DIAGNOSED.plusDays(140)),
				new Merging.Slot(UUID.randomUUID(), VisitCalendar.IMAGING, DIAGNOSED.plusDays(80)),
				new Merging.Slot(UUID.randomUUID(), VisitCalendar.VISIT, DIAGNOSED.plusDays(70)));
		assertThat(Merging.targets(existing, added, 30)).containsExactly(visitA, null, imagingA, visitA);
	}

	// plan-more: the lifelong checks written again when they run out; the reason of a day outside the window

	@Test
	void lifelongSkinChecksAreWrittenAgainWhenTheyRunOutNeverTwice() {
		List<PlannedVisit> ia = calendar("melanoma", "IA", null, Guideline.NCCN);
		FollowUpSchedule schedule = Schedules.of(Guideline.NCCN, ScheduleBasis.of("melanoma", "IA", null)).value();
		assertThat(LifelongChecks.lifelongPeriod(schedule.periods())).isEqualTo(FollowUpPeriod.lifelong(5, 12, 12));
		assertThat(LifelongChecks.lifelongPeriod(Schedules.of(Guideline.CCA, ScheduleBasis.of("melanoma", "IA", null))
			.value().periods())).isNull();
		LocalDate last = ia.stream().filter(v -> v.kind().equals(VisitCalendar.SKIN_CHECK)).map(PlannedVisit::dueOn)
			.max(LocalDate::compareTo).orElseThrow();
		assertThat(last).isEqualTo(DIAGNOSED.plusYears(15));
		// two checks still ahead: not run out; the last one is the next: run out
		assertThat(LifelongChecks.runOut(last, 12, DIAGNOSED.plusYears(13))).isFalse();
		assertThat(LifelongChecks.runOut(last, 12, DIAGNOSED.plusYears(14))).isTrue();
		List<PlannedVisit> next = LifelongChecks.after(last, 12, DIAGNOSED.plusYears(14), FRACTION, 10);
		assertThat(next).hasSize(10).allMatch(v -> v.kind().equals(VisitCalendar.SKIN_CHECK) && v.dueOn().isAfter(last));
		assertThat(next.get(0).dueOn()).isEqualTo(DIAGNOSED.plusYears(16));
		assertThat(next.get(9).dueOn()).isEqualTo(DIAGNOSED.plusYears(25));
		// the same window as the calendar's: 12 months × 30.44 × 0.15 = 55 days either side
		assertThat(next.get(0).dueFrom()).isEqualTo(next.get(0).dueOn().minusDays(55));
		// written late (nobody ran the night for two years): nothing overdue is invented, the window starts today
		LocalDate late = DIAGNOSED.plusYears(17).plusDays(10);
		List<PlannedVisit> afterLate = LifelongChecks.after(last, 12, late, FRACTION, 10);
		assertThat(afterLate.get(0).dueOn()).isEqualTo(DIAGNOSED.plusYears(17));
		assertThat(afterLate.get(0).dueFrom()).isEqualTo(late);
		assertThat(afterLate).hasSize(10).allMatch(v -> !v.dueTo().isBefore(late));
		// a second plan's new checks merge into the first plan's new ones
		List<Merging.Slot> first = next.stream().map(v -> new Merging.Slot(UUID.randomUUID(), v.kind(), v.dueOn())).toList();
		List<Merging.Slot> second = LifelongChecks.after(last.plusDays(20), 12, DIAGNOSED.plusYears(14), FRACTION, 10)
			.stream().map(v -> new Merging.Slot(UUID.randomUUID(), v.kind(), v.dueOn())).toList();
		assertThat(Merging.targets(first, second, 30)).doesNotContainNull()
			.containsExactlyElementsOf(first.stream().map(Merging.Slot::id).toList());
	}

	@Test
	void aDayOutsideTheDueWindowNeedsTheReasonNamingTheWindow() {
		PlannedVisit planned = calendar("melanoma", "IA", null, Guideline.NCCN).get(0);
		SurveillanceVisit visit = SurveillanceVisit.of(UUID.randomUUID(), UUID.randomUUID(), planned);
		LocalDate late = planned.dueTo().plusDays(3);
		// no day yet: the appointment is linked instead
		assertThatThrownBy(() -> visit.explainOutsideWindow("moved", null)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("surveillance.error.noDayYet"));
		assertThatThrownBy(() -> visit.booked(UUID.randomUUID(), late, " ")).isInstanceOfSatisfying(InvalidInput.class,
				e -> {
					assertThat(e.problems().get(0).field()).isEqualTo("reason");
					assertThat(e.problems().get(0).messageKey()).isEqualTo("surveillance.error.outsideWindowReason");
					assertThat(e.problems().get(0).args()).containsExactly(planned.dueFrom(), planned.dueTo(), late);
				});
		visit.booked(UUID.randomUUID(), planned.dueOn(), null);
		visit.done(late, null);
		assertThat(visit.needsReason()).isTrue();
		assertThatThrownBy(() -> visit.explainOutsideWindow(null, late)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.problems().get(0).args()).containsExactly(planned.dueFrom(), planned.dueTo(), late));
		assertThatThrownBy(() -> visit.explainOutsideWindow("x", planned.dueOn())).isInstanceOfSatisfying(
				InvalidInput.class, e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("surveillance.error.insideWindow"));
		visit.explainOutsideWindow(" the patient was abroad ", late);
		assertThat(visit.outsideWindowReason()).isEqualTo("the patient was abroad");
		assertThat(visit.needsReason()).isFalse();
	}
}
