package org.cutis.surveillance.plan.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.followup.FollowUpImaging;
import org.cutis.rules.followup.FollowUpPeriod;
import org.cutis.rules.followup.FollowUpSchedule;
import org.cutis.rules.followup.Guideline;
import org.cutis.surveillance.plan.domain.ResponsibleChange;
import org.cutis.surveillance.plan.domain.Schedules;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A surveillance plan as the API shows it: status, guideline, the schedule's stage (null while
 * indeterminate, with the note why), the responsible doctor and why, the intervals chosen, the
 * calendar of visits with due windows and appointments, the three guidelines side by side, and the
 * responsible doctor's changes. Texts are in the language asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlanView(UUID id, UUID patientId, UUID cancerId, UUID treatmentPlanId, String status, String guideline,
		String diagnosis, String stage, String cancerStage, boolean indeterminate, String note, LocalDate anchorDate,
		String responsible, String responsibleDepartment, String responsibleReason, Instant proposedAt,
		Instant activatedAt, String activatedBy, List<Integer> intervals, BigDecimal windowFraction, String imaging,
		String suspendedReason, String endReason, String endDetail, Instant endedAt, String endedBy, UUID replacedBy,
		long version, List<VisitView> visits, List<GuidelineView> guidelines, List<ChangeView> responsibleChanges) {

	static PlanView of(SurveillancePlan p, List<SurveillanceVisit> visits, Map<Guideline, Schedules.Option> side,
			List<ResponsibleChange> changes, Locale locale) {
		Explanation why = p.responsibleExplanation();
		return new PlanView(p.id(), p.patientId(), p.cancerId(), p.treatmentPlanId(), p.status(), p.guideline(),
				p.diagnosis(), p.stage(), p.cancerStage(), p.stage() == null,
				p.note() == null ? null : p.note().render(locale), p.anchorDate(), p.responsible(),
				p.responsibleDepartment(), why != null ? why.render(locale) : p.responsibleReason(), p.proposedAt(),
				p.activatedAt(), p.activatedBy(), p.intervalList().isEmpty() ? null : p.intervalList(),
				p.windowFraction() == null ? null : BigDecimal.valueOf(p.windowFraction()),
				p.imagingAdvice() == null ? null : Explanation.of(p.imagingAdvice()).render(locale), p.suspendedReason(),
				p.endReason(), p.endDetail(), p.endedAt(), p.endedBy(), p.replacedBy(), p.version(),
				visits.stream().map(v -> VisitView.of(v, locale)).toList(),
				side.values().stream().map(o -> GuidelineView.of(o, locale)).toList(),
				changes.stream().map(ChangeView::of).toList());
	}

	/** A visit: kind visit | imaging | skin-check; status planned | booked | done | missed | cancelled | merged. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record VisitView(UUID id, UUID planId, String kind, String status, LocalDate dueOn, LocalDate dueFrom,
			LocalDate dueTo, Integer intervalMonths, UUID appointmentId, UUID mergedInto, LocalDate doneOn,
			String imaging, String outsideWindowReason, String cancelReason) {
		static VisitView of(SurveillanceVisit v, Locale locale) {
			return new VisitView(v.id(), v.planId(), v.kind(), v.status(), v.dueOn(), v.dueFrom(), v.dueTo(),
					v.intervalMonths(), v.appointmentId(), v.mergedInto(), v.doneOn(),
					v.imaging() == null ? null : Explanation.of(v.imaging()).render(locale), v.outsideWindowReason(),
					v.cancelReason());
		}
	}

	/** One guideline's schedule for the plan's stage, or why it has none (not in its reference table). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record GuidelineView(String guideline, boolean available, List<PeriodView> periods, String summary,
			String imaging, List<PeriodView> imagingPeriods, String source, String unavailable) {
		static GuidelineView of(Schedules.Option o, Locale locale) {
			if (!o.available()) {
				return new GuidelineView(o.guideline().code(), false, null, null, null, null, null,
						o.refusal().render(locale));
			}
			FollowUpSchedule s = o.finding().value();
			return new GuidelineView(o.guideline().code(), true, s.periods().stream().map(PeriodView::of).toList(),
					s.summary().render(locale), s.imaging().render(locale),
					FollowUpImaging.periods(s).stream().map(PeriodView::of).toList(), o.finding().source(), null);
		}
	}

	/** A period: from year to year (null: for life), a visit every minMonths to maxMonths months. */
	record PeriodView(int fromYear, Integer toYear, int minMonths, int maxMonths, boolean lifelong) {
		static PeriodView of(FollowUpPeriod p) {
			return new PeriodView(p.fromYear(), p.toYear(), p.minMonths(), p.maxMonths(), p.toYear() == null);
		}
	}

	record ChangeView(String from, String to, String reason, String changedBy, Instant changedAt) {
		static ChangeView of(ResponsibleChange c) {
			return new ChangeView(c.fromUser(), c.toUser(), c.reason(), c.changedBy(), c.changedAt());
		}
	}
}
