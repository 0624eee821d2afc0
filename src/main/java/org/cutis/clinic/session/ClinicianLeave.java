package org.cutis.clinic.session;

import java.time.Instant;
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

/** A period a doctor is away (holiday, congress, illness): their sessions in it take no bookings. */
@Entity
@Table(name = "clinician_leave")
public class ClinicianLeave {
	@Id
	private UUID id;
	private String clinician;
	private Instant startsAt;
	private Instant endsAt;
	private String reason;
	private String recordedBy;
	private Instant recordedAt;
	private String withdrawnBy;
	private Instant withdrawnAt;
	@Version
	private long version;

	protected ClinicianLeave() {
	}

	public static ClinicianLeave record(String clinician, Instant startsAt, Instant endsAt, String reason, String by,
			Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		if (startsAt == null) {
			problems.add(new FieldProblem("from", "error.field.required"));
		}
		if (endsAt == null) {
			problems.add(new FieldProblem("to", "error.field.required"));
		}
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			problems.add(new FieldProblem("to", "clinic.leave.error.endBeforeStart"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		ClinicianLeave l = new ClinicianLeave();
		l.id = UUID.randomUUID();
		l.clinician = clinician;
		l.startsAt = startsAt;
		l.endsAt = endsAt;
		l.reason = reason == null || reason.isBlank() ? null : reason.trim();
		l.recordedBy = by;
		l.recordedAt = now;
		return l;
	}

	public void withdraw(String by, Instant now) {
		if (withdrawnAt != null) {
			throw new RefusedTransition("clinic.leave.error.withdrawn");
		}
		withdrawnBy = by;
		withdrawnAt = now;
	}

	/** Whether this leave blocks the period from {@code from} to {@code to}. */
	public boolean blocks(Instant from, Instant to) {
		return withdrawnAt == null && startsAt.isBefore(to) && endsAt.isAfter(from);
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	public UUID id() {
		return id;
	}

	public String clinician() {
		return clinician;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public String reason() {
		return reason;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public long version() {
		return version;
	}
}
