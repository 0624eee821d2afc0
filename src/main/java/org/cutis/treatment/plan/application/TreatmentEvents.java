package org.cutis.treatment.plan.application;

import org.cutis.treatment.TreatmentRecorded;
import org.cutis.treatment.TreatmentReferral;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the treating modules (surgery, Mohs, oncology) publish reaches the plan after their
 * transaction commits, from the event registry (retried after a crash).
 */
@Component
class TreatmentEvents {
	private final TreatmentPlanning planning;

	TreatmentEvents(TreatmentPlanning planning) {
		this.planning = planning;
	}

	@ApplicationModuleListener
	void on(TreatmentRecorded event) {
		planning.recorded(event);
	}

	@ApplicationModuleListener
	void on(TreatmentReferral event) {
		planning.referred(event);
	}
}
