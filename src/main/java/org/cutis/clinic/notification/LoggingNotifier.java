package org.cutis.clinic.notification;

import org.cutis.clinic.PatientNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default channel: the message is written to the log (a center without a mail gateway yet, the demo). */
class LoggingNotifier implements PatientNotifier {
	private static final Logger log = LoggerFactory.getLogger(LoggingNotifier.class);

	@Override
	public boolean send(PatientMessage message) {
		// the patient by id only: the log is no place for names or phone numbers
		log.info("patient notification ({}) to patient {}: {} | {}", message.language(), message.patientId(),
				message.subject(), message.body().replace('\n', ' '));
		return true;
	}
}
