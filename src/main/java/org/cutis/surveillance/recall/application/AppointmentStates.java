package org.cutis.surveillance.recall.application;

import org.cutis.clinic.AppointmentChanged;
import org.cutis.surveillance.recall.domain.AppointmentState;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the clinic's appointments (booked, arrived, seen, no-show, cancelled) into recall_appointment,
 * so a no-show puts the visit on the list as missed and the list stays one query. Through the event
 * registry: an event not yet handled when a node dies is handled at the next start.
 */
@Component
class AppointmentStates {
	private final RecallStore store;

	AppointmentStates(RecallStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(AppointmentChanged e) {
		store.record(new AppointmentState(e.appointmentId(), e.patientId(), e.clinician(), e.kind(), e.status(),
				e.start()), e.at());
	}
}
