package org.cutis.tumorboard.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A note added to a signed recommendation; the recommendation itself never changes. */
@Embeddable
public class Addendum {
	@Column(name = "text")
	private String text;
	private String writtenBy;
	private Instant writtenAt;

	protected Addendum() {
	}

	public Addendum(String text, String by, Instant at) {
		this.text = text;
		this.writtenBy = by;
		this.writtenAt = at;
	}

	public String text() {
		return text;
	}

	public String writtenBy() {
		return writtenBy;
	}

	public Instant writtenAt() {
		return writtenAt;
	}
}
