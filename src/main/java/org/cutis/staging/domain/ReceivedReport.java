package org.cutis.staging.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A signed pathology report already turned into a cancer diagnosis: makes recording the same
 * report twice (a redelivered event, a retried API call) a no-op.
 */
@Entity
@Table(name = "staging_received_report")
public class ReceivedReport {
	@Id
	private UUID reportId;
	private UUID cancerId;
	private Instant receivedAt;

	protected ReceivedReport() {
	}

	public ReceivedReport(UUID reportId, UUID cancerId, Instant receivedAt) {
		this.reportId = reportId;
		this.cancerId = cancerId;
		this.receivedAt = receivedAt;
	}

	public UUID cancerId() {
		return cancerId;
	}
}
