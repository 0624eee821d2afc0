package org.cutis.surveillance.plan.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a plan's responsible doctor with its reason; append-only. */
@Entity
@Table(name = "surveillance_responsible_change")
public class ResponsibleChange {
	@Id
	private UUID id;
	private UUID planId;
	private String fromUser;
	private String toUser;
	private String reason;
	private String changedBy;
	private Instant changedAt;

	protected ResponsibleChange() {
	}

	public ResponsibleChange(UUID planId, String fromUser, String toUser, String reason, String changedBy, Instant at) {
		this.id = UUID.randomUUID();
		this.planId = planId;
		this.fromUser = fromUser;
		this.toUser = toUser;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = at;
	}

	public UUID planId() {
		return planId;
	}

	public String fromUser() {
		return fromUser;
	}

	public String toUser() {
		return toUser;
	}

	public String reason() {
		return reason;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}
}
