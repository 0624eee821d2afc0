package org.cutis.surveillance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.followup.FollowUpImaging;
import org.cutis.rules.followup.FollowUpSchedule;
import org.cutis.rules.followup.Guideline;
import org.cutis.surveillance.plan.application.SurveillancePlanning;
import org.cutis.surveillance.plan.application.SurveillanceProperties;
import org.cutis.surveillance.plan.domain.Merging;
import org.cutis.surveillance.plan.domain.ResponsibleDoctor;
import org.cutis.surveillance.plan.domain.ScheduleBasis;
import org.cutis.surveillance.plan.domain.Schedules;
import org.cutis.surveillance.plan.domain.VisitCalendar;
import org.cutis.surveillance.recall.domain.RecallKind;
import org.cutis.treatment.TreatmentCompleted;
import org.cutis.treatment.TreatmentType;

import org.springframework.stereotype.Component;

/**
 * A surveillance plan's proposal and calendar computed in memory as {@code PlanProposals} and
 * {@code SurveillancePlanning.activate} compute them (the center's guideline, the rules'
 * {@code followup.schedule}, the shorter end of each interval range as activation without a choice
 * takes, the configured due window and lifelong years, one calendar per patient), without a
 * database: for a bulk loader that writes the rows itself (the synthetic center's generator).
 */
@Component
public class FollowUpCalendar {
	private final SurveillanceProperties properties;

	/** Public for a loader that runs without the application context (the generator's WAL test). */
	public FollowUpCalendar(SurveillanceProperties properties) {
		this.properties = properties;
	}

	/**
	 * What a proposal records: the schedule's diagnosis and stage (null when indeterminate: the
	 * clinician chooses it at activation), the note (encoded explanation) and the guideline.
	 */
	public record Proposal(String diagnosis, String stage, boolean indeterminate, String note, String guideline) {
	}

	/** A visit of the calendar; {@code imaging} is the rule's advice code, imaging visits only. */
	public record Visit(String kind, String imaging, LocalDate dueOn, LocalDate dueFrom, LocalDate dueTo,
			int intervalMonths) {
		public boolean isImaging() {
			return "imaging".equals(kind);
		}
	}

	/** The activated plan's columns and its visits (intervals one per period, "6,12"). */
	public record Activated(String intervals, double windowFraction, String imagingAdvice, List<Visit> visits) {
	}

	/**
	 * @param kind        the cancer's kind code (melanoma, cscc, bcc)
	 * @param cancerStage the stage decisions go by, null if none
	 * @param bwhT        a cSCC's BWH T, null otherwise
	 */
	public Proposal propose(String kind, String cancerStage, String bwhT) {
		ScheduleBasis basis = ScheduleBasis.of(kind, cancerStage, bwhT);
		Guideline asked = SurveillancePlanning.guideline(properties.guideline(), "guideline");
		Schedules.Proposed proposed = Schedules.propose(asked, basis);
		Explanation note = proposed.fallbackNote() != null ? proposed.fallbackNote() : basis.note();
		return new Proposal(basis.diagnosis().name(), basis.stage(), basis.indeterminate(),
				note == null ? null : note.encode(), proposed.guideline().code());
	}

	/** Activation without a choice of intervals: the visits from {@code start} (the day of activation). */
	public Activated activate(Proposal proposal, LocalDate anchor, LocalDate start) {
		if (proposal.indeterminate()) {
			throw new IllegalStateException("the stage is indeterminate: the clinician chooses it first");
		}
		// as the plan reads its basis back (SurveillancePlan.basis): the stage recorded at the proposal
		ScheduleBasis basis = new ScheduleBasis(org.cutis.rules.followup.Diagnosis.valueOf(proposal.diagnosis()),
				proposal.stage(), false, null);
		FollowUpSchedule schedule = Schedules.of(Guideline.valueOf(proposal.guideline()), basis).value();
		List<Integer> intervals = VisitCalendar.intervals(schedule.periods(), null, "intervals");
		List<Integer> imaging = VisitCalendar.intervals(FollowUpImaging.periods(schedule), null, "imagingIntervals");
		List<Visit> visits = VisitCalendar
			.generate(schedule, intervals, imaging, anchor, start, properties.windowFraction(), properties.lifelongYears())
			.stream()
			.map(v -> new Visit(v.kind(), v.imaging(), v.dueOn(), v.dueFrom(), v.dueTo(), v.intervalMonths()))
			.toList();
		return new Activated(String.join(",", intervals.stream().map(String::valueOf).toList()),
				properties.windowFraction(), schedule.imaging().code(), visits);
	}

	/** The responsible doctor's reason when one surgeon treated (encoded explanation), as the proposal records it. */
	/**
	 * The recall list's urgency of a kind of item ({@code overdue}, {@code missed}, {@code due-unbooked},
	 * {@code imaging-due}): what {@code recall_item.urgency} holds for the list's order (V1891).
	 */
	public static int recallUrgency(String kindCode) {
		RecallKind kind = RecallKind.fromCode(kindCode);
		if (kind == null) {
			throw new IllegalArgumentException("not a recall kind: " + kindCode);
		}
		return kind.rank();
	}

	public String responsibleReason(String surgeon, Department department, TreatmentType type) {
		return ResponsibleDoctor.of(List.of(new TreatmentCompleted.Responsible(surgeon, department, type)))
			.reason()
			.encode();
	}

	/** An open visit of the patient's other active plans, as merging sees it. */
	public record OpenVisit(UUID id, String kind, LocalDate dueOn) {
	}

	/**
	 * One calendar per patient: for each new visit, the open visit of another active plan it merges
	 * into (within the merge window), or null to keep it.
	 */
	public List<UUID> mergeTargets(List<OpenVisit> open, List<OpenVisit> added) {
		List<Merging.Slot> existing = new ArrayList<>();
		open.forEach(v -> existing.add(new Merging.Slot(v.id(), v.kind(), v.dueOn())));
		return Merging.targets(existing,
				added.stream().map(v -> new Merging.Slot(v.id(), v.kind(), v.dueOn())).toList(),
				properties.mergeWindowDays());
	}
}
