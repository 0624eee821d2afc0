package org.cutis.clinic.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;

/**
 * A doctor's clinic on one day: from {@code startsAt} to {@code endsAt} in the center's time zone,
 * cut into {@code capacity} slots of {@code slotMinutes} (one patient each), in a room. Give the
 * capacity and the slot length follows from the session's length, or the slot length and the
 * capacity follows; with both, the slots must fit in the session.
 */
@Entity
@Table(name = "clinic_session")
public class ClinicSession {
	static final int MAX_CAPACITY = 200;

	@Id
	private UUID id;
	private String clinician;
	private LocalDate day;
	private LocalTime startsAt;
	private LocalTime endsAt;
	private int capacity;
	private int slotMinutes;
	private String location;
	private String createdBy;
	private Instant createdAt;
	private String closedBy;
	private Instant closedAt;
	private String closeReason;
	@Version
	private long version;

	protected ClinicSession() {
	}

	/** Every problem at once; {@code today} in the center's zone (no session opened in the past). */
	public static ClinicSession open(String clinician, LocalDate day, LocalTime startsAt, LocalTime endsAt,
			Integer capacity, Integer slotMinutes, String location, String by, Instant now, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (day == null) {
			problems.add(new FieldProblem("date", "error.field.required"));
		}
		else if (day.isBefore(today)) {
			problems.add(new FieldProblem("date", "clinic.session.error.past"));
		}
		if (startsAt == null) {
			problems.add(new FieldProblem("start", "error.field.required"));
		}
		if (endsAt == null) {
			problems.add(new FieldProblem("end", "error.field.required"));
		}
		if (location == null || location.isBlank()) {
			problems.add(new FieldProblem("location", "error.field.required"));
		}
		int minutes = startsAt == null || endsAt == null ? 0 : (int) Duration.between(startsAt, endsAt).toMinutes();
		if (startsAt != null && endsAt != null && minutes <= 0) {
			problems.add(new FieldProblem("end", "clinic.session.error.endBeforeStart"));
		}
		Integer slots = capacity;
		Integer length = slotMinutes;
		if (capacity == null && slotMinutes == null) {
			problems.add(new FieldProblem("capacity", "clinic.session.error.capacityOrSlot"));
		}
		if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
			problems.add(new FieldProblem("capacity", "clinic.session.error.capacityRange", MAX_CAPACITY));
		}
		if (slotMinutes != null && (slotMinutes < 1 || slotMinutes > 720)) {
			problems.add(new FieldProblem("slotMinutes", "clinic.session.error.slotRange"));
		}
		if (problems.isEmpty()) {
			if (slots == null) {
				slots = minutes / length;
				if (slots < 1 || slots > MAX_CAPACITY) {
					problems.add(new FieldProblem("slotMinutes", "clinic.session.error.slotRange"));
				}
			}
			else if (length == null) {
				length = minutes / slots;
				if (length < 1) {
					problems.add(new FieldProblem("capacity", "clinic.session.error.capacityRange", minutes));
				}
			}
			else if (slots * length > minutes) {
				problems.add(new FieldProblem("capacity", "clinic.session.error.slotsDoNotFit", slots, length, minutes));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		ClinicSession s = new ClinicSession();
		s.id = UUID.randomUUID();
		s.clinician = clinician;
		s.day = day;
		s.startsAt = startsAt;
		s.endsAt = endsAt;
		s.capacity = slots;
		s.slotMinutes = length;
		s.location = location.trim();
		s.createdBy = by;
		s.createdAt = now;
		return s;
	}

	/** Closed with a reason: takes no more bookings; what was booked stays for the nurse to rebook. */
	public void close(String reason, String by, Instant now) {
		if (closedAt != null) {
			throw new RefusedTransition("clinic.session.error.closed");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "error.field.required");
		}
		closeReason = reason.trim();
		closedBy = by;
		closedAt = now;
	}

	public Instant start(ZoneId zone) {
		return day.atTime(startsAt).atZone(zone).toInstant();
	}

	public Instant end(ZoneId zone) {
		return day.atTime(endsAt).atZone(zone).toInstant();
	}

	/** The start of slot {@code i} (0-based). */
	public Instant slotStart(int i, ZoneId zone) {
		return day.atTime(startsAt).plusMinutes((long) i * slotMinutes).atZone(zone).toInstant();
	}

	/** The slot that contains {@code at}, or -1 when {@code at} lies outside the slots. */
	public int slotAt(Instant at, ZoneId zone) {
		long minutes = Duration.between(start(zone), at).toMinutes();
		if (at.isBefore(start(zone)) || minutes / slotMinutes >= capacity) {
			return -1;
		}
		return (int) (minutes / slotMinutes);
	}

	public boolean covers(Instant at, ZoneId zone) {
		return !at.isBefore(start(zone)) && at.isBefore(end(zone));
	}

	public boolean closed() {
		return closedAt != null;
	}

	public UUID id() {
		return id;
	}

	public String clinician() {
		return clinician;
	}

	public LocalDate day() {
		return day;
	}

	public LocalTime startsAt() {
		return startsAt;
	}

	public LocalTime endsAt() {
		return endsAt;
	}

	public int capacity() {
		return capacity;
	}

	public int slotMinutes() {
		return slotMinutes;
	}

	public String location() {
		return location;
	}

	public String createdBy() {
		return createdBy;
	}

	public String closeReason() {
		return closeReason;
	}

	public long version() {
		return version;
	}
}
