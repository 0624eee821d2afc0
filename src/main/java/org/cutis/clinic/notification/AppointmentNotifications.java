package org.cutis.clinic.notification;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.cutis.clinic.AppointmentChanged;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.clinic.PatientNotifier;
import org.cutis.clinic.PatientNotifier.PatientMessage;
import org.cutis.identity.StaffNames;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the patient of a booking and of a cancellation, in the patient's language (Korean unless
 * the registration says English), once the change is committed: a booking refused or rolled back
 * sends nothing, and a message is retried with the event publication if the node stops first.
 */
@Component
class AppointmentNotifications {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PatientNotifier notifier;
	private final PatientDirectory patients;
	private final Appointments appointments;
	private final StaffNames staffNames;
	private final MessageSource messages;
	private final Clock clock;

	AppointmentNotifications(PatientNotifier notifier, PatientDirectory patients, Appointments appointments,
			StaffNames staffNames, MessageSource messages, Clock clock) {
		this.notifier = notifier;
		this.patients = patients;
		this.appointments = appointments;
		this.staffNames = staffNames;
		this.messages = messages;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AppointmentChanged changed) {
		if (changed.status() != AppointmentStatus.BOOKED && changed.status() != AppointmentStatus.CANCELLED) {
			return;
		}
		Optional<PatientSummary> patient = patients.find(changed.patientId());
		if (patient.isEmpty() || patient.get().voided()) {
			return;
		}
		notifier.send(message(changed, patient.get()));
	}

	PatientMessage message(AppointmentChanged changed, PatientSummary patient) {
		String language = "en".equals(patient.preferredLanguage()) ? "en" : "ko";
		Locale locale = Locale.forLanguageTag(language);
		Optional<AppointmentSummary> booked = appointments.find(changed.appointmentId());
		String location = booked.map(AppointmentSummary::location).orElse("");
		Object[] args = { WHEN.format(changed.start().atZone(clock.getZone())),
				staffNames.label(changed.clinician(), locale), location,
				changed.reason() == null ? "" : changed.reason() };
		String what = changed.status() == AppointmentStatus.BOOKED ? "booked" : "cancelled";
		String body = messages.getMessage("clinic.notification." + what + ".body", args, locale);
		if (changed.status() == AppointmentStatus.BOOKED && booked.isPresent()) {
			// what the visit is for: a coded reason in the patient's language, the booker's own words as typed
			AppointmentSummary a = booked.get();
			String reason = a.reasonCode() != null ? messages.getMessage(a.reasonCode().label(), null, locale) : a.reason();
			if (reason != null) {
				body = body + "\n" + messages.getMessage("clinic.notification.reason", new Object[] { reason }, locale);
			}
		}
		return new PatientMessage(patient.id(), patients.phoneOf(patient.id()).orElse(null), language,
				messages.getMessage("clinic.notification." + what + ".subject", args, locale), body);
	}
}
