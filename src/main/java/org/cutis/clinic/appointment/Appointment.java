package org.cutis.clinic.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentReason;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.Message;
import org.cutis.shared.RefusedTransition;

/**
 * A patient's slot in a doctor's clinic session. Expected ({@code BOOKED}) until the nurse marks the
 * patient arrived or not come; seen when the doctor opens the visit note; cancelled with a reason.
 * A patient marked not come who turns up late can still be marked arrived.
 */
@Entity
@Table(name = "appointment")
public class Appointment {
	@Id
	private UUID id;
	private UUID patientId;
	private String clinician;
	private UUID sessionId;
	private int slot;
	private Instant startsAt;
	private String kind;
	private String reason;
	private String reasonCode;
	private String status;
	private String statusReason;
	private UUID referralId;
	private String bookedBy;
	private Instant bookedAt;
	private String statusChangedBy;
	private Instant statusChangedAt;
	@Version
	private long version;

	protected Appointment() {
	}

	static Appointment book(UUID patientId, String clinician, UUID sessionId, int slot, Instant startsAt,
			AppointmentKind kind, String reason, UUID referralId, String by, Instant now) {
		Appointment a = new Appointment();
		a.id = UUID.randomUUID();
		a.patientId = patientId;
		a.clinician = clinician;
		a.sessionId = sessionId;
		a.slot = slot;
		a.startsAt = startsAt;
		a.kind = kind.code();
		// a code (or a fixed text that means one) is kept as the code; a person's own words as typed
		AppointmentReason coded = AppointmentReason.of(reason);
		a.reasonCode = coded == null ? null : coded.code();
		a.reason = coded != null || reason == null || reason.isBlank() ? null : reason.trim();
		a.status = AppointmentStatus.BOOKED.code();
		a.referralId = referralId;
		a.bookedBy = by;
		a.bookedAt = now;
		return a;
	}

	/**
	 * Moves the appointment to {@code next}. Arrival and no-show are marked on the day (not before);
	 * a cancellation needs a reason; what was seen or cancelled stays so.
	 */
	void change(AppointmentStatus next, String why, String by, Instant now, ZoneId zone) {
		AppointmentStatus current = status();
		boolean allowed = switch (next) {
			case ARRIVED -> current == AppointmentStatus.BOOKED || current == AppointmentStatus.NO_SHOW;
			case NO_SHOW -> current == AppointmentStatus.BOOKED;
			case SEEN -> current == AppointmentStatus.BOOKED || current == AppointmentStatus.ARRIVED;
			case CANCELLED -> current == AppointmentStatus.BOOKED || current == AppointmentStatus.ARRIVED;
			case BOOKED -> false;
		};
		if (!allowed) {
			throw new RefusedTransition("clinic.appointment.error.transition",
					new Message("clinic.appointment.status." + current.code()),
					new Message("clinic.appointment.status." + next.code()));
		}
		boolean onTheDay = next == AppointmentStatus.ARRIVED || next == AppointmentStatus.NO_SHOW
				|| next == AppointmentStatus.SEEN;
		if (onTheDay && LocalDate.ofInstant(now, zone).isBefore(day(zone))) {
			throw new InvalidInput("status", "clinic.appointment.error.notYetTheDay", day(zone).toString());
		}
		if (next == AppointmentStatus.CANCELLED && (why == null || why.isBlank())) {
			throw new InvalidInput("reason", "clinic.appointment.error.reasonRequired");
		}
		status = next.code();
		statusReason = why == null || why.isBlank() ? null : why.trim();
		statusChangedBy = by;
		statusChangedAt = now;
	}

	/** What other modules hear of this appointment now (surveillance follows its visits with it). */
	org.cutis.clinic.AppointmentChanged changed(String why, Instant now) {
		return new org.cutis.clinic.AppointmentChanged(id, patientId, clinician, kind(), status(), startsAt, why, now);
	}

	public LocalDate day(ZoneId zone) {
		return LocalDate.ofInstant(startsAt, zone);
	}

	public AppointmentSummary summary(String location) {
		return new AppointmentSummary(id, patientId, clinician, sessionId, startsAt, location, kind(), status(),
				reason, reasonCode(), version);
	}

	public UUID id() {
		return id;
	}

	/** The coded reason; null when the booking gave its own words ({@link #reason()}) or none. */
	public AppointmentReason reasonCode() {
		return AppointmentReason.fromCode(reasonCode);
	}

	public UUID patientId() {
		return patientId;
	}

	public String clinician() {
		return clinician;
	}

	public UUID sessionId() {
		return sessionId;
	}

	public int slot() {
		return slot;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public AppointmentKind kind() {
		return AppointmentKind.fromCode(kind);
	}

	public String reason() {
		return reason;
	}

	public AppointmentStatus status() {
		return AppointmentStatus.fromCode(status);
	}

	public String statusReason() {
		return statusReason;
	}

	public UUID referralId() {
		return referralId;
	}

	public String bookedBy() {
		return bookedBy;
	}

	public Instant bookedAt() {
		return bookedAt;
	}

	public String statusChangedBy() {
		return statusChangedBy;
	}

	public Instant statusChangedAt() {
		return statusChangedAt;
	}

	public long version() {
		return version;
	}
}
