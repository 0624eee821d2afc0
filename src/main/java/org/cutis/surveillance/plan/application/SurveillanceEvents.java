package org.cutis.surveillance.plan.application;

import org.cutis.clinic.AppointmentChanged;
import org.cutis.recurrence.RecurrenceConfirmed;
import org.cutis.recurrence.RecurrenceRuledOut;
import org.cutis.staging.CancerStaged;
import org.cutis.treatment.TreatmentCompleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other modules publish reaches the plans after their transaction commits, from the event
 * registry (retried after a crash): a completed treatment proposes a plan, a changed stage
 * replaces it, a recurrence suspends it and a benign re-biopsy resumes it, the clinic's
 * appointment changes move the visits.
 */
@Component
class SurveillanceEvents {
	private final PlanProposals proposals;
	private final SurveillancePlanning planning;
	private final AppointmentFollowing following;

	SurveillanceEvents(PlanProposals proposals, SurveillancePlanning planning, AppointmentFollowing following) {
		this.proposals = proposals;
		this.planning = planning;
		this.following = following;
	}

	@ApplicationModuleListener
	void on(TreatmentCompleted event) {
		proposals.treatmentCompleted(event);
	}

	@ApplicationModuleListener
	void on(CancerStaged event) {
		proposals.staged(event);
	}

	@ApplicationModuleListener
	void on(RecurrenceConfirmed event) {
		planning.recurrenceConfirmed(event);
	}

	@ApplicationModuleListener
	void on(RecurrenceRuledOut event) {
		planning.recurrenceRuledOut(event);
	}

	@ApplicationModuleListener
	void on(AppointmentChanged event) {
		following.changed(event);
	}
}
