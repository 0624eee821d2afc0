package org.cutis.surveillance.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.cutis.shared.InvalidInput;

/**
 * How a patient left a plan's surveillance — never silently: completed (every visit done; checked
 * by the caller), death, transfer or declined with the detail, or replaced by the plan for the new
 * stage; who and when. The V1600 columns end_reason … replaced_by, which the recall worklist reads.
 */
@Embeddable
public class PlanEnding {
	/** The reasons a clinician may end surveillance with; completed needs every visit done. */
	public static final List<String> REASONS = List.of("completed", "death", "transfer", "declined");
	static final Set<String> NEEDS_DETAIL = Set.of("death", "transfer", "declined");

	private String endReason;
	private String endDetail;
	private Instant endedAt;
	private String endedBy;
	private UUID replacedBy;

	protected PlanEnding() {
	}

	static PlanEnding replaced(UUID by, String who, Instant now) {
		PlanEnding e = new PlanEnding();
		e.endReason = "replaced";
		e.replacedBy = by;
		e.endedAt = now;
		e.endedBy = who;
		return e;
	}

	/** @throws InvalidInput naming {@code reason} (not one of REASONS) or {@code detail} (missing) */
	static PlanEnding of(String reason, String detail, String by, Instant now) {
		if (reason == null || !REASONS.contains(reason)) {
			throw new InvalidInput("reason", "surveillance.error.endReason", String.join(", ", REASONS));
		}
		if (NEEDS_DETAIL.contains(reason) && (detail == null || detail.isBlank())) {
			throw new InvalidInput("detail", "surveillance.error.detailRequired");
		}
		PlanEnding e = new PlanEnding();
		e.endReason = reason;
		e.endDetail = detail == null || detail.isBlank() ? null : detail.trim();
		e.endedAt = now;
		e.endedBy = by;
		return e;
	}

	boolean completed() {
		return "completed".equals(endReason);
	}

	public String endReason() {
		return endReason;
	}

	public String endDetail() {
		return endDetail;
	}

	public Instant endedAt() {
		return endedAt;
	}

	public String endedBy() {
		return endedBy;
	}

	public UUID replacedBy() {
		return replacedBy;
	}
}
