package org.cutis.clinic;

import java.util.UUID;

/**
 * The outbound port for messages to a patient (a booking, a cancellation; surveillance recall
 * letters may use it too). {@code cutis.notifications.channel} chooses the implementation: {@code log}
 * (default: the message is written to the log) or {@code smtp} (sent by mail). Sending never fails the
 * clinical action that caused it: a message that cannot be sent is logged.
 */
public interface PatientNotifier {

	/** @return whether the message left Cutis (logged or handed to the mail server) */
	boolean send(PatientMessage message);

	/**
	 * A message already written in the patient's language.
	 *
	 * @param phone    the patient's phone as registered (the SMTP channel addresses a mail-to-SMS
	 *                 gateway with it), may be null
	 * @param language {@code ko} or {@code en}
	 */
	record PatientMessage(UUID patientId, String phone, String language, String subject, String body) {
	}
}
