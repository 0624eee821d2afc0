package org.cutis.clinic.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.session.ClinicSession;
import org.cutis.clinic.session.ClinicSessions;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the appointment book: a doctor's clinic list of a day (audited as a list), one
 * appointment, a patient's appointments and the next one, the referral's, and what a session has
 * free for the booking form.
 */
@Service
@Transactional(readOnly = true)
public class ClinicLists {
	private final AppointmentRecords appointments;
	private final ClinicSessions sessions;
	private final PatientDirectory patients;
	private final AuditLog audit;
	private final Clock clock;

	ClinicLists(AppointmentRecords appointments, ClinicSessions sessions, PatientDirectory patients, AuditLog audit,
			Clock clock) {
		this.appointments = appointments;
		this.sessions = sessions;
		this.patients = patients;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<AppointmentSummary> find(UUID appointmentId) {
		return appointments.findById(appointmentId).map(this::summary);
	}

	/** One appointment, for a reader (audited). */
	@Transactional
	public Appointment view(UUID id) {
		Appointment a = appointments.findById(id).orElseThrow(() -> new NotFound("appointment", id));
		audit.record(AuditAction.VIEW, a.patientId(), "appointment", id, null);
		return a;
	}

	public List<AppointmentSummary> ofPatient(UUID patientId) {
		return appointments.findByPatientIdOrderByStartsAtAsc(patientId).stream().map(this::summary).toList();
	}

	/** The next open appointment from today (one that began less than 12 hours ago still counts). */
	public Optional<AppointmentSummary> nextOf(UUID patientId) {
		Instant now = clock.instant();
		ZoneId zone = clock.getZone();
		return appointments.findByPatientIdOrderByStartsAtAsc(patientId)
			.stream()
			.filter(a -> a.status().open() && !a.startsAt().isBefore(now.minus(Duration.ofHours(12)))
					&& !a.day(zone).isBefore(LocalDate.ofInstant(now, zone)))
			.findFirst()
			.map(this::summary);
	}

	/** The appointment booked for a referral (the latest not cancelled). */
	public Optional<AppointmentSummary> ofReferral(UUID referralId) {
		return appointments
			.findFirstByReferralIdAndStatusNotOrderByBookedAtDesc(referralId, AppointmentStatus.CANCELLED.code())
			.map(this::summary);
	}

	/** A doctor's clinic list of a day: the sessions and their appointments in time order. Audited as a list. */
	@Transactional
	public ClinicDay clinicDay(String clinician, LocalDate day) {
		List<ClinicSession> ofDay = sessions.between(clinician, day, day);
		List<Appointment> booked = ofDay.isEmpty() ? List.of()
				: appointments.findBySessionIdInOrderByStartsAtAsc(ofDay.stream().map(ClinicSession::id).toList());
		audit.listed("clinic-list", clinician + " " + day, booked.stream().map(Appointment::patientId).toList());
		Map<UUID, PatientSummary> who = booked.stream()
			.map(Appointment::patientId)
			.distinct()
			.map(patients::find)
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(PatientSummary::id, Function.identity()));
		Map<UUID, ClinicSession> bySession = ofDay.stream()
			.collect(Collectors.toMap(ClinicSession::id, Function.identity()));
		List<ClinicDay.Line> lines = booked.stream()
			.sorted(Comparator.comparing(Appointment::startsAt))
			.map(a -> new ClinicDay.Line(a, who.get(a.patientId()), bySession.get(a.sessionId())))
			.toList();
		return new ClinicDay(clinician, day,
				ofDay.stream().map(s -> new ClinicDay.Session(s, sessions.blocked(s), (int) lines.stream()
					.filter(l -> l.appointment().sessionId().equals(s.id())
							&& l.appointment().status() != AppointmentStatus.CANCELLED)
					.count())).toList(),
				lines);
	}

	/** The starts of the session's slots still free and not ended: what the booking form offers. */
	public List<Instant> freeStarts(ClinicSession session) {
		ZoneId zone = clock.getZone();
		Instant now = clock.instant();
		if (session.closed() || sessions.blocked(session)) {
			return List.of();
		}
		Set<Integer> taken = appointments.takenSlots(session.id());
		List<Instant> free = new ArrayList<>();
		for (int i = 0; i < session.capacity(); i++) {
			if (!taken.contains(i) && session.slotStart(i + 1, zone).isAfter(now)) {
				free.add(session.slotStart(i, zone));
			}
		}
		return free;
	}

	/** Booked (not cancelled) appointments per session. */
	public int bookedIn(ClinicSession session) {
		return appointments.takenSlots(session.id()).size();
	}

	private AppointmentSummary summary(Appointment a) {
		return a.summary(sessions.find(a.sessionId()).location());
	}
}
