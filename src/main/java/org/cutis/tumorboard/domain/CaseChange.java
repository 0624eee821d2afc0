package org.cutis.tumorboard.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One thing that changed about the cancer since the case was proposed or discussed, as the
 * publishing module wrote it ("pN: NX → N1a"), with where it came from (staging, addendum,
 * specimen, workup-result, clinical-findings, correlation) and the event that said so
 * ({@code origin}), so the same event delivered twice records it once.
 */
@Embeddable
public class CaseChange {
	@Column(name = "source")
	private String source;
	@Column(name = "description")
	private String description;
	private String origin;
	private Instant recordedAt;
	private boolean afterDiscussion;

	protected CaseChange() {
	}

	public CaseChange(String source, String description, String origin, Instant recordedAt,
			boolean afterDiscussion) {
		this.source = source;
		this.description = description;
		this.origin = origin;
		this.afterDiscussion = afterDiscussion;
		this.recordedAt = recordedAt;
	}

	public String source() {
		return source;
	}

	public String description() {
		return description;
	}

	public String origin() {
		return origin;
	}

	boolean sameAs(String otherOrigin, String otherDescription) {
		return java.util.Objects.equals(origin, otherOrigin) && description.equals(otherDescription);
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	/** Recorded on a case already discussed: something the discussion did not know. */
	public boolean afterDiscussion() {
		return afterDiscussion;
	}
}
