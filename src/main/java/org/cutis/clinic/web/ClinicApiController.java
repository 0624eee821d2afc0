package org.cutis.clinic.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.appointment.AppointmentBook;
import org.cutis.clinic.appointment.ClinicLists;
import org.cutis.clinic.appointment.ClinicDay;
import org.cutis.clinic.session.ClinicSession;
import org.cutis.clinic.session.ClinicSessions;
import org.cutis.clinic.session.ClinicianLeave;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.InvalidInput;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "clinic", description = "Doctors' clinic sessions and leave, appointments booked into them within capacity, "
		+ "their status on the day, and each doctor's clinic list")
@RestController
class ClinicApiController {
	private final ClinicSessions sessions;
	private final AppointmentBook book;
	private final ClinicLists lists;
	private final Clock clock;

	ClinicApiController(ClinicSessions sessions, AppointmentBook book, ClinicLists lists, Clock clock) {
		this.lists = lists;
		this.sessions = sessions;
		this.book = book;
		this.clock = clock;
	}

	@Operation(summary = "Open a clinic session: clinician, date, start, end (HH:mm, the center's time), capacity (slots) "
			+ "and/or slotMinutes, location. A doctor opens only their own")
	@PostMapping("/api/v1/clinic-sessions")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.CLINIC_SESSION_MANAGE)
	SessionView open(@RequestBody NewSession body) {
		ClinicSession s = sessions.open(body.clinician(), body.date(), body.start(), body.end(), body.capacity(),
				body.slotMinutes(), body.location());
		return SessionView.of(s, 0, sessions.blocked(s));
	}

	@Operation(summary = "Clinic sessions from..to (dates inclusive; default today and a week on), of one clinician or all, "
			+ "with booked and free slots and whether leave blocks them")
	@GetMapping("/api/v1/clinic-sessions")
	@Requires(Permission.CLINIC_READ)
	List<SessionView> sessions(@RequestParam(required = false) String clinician,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		DateParams.checked("from", from);
		DateParams.checked("to", to);
		LocalDate first = from == null ? LocalDate.now(clock) : from;
		LocalDate last = to == null ? first.plusDays(6) : to;
		return sessions.between(clinician, first, last)
			.stream()
			.map(s -> SessionView.of(s, lists.bookedIn(s), sessions.blocked(s)))
			.toList();
	}

	@Operation(summary = "Close a session with a reason: it takes no more bookings (booked appointments stay to be rebooked)")
	@PostMapping("/api/v1/clinic-sessions/{id}/close")
	@Requires(Permission.CLINIC_SESSION_MANAGE)
	SessionView close(@PathVariable UUID id, @RequestBody Reason body) {
		ClinicSession s = sessions.close(id, body.reason(), body.version());
		return SessionView.of(s, lists.bookedIn(s), sessions.blocked(s));
	}

	@Operation(summary = "Record a doctor's leave from..to (ISO-8601 date-times with offset, local date-times of the "
			+ "center, or dates: whole days); their sessions in it take no bookings")
	@PostMapping("/api/v1/clinic-leave")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.CLINIC_SESSION_MANAGE)
	LeaveView recordLeave(@RequestBody NewLeave body) {
		ZoneId zone = clock.getZone();
		Instant from = LeaveTimes.from(body.from(), zone);
		Instant to = LeaveTimes.to(body.to(), zone);
		return LeaveView.of(sessions.recordLeave(body.clinician(), from, to, body.reason()), zone);
	}

	@Operation(summary = "A clinician's leave overlapping from..to (dates; default today and a year on)")
	@GetMapping("/api/v1/clinic-leave")
	@Requires(Permission.CLINIC_READ)
	List<LeaveView> leave(@RequestParam String clinician,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		DateParams.checked("from", from);
		DateParams.checked("to", to);
		ZoneId zone = clock.getZone();
		LocalDate first = from == null ? LocalDate.now(clock) : from;
		LocalDate last = to == null ? first.plusYears(1) : to;
		return sessions.leaveOf(clinician.trim(), first.atStartOfDay(zone).toInstant(),
				last.plusDays(1).atStartOfDay(zone).toInstant()).stream().map(l -> LeaveView.of(l, zone)).toList();
	}

	@Operation(summary = "Withdraw recorded leave (kept, marked withdrawn)")
	@PostMapping("/api/v1/clinic-leave/{id}/withdraw")
	@Requires(Permission.CLINIC_SESSION_MANAGE)
	LeaveView withdrawLeave(@PathVariable UUID id) {
		return LeaveView.of(sessions.withdrawLeave(id), clock.getZone());
	}

	@Operation(summary = "Book an appointment: patientId, clinician (username), start (ISO-8601 with offset, or a local "
			+ "date-time of the center), kind new-referral | follow-up | procedure | skin-care, reason: a code (follow-up-visit | imaging-review | "
			+ "skin-check | referral | procedure | skin-care, shown in the reader's language) or the booker's own words. Refused naming "
			+ "start when no session holds it, leave blocks it, it is full or past")
	@PostMapping("/api/v1/appointments")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.APPOINTMENT_BOOK)
	AppointmentView book(@RequestBody NewAppointment body) {
		ZoneId zone = clock.getZone();
		Instant start = StartTime.parse(body.start(), zone, "start");
		AppointmentKind kind = AppointmentKind.fromCode(body.kind());
		if (body.kind() != null && !body.kind().isBlank() && kind == null) {
			throw new InvalidInput("kind", "error.field.oneOf", AppointmentBook.kindCodes());
		}
		return AppointmentView.of(book.book(body.patientId(), body.clinician(), start, kind, body.reason()), null, zone);
	}

	@Operation(summary = "One appointment")
	@GetMapping("/api/v1/appointments/{id}")
	@Requires(Permission.CLINIC_READ)
	AppointmentView appointment(@PathVariable UUID id) {
		var a = lists.view(id);
		return AppointmentView.of(a, sessions.find(a.sessionId()).location(), clock.getZone());
	}

	@Operation(summary = "Change an appointment's status: arrived | no-show | cancelled (reason required); optional version "
			+ "(409 when someone changed it since)")
	@PostMapping("/api/v1/appointments/{id}/status")
	@Requires(Permission.APPOINTMENT_STATUS)
	AppointmentView status(@PathVariable UUID id, @RequestBody StatusChange body) {
		var s = book.changeStatus(id, body.status(), body.reason(), body.version());
		return AppointmentView.of(s, body.reason() == null || body.reason().isBlank() ? null : body.reason().trim(),
				clock.getZone());
	}

	@Operation(summary = "A doctor's clinic list for a day (default today): sessions and appointments in time order with "
			+ "the patient's name and MRN and the status")
	@GetMapping("/api/v1/clinics/{username}/appointments")
	@Requires(Permission.CLINIC_READ)
	ClinicListView clinicList(@PathVariable String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		DateParams.checked("date", date);
		ZoneId zone = clock.getZone();
		ClinicDay day = lists.clinicDay(username.trim(), date == null ? LocalDate.now(clock) : date);
		return new ClinicListView(day.clinician(), day.day(),
				day.sessions().stream().map(s -> SessionView.of(s.session(), s.booked(), s.onLeave())).toList(),
				day.lines().stream().map(l -> ClinicListView.Line.of(l, zone)).toList());
	}

	record NewSession(String clinician, LocalDate date, @DateTimeFormat(pattern = "HH:mm") LocalTime start,
			LocalTime end, Integer capacity, Integer slotMinutes, String location) {
	}

	record NewLeave(String clinician, String from, String to, String reason) {
	}

	record NewAppointment(UUID patientId, String clinician, String start, String kind, String reason) {
	}

	record StatusChange(String status, String reason, Long version) {
	}

	record Reason(String reason, Long version) {
	}

	record LeaveView(UUID id, String clinician, OffsetDateTime from, OffsetDateTime to, String reason,
			boolean withdrawn, long version) {
		static LeaveView of(ClinicianLeave l, ZoneId zone) {
			return new LeaveView(l.id(), l.clinician(), l.startsAt().atZone(zone).toOffsetDateTime(),
					l.endsAt().atZone(zone).toOffsetDateTime(), l.reason(), l.withdrawn(), l.version());
		}
	}

	record ClinicListView(String clinician, LocalDate date, List<SessionView> sessions, List<Line> appointments) {
		record Line(UUID id, OffsetDateTime start, UUID patientId, String patientName, String mrn, String kind,
				String reason, String reasonCode, String status, String statusReason, String location, long version) {
			static Line of(ClinicDay.Line l, ZoneId zone) {
				PatientSummary p = l.patient();
				var a = l.appointment();
				return new Line(a.id(), a.startsAt().atZone(zone).toOffsetDateTime(), a.patientId(),
						p == null ? null : p.displayName(), p == null ? null : p.mrn(), a.kind().code(),
						a.reasonCode() == null ? a.reason() : a.reasonCode().code(),
						a.reasonCode() == null ? null : a.reasonCode().code(), a.status().code(), a.statusReason(), l.session() == null ? null : l.session().location(),
						a.version());
			}
		}
	}
}
