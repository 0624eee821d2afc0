package org.cutis.clinic.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.cutis.clinic.AppointmentChanged;
import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.clinic.session.ClinicSession;
import org.cutis.clinic.session.ClinicSessions;
import org.cutis.clinic.session.Clinicians;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.StaffDirectory;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's appointment book: the screens, the API, triage acceptance and surveillance all book
 * through here, with the same checks (a session of that doctor at that time, not on leave, a free
 * slot, not past) and the same audit and event. One patient per slot; the database refuses a second
 * booking of a slot even when two nurses press at the same moment. Implements the {@link Appointments}
 * port for other modules; reading is {@link ClinicLists}', status changes {@link AppointmentStatusChanges}'.
 */
@Service
@Transactional
public class AppointmentBook implements Appointments {
	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final AppointmentRecords appointments;
	private final ClinicSessions sessions;
	private final Clinicians clinicians;
	private final PatientDirectory patients;
	private final StaffDirectory staff;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ClinicLists lists;
	private final AppointmentStatusChanges statusChanges;

	AppointmentBook(AppointmentRecords appointments, ClinicSessions sessions, Clinicians clinicians,
			PatientDirectory patients, StaffDirectory staff, CurrentUser currentUser, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, ClinicLists lists, AppointmentStatusChanges statusChanges) {
		this.lists = lists;
		this.statusChanges = statusChanges;
		this.appointments = appointments;
		this.sessions = sessions;
		this.clinicians = clinicians;
		this.patients = patients;
		this.staff = staff;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public AppointmentSummary book(UUID patientId, String clinician, Instant start, AppointmentKind kind,
			String reason) {
		return book(patientId, clinician, start, kind, reason, null, "start");
	}

	/**
	 * Books the slot of the clinician's session that holds {@code start} (the appointment begins at
	 * the slot's start). A slot that has already ended is past; the running slot can still be booked
	 * (a patient who walks in). Problems name {@code startField}.
	 */
	public AppointmentSummary book(UUID patientId, String clinician, Instant start, AppointmentKind kind, String reason,
			UUID referralId, String startField) {
		List<FieldProblem> problems = new ArrayList<>();
		String doctor = checkBasics(patientId, clinician, kind, problems);
		if (start == null) {
			problems.add(new FieldProblem(startField, "error.field.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		ZoneId zone = zone();
		Instant now = clock.instant();
		LocalDate day = LocalDate.ofInstant(start, zone);
		String when = day + " " + HH_MM.format(start.atZone(zone));
		if (start.isBefore(now) && !day.equals(LocalDate.ofInstant(now, zone))) {
			throw new InvalidInput(startField, "clinic.appointment.error.past", when);
		}
		ClinicSession session = sessions.between(doctor, day, day)
			.stream()
			.filter(s -> !s.closed() && s.covers(start, zone))
			.findFirst()
			.orElseThrow(() -> new InvalidInput(startField, "clinic.appointment.error.noSession", staff.named(doctor),
					when));
		int slot = session.slotAt(start, zone);
		if (slot < 0) {
			throw new InvalidInput(startField, "clinic.appointment.error.noSession", staff.named(doctor), when);
		}
		if (!session.slotStart(slot + 1, zone).isAfter(now)) {
			throw new InvalidInput(startField, "clinic.appointment.error.past", when);
		}
		if (sessions.blocked(session)) {
			throw new InvalidInput(startField, "clinic.appointment.error.onLeave", staff.named(doctor), day.toString());
		}
		Set<Integer> taken = takenSlotsForBooking(session);
		if (taken.size() >= session.capacity()) {
			throw new InvalidInput(startField, "clinic.appointment.error.full", staff.named(doctor), day.toString(),
					session.capacity());
		}
		if (taken.contains(slot)) {
			Optional<Integer> next = freeSlot(session, taken, now);
			throw next.isPresent()
					? new InvalidInput(startField, "clinic.appointment.error.slotTaken",
							HH_MM.format(session.slotStart(slot, zone).atZone(zone)),
							HH_MM.format(session.slotStart(next.get(), zone).atZone(zone)))
					: new InvalidInput(startField, "clinic.appointment.error.full", staff.named(doctor), day.toString(),
							session.capacity());
		}
		return save(Appointment.book(patientId, doctor, session.id(), slot, session.slotStart(slot, zone), kind, reason,
				referralId, currentUser.username(), now), session, startField);
	}

	@Override
	public Optional<AppointmentSummary> bookFirstFree(UUID patientId, String clinician, LocalDate from, LocalDate to,
			AppointmentKind kind, String reason) {
		return bookFirstFree(patientId, clinician, from, to, kind, reason, null);
	}

	/** As {@link #bookFirstFree(UUID, String, LocalDate, LocalDate, AppointmentKind, String)}, for a referral. */
	public Optional<AppointmentSummary> bookFirstFree(UUID patientId, String clinician, LocalDate from, LocalDate to,
			AppointmentKind kind, String reason, UUID referralId) {
		List<FieldProblem> problems = new ArrayList<>();
		String doctor = checkBasics(patientId, clinician, kind, problems);
		if (from == null) {
			problems.add(new FieldProblem("from", "error.field.required"));
		}
		if (to == null) {
			problems.add(new FieldProblem("to", "error.field.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		ZoneId zone = zone();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate first = from.isBefore(today) ? today : from;
		if (to.isBefore(first)) {
			return Optional.empty();
		}
		for (ClinicSession session : sessions.between(doctor, first, to.isAfter(first.plusDays(ClinicSessions.MAX_DAYS))
				? first.plusDays(ClinicSessions.MAX_DAYS) : to)) {
			if (session.closed() || !session.end(zone).isAfter(now) || sessions.blocked(session)) {
				continue;
			}
			Optional<Integer> slot = freeSlot(session, takenSlotsForBooking(session), now);
			if (slot.isPresent()) {
				return Optional.of(save(Appointment.book(patientId, doctor, session.id(), slot.get(),
						session.slotStart(slot.get(), zone), kind, reason, referralId, currentUser.username(), now),
						session, "from"));
			}
		}
		return Optional.empty();
	}

	private String checkBasics(UUID patientId, String clinician, AppointmentKind kind, List<FieldProblem> problems) {
		if (patientId == null) {
			problems.add(new FieldProblem("patientId", "error.field.required"));
		}
		else if (patients.find(patientId).filter(p -> !p.voided()).isEmpty()) {
			problems.add(new FieldProblem("patientId", "clinic.error.unknownPatient"));
		}
		if (kind == null) {
			problems.add(new FieldProblem("kind", "error.field.oneOf", kindCodes()));
		}
		String doctor = null;
		try {
			doctor = clinicians.require(clinician, "clinician");
		}
		catch (InvalidInput e) {
			problems.addAll(e.problems());
		}
		return doctor;
	}

	public static String kindCodes() {
		return Arrays.stream(AppointmentKind.values()).map(AppointmentKind::code).collect(Collectors.joining(", "));
	}

	private AppointmentSummary save(Appointment appointment, ClinicSession session, String startField) {
		try {
			appointments.saveAndFlush(appointment);
		}
		catch (DataIntegrityViolationException e) {
			// another booking took the slot between our look and our save
			throw new InvalidInput(startField, "clinic.appointment.error.slotTaken",
					HH_MM.format(appointment.startsAt().atZone(zone())), "-");
		}
		audit.record(AuditAction.CREATE, appointment.patientId(), "appointment", appointment.id(),
				appointment.kind().code() + " with " + appointment.clinician() + " at " + appointment.startsAt()
						+ (appointment.referralId() == null ? "" : " (referral " + appointment.referralId() + ")"));
		events.publishEvent(appointment.changed(null, clock.instant()));
		return appointment.summary(session.location());
	}

	/** The taken slots, with the session held until this booking commits (see ClinicSessions.holdForBooking). */
	private Set<Integer> takenSlotsForBooking(ClinicSession session) {
		sessions.holdForBooking(session);
		return appointments.takenSlots(session.id());
	}

	/** The first slot of the session that is free and has not ended yet. */
	private Optional<Integer> freeSlot(ClinicSession session, Set<Integer> taken, Instant now) {
		ZoneId zone = zone();
		for (int i = 0; i < session.capacity(); i++) {
			if (!taken.contains(i) && session.slotStart(i + 1, zone).isAfter(now)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	// the port's reads and status changes, for other modules (one bean implements the port)

	@Override
	public AppointmentSummary changeStatus(UUID id, String statusCode, String reason, Long version) {
		return statusChanges.changeStatus(id, statusCode, reason, version);
	}

	@Override
	public void markSeen(UUID appointmentId) {
		statusChanges.markSeen(appointmentId);
	}

	@Override
	public void cancel(UUID appointmentId, String reason) {
		statusChanges.cancel(appointmentId, reason);
	}

	@Override
	public Optional<AppointmentSummary> find(UUID appointmentId) {
		return lists.find(appointmentId);
	}

	@Override
	public List<AppointmentSummary> ofPatient(UUID patientId) {
		return lists.ofPatient(patientId);
	}

	@Override
	public Optional<AppointmentSummary> nextOf(UUID patientId) {
		return lists.nextOf(patientId);
	}

	private ZoneId zone() {
		return clock.getZone();
	}
}
