package org.cutis.clinic.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and closing a doctor's clinic sessions and recording their leave. A doctor keeps their
 * own; the front desk and nurses keep everyone's. Sessions of one doctor never overlap, so a time
 * names at most one session.
 */
@Service
@Transactional
public class ClinicSessions {
	/** The longest window one listing covers. */
	public static final int MAX_DAYS = 366;

	private final ClinicSessionRecords sessions;
	private final LeaveRecords leave;
	private final Clinicians clinicians;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;

	ClinicSessions(ClinicSessionRecords sessions, LeaveRecords leave, Clinicians clinicians, CurrentUser currentUser,
			AuditLog audit, Clock clock) {
		this.sessions = sessions;
		this.leave = leave;
		this.clinicians = clinicians;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	public ClinicSession open(String clinician, LocalDate day, LocalTime start, LocalTime end, Integer capacity,
			Integer slotMinutes, String location) {
		String doctor = clinicians.require(clinician, "clinician");
		clinicians.requireMayManage(doctor);
		ClinicSession session = ClinicSession.open(doctor, day, start, end, capacity, slotMinutes, location,
				currentUser.username(), clock.instant(), LocalDate.now(clock));
		boolean overlaps = sessions.findByClinicianAndDayBetweenOrderByDayAscStartsAtAsc(doctor, day, day)
			.stream()
			.filter(s -> !s.closed())
			.anyMatch(s -> s.startsAt().isBefore(end) && s.endsAt().isAfter(start));
		if (overlaps) {
			throw new InvalidInput("start", "clinic.session.error.overlaps");
		}
		sessions.save(session);
		audit.record(AuditAction.CREATE, null, "clinic-session", session.id(),
				doctor + " " + day + " " + start + "-" + end + ", " + session.capacity() + " slots");
		return session;
	}

	public ClinicSession close(UUID id, String reason, Long version) {
		ClinicSession session = find(id);
		clinicians.requireMayManage(session.clinician());
		if (version != null && version != session.version()) {
			throw new ConcurrentEdit("clinic-session", Map.of());
		}
		session.close(reason, currentUser.username(), clock.instant());
		sessions.saveAndFlush(session);
		audit.record(AuditAction.UPDATE, null, "clinic-session", id, "closed: " + session.closeReason());
		return session;
	}

	public ClinicianLeave recordLeave(String clinician, Instant from, Instant to, String reason) {
		String doctor = clinicians.require(clinician, "clinician");
		clinicians.requireMayManage(doctor);
		ClinicianLeave away = ClinicianLeave.record(doctor, from, to, reason, currentUser.username(), clock.instant());
		leave.save(away);
		audit.record(AuditAction.CREATE, null, "clinician-leave", away.id(), doctor + " " + from + " - " + to);
		return away;
	}

	public ClinicianLeave withdrawLeave(UUID id) {
		ClinicianLeave away = leave.findById(id).orElseThrow(() -> new NotFound("clinician-leave", id));
		clinicians.requireMayManage(away.clinician());
		away.withdraw(currentUser.username(), clock.instant());
		leave.saveAndFlush(away);
		audit.record(AuditAction.UPDATE, null, "clinician-leave", id, "withdrawn");
		return away;
	}

	@Transactional(readOnly = true)
	public ClinicSession find(UUID id) {
		return sessions.findById(id).orElseThrow(() -> new NotFound("clinic-session", id));
	}

	/** Sessions from {@code from} to {@code to} (days inclusive), of one clinician or (null) of all. */
	@Transactional(readOnly = true)
	public List<ClinicSession> between(String clinician, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInput("to", "clinic.error.toBeforeFrom");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new InvalidInput("to", "clinic.error.windowTooLong", MAX_DAYS);
		}
		return clinician == null || clinician.isBlank()
				? sessions.findByDayBetweenOrderByDayAscStartsAtAsc(from, to)
				: sessions.findByClinicianAndDayBetweenOrderByDayAscStartsAtAsc(clinician.trim(), from, to);
	}

	/** The clinician's leave (not withdrawn) that overlaps the period. */
	@Transactional(readOnly = true)
	public List<ClinicianLeave> leaveOf(String clinician, Instant from, Instant to) {
		return leave.findByClinicianAndStartsAtBeforeAndEndsAtAfterOrderByStartsAtAsc(clinician, to, from)
			.stream()
			.filter(l -> !l.withdrawn())
			.toList();
	}

	/**
	 * Holds the session for a booking until the transaction ends: bookings into one session happen one
	 * after the other, so the second sees the first's slot taken and takes the next. Without it two
	 * bookings at the same moment (two patients seen, each plan booking its next visit) pick the same
	 * slot, the database refuses the second, and the whole transaction of the second is lost (the
	 * plan's listener with the visit it had marked done).
	 */
	public void holdForBooking(ClinicSession session) {
		sessions.lockById(session.id());
	}

	/** Whether leave blocks the session. */
	@Transactional(readOnly = true)
	public boolean blocked(ClinicSession session) {
		ZoneId zone = zone();
		return !leaveOf(session.clinician(), session.start(zone), session.end(zone)).isEmpty();
	}

	public ZoneId zone() {
		return clock.getZone();
	}
}
