package org.cutis.oncology.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cutis.shared.persistence.InputName;

/**
 * One cycle of a systemic course: given (at full dose, or reduced to a percentage with the reason)
 * or held with the reason. Never changed once recorded (the table is append-only).
 */
@Entity
@Table(name = "systemic_cycle")
public class SystemicCycle {
	@Id
	private UUID id;
	private UUID courseId;
	private int number;
	@Column(name = "given_on")
	@InputName("date")
	private LocalDate date;
	private boolean held;
	@InputName("holdReason")
	private String holdReason;
	private Integer dosePercent;
	@InputName("doseReductionReason")
	private String reductionReason;
	private String recordedBy;
	private Instant recordedAt;

	protected SystemicCycle() {
	}

	SystemicCycle(UUID courseId, int number, LocalDate date, boolean held, String holdReason, Integer dosePercent,
			String reductionReason, String recordedBy, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.courseId = courseId;
		this.number = number;
		this.date = date;
		this.held = held;
		this.holdReason = holdReason;
		this.dosePercent = dosePercent;
		this.reductionReason = reductionReason;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** What the oncologist entered for a cycle; a missing dose percentage is the full dose. */
	public record Entry(Integer number, LocalDate date, Boolean held, String holdReason, Integer dosePercent,
			String doseReductionReason) {
	}

	public UUID id() {
		return id;
	}

	public UUID courseId() {
		return courseId;
	}

	public int number() {
		return number;
	}

	public LocalDate date() {
		return date;
	}

	public boolean held() {
		return held;
	}

	public String holdReason() {
		return holdReason;
	}

	/** Null for the full dose. */
	public Integer dosePercent() {
		return dosePercent;
	}

	public String reductionReason() {
		return reductionReason;
	}

	public boolean reduced() {
		return dosePercent != null;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}
}
