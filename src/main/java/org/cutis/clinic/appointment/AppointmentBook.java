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
 * booking of a slot even when two nurses press at the same moment.
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

	AppointmentBook(AppointmentRecords appointments, ClinicSessions sessions, Clinicians clinicians,
			PatientDirectory patients, StaffDirectory staff, CurrentUser currentUser, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
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
		publish(appointment, null);
		return appointment.summary(session.location());
	}

	private Set<Integer> takenSlots(ClinicSession session) {
		return appointments.findBySessionIdAndStatusNot(session.id(), AppointmentStatus.CANCELLED.code())
			.stream()
			.map(Appointment::slot)
			.collect(Collectors.toSet());
	}

	/** The taken slots, with the session held until this booking commits (see ClinicSessions.holdForBooking). */
	private Set<Integer> takenSlotsForBooking(ClinicSession session) {
		sessions.holdForBooking(session);
		return takenSlots(session);
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

	/** The nurse's (or the doctor's) status change: arrived, no-show, cancelled. */
	public AppointmentSummary changeStatus(UUID id, String statusCode, String reason, Long version) {
		AppointmentStatus next = AppointmentStatus.fromCode(statusCode);
		if (next == null || next == AppointmentStatus.BOOKED || next == AppointmentStatus.SEEN) {
			throw new InvalidInput("status", "error.field.oneOf", "arrived, no-show, cancelled");
		}
		return change(id, next, reason, version);
	}

	/** The doctor opened the visit note: the patient was seen. Already seen: nothing changes. */
	@Override
	public void markSeen(UUID appointmentId) {
		Appointment a = load(appointmentId, null);
		if (a.status() != AppointmentStatus.SEEN) {
			change(appointmentId, AppointmentStatus.SEEN, null, null);
		}
	}

	@Override
	public void cancel(UUID appointmentId, String reason) {
		change(appointmentId, AppointmentStatus.CANCELLED, reason, null);
	}

	private AppointmentSummary change(UUID id, AppointmentStatus next, String reason, Long version) {
		Appointment a = load(id, version);
		a.change(next, reason, currentUser.username(), clock.instant(), zone());
		appointments.saveAndFlush(a);
		audit.record(AuditAction.UPDATE, a.patientId(), "appointment", id,
				next.code() + (a.statusReason() == null ? "" : ": " + a.statusReason()));
		publish(a, a.statusReason());
		return summary(a);
	}

	private Appointment load(UUID id, Long version) {
		Appointment a = appointments.findById(id).orElseThrow(() -> new NotFound("appointment", id));
		if (version != null && version != a.version()) {
			throw new ConcurrentEdit("appointment", Map.of("status", a.status().code()));
		}
		return a;
	}

	private void publish(Appointment a, String reason) {
		events.publishEvent(new AppointmentChanged(a.id(), a.patientId(), a.clinician(), a.kind(), a.status(),
				a.startsAt(), reason, clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AppointmentSummary> find(UUID appointmentId) {
		return appointments.findById(appointmentId).map(this::summary);
	}

	/** One appointment, for a reader (audited). */
	public Appointment view(UUID id) {
		Appointment a = appointments.findById(id).orElseThrow(() -> new NotFound("appointment", id));
		audit.record(AuditAction.VIEW, a.patientId(), "appointment", id, null);
		return a;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AppointmentSummary> ofPatient(UUID patientId) {
		List<Appointment> found = appointments.findByPatientIdOrderByStartsAtAsc(patientId);
		return summaries(found);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AppointmentSummary> nextOf(UUID patientId) {
		Instant now = clock.instant();
		return appointments.findByPatientIdOrderByStartsAtAsc(patientId)
			.stream()
			.filter(a -> a.status().open() && !a.startsAt().isBefore(now.minus(Duration.ofHours(12)))
					&& !a.day(zone()).isBefore(LocalDate.ofInstant(now, zone())))
			.findFirst()
			.map(this::summary);
	}

	/** The appointment booked for a referral (the latest not cancelled). */
	@Transactional(readOnly = true)
	public Optional<AppointmentSummary> ofReferral(UUID referralId) {
		return appointments
			.findFirstByReferralIdAndStatusNotOrderByBookedAtDesc(referralId, AppointmentStatus.CANCELLED.code())
			.map(this::summary);
	}

	/** A doctor's clinic list of a day: the sessions and their appointments in time order. Audited as a list. */
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
	@Transactional(readOnly = true)
	public List<Instant> freeStarts(ClinicSession session) {
		ZoneId zone = zone();
		Instant now = clock.instant();
		if (session.closed() || sessions.blocked(session)) {
			return List.of();
		}
		Set<Integer> taken = takenSlots(session);
		List<Instant> free = new ArrayList<>();
		for (int i = 0; i < session.capacity(); i++) {
			if (!taken.contains(i) && session.slotStart(i + 1, zone).isAfter(now)) {
				free.add(session.slotStart(i, zone));
			}
		}
		return free;
	}

	/** Booked (not cancelled) appointments per session. */
	@Transactional(readOnly = true)
	public int bookedIn(ClinicSession session) {
		return takenSlots(session).size();
	}

	private AppointmentSummary summary(Appointment a) {
		return a.summary(sessions.find(a.sessionId()).location());
	}

	private List<AppointmentSummary> summaries(List<Appointment> found) {
		return found.stream().map(this::summary).toList();
	}

	/** A local time of the center (the clinic list shows them). */
	public LocalTime localTime(Instant at) {
		return at.atZone(zone()).toLocalTime();
	}

	public ZoneId zone() {
		return clock.getZone();
	}
}
