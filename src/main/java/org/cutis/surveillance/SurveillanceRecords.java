package org.cutis.surveillance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.surveillance.plan.application.PlanProposals;
import org.cutis.surveillance.plan.application.SurveillancePlanning;
import org.cutis.surveillance.plan.application.VisitBooking;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;

import org.springframework.stereotype.Service;

/**
 * Surveillance plans for other modules (the demonstration center), with the same checks, audit and
 * automatic booking as the screens and the API: propose a plan for a cancer, activate it with the
 * guideline's shorter intervals, book the patient's next due visits. The plan's internals stay in
 * {@code surveillance.plan}; callers see identifiers and small summaries only.
 */
@Service
public class SurveillanceRecords {
	private final PlanProposals proposals;
	private final SurveillancePlanning planning;
	private final VisitBooking booking;

	SurveillanceRecords(PlanProposals proposals, SurveillancePlanning planning, VisitBooking booking) {
		this.proposals = proposals;
		this.planning = planning;
		this.booking = booking;
	}

	/** A plan as other modules see it. */
	public record PlanSummary(UUID id, UUID patientId, UUID cancerId, String status, String diagnosis, String stage,
			String responsible, LocalDate anchorDate) {
	}

	/** A visit of the plan's calendar ({@code kind} visit | imaging | skin-check; {@code status} planned | booked | …). */
	public record VisitSummary(UUID id, String kind, String status, LocalDate dueFrom, LocalDate dueOn, LocalDate dueTo,
			UUID appointmentId) {
	}

	/** Proposes a plan by hand (a cancer treated elsewhere, or followed during adjuvant therapy). */
	public PlanSummary propose(UUID cancerId, String responsible, String reason) {
		return summary(proposals.propose(cancerId, null, responsible, reason));
	}

	/**
	 * Activates the proposal with its guideline and the shorter end of each interval; books the next
	 * visit. {@code stage} is the clinician's choice where the proposal's stage is indeterminate
	 * (melanoma stage, cSCC {@code local}/{@code regional}); ignored otherwise.
	 */
	public PlanSummary activate(UUID planId, String stage) {
		return summary(planning.activate(planId, new SurveillancePlanning.Activation(null, stage, null, null, null)));
	}

	/** The cancer's plan still open (proposed, active or suspended), if any. */
	public Optional<PlanSummary> openPlanOf(UUID cancerId) {
		return planning.plansOfCancer(cancerId).stream().filter(SurveillancePlan::open).map(SurveillanceRecords::summary)
			.reduce((first, later) -> later);
	}

	/** The plan's calendar, soonest first. */
	public List<VisitSummary> visitsOf(UUID planId) {
		return planning.visitsOf(planId).stream().map(SurveillanceRecords::summary).toList();
	}

	/** Books the next due clinic visit of each active plan of the patient that has none booked. */
	public void bookNext(UUID patientId) {
		booking.bookNext(patientId);
	}

	private static PlanSummary summary(SurveillancePlan p) {
		return new PlanSummary(p.id(), p.patientId(), p.cancerId(), p.status(), p.diagnosis(), p.stage(), p.responsible(),
				p.anchorDate());
	}

	private static VisitSummary summary(SurveillanceVisit v) {
		return new VisitSummary(v.id(), v.kind(), v.status(), v.dueFrom(), v.dueOn(), v.dueTo(), v.appointmentId());
	}
}
