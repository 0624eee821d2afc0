package org.cutis.surveillance.recall.domain;

import java.util.UUID;

/**
 * One line of the recall list: a surveillance visit and why the nurses should act on it.
 *
 * @param daysOverdue        days past the window's last day by today's clock (0 unless overdue)
 * @param booking            the open appointment that covers the visit (a late booking of an
 *                           overdue visit), null when none
 * @param missedAppointment  the appointment the patient did not come to, null when none
 */
public record RecallItem(OpenVisit visit, RecallKind kind, long daysOverdue, AppointmentState booking,
		AppointmentState missedAppointment) {

	public UUID id() {
		return visit.id();
	}

	public UUID patientId() {
		return visit.patientId();
	}
}
