package org.cutis.tumorboard.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.cutis.identity.Department;

/** A department present for a case, and who represented it (may be unnamed). */
@Embeddable
public class Attendee {
	@Enumerated(EnumType.STRING)
	private Department department;
	private String username;

	protected Attendee() {
	}

	public Attendee(Department department, String username) {
		this.department = department;
		this.username = username == null || username.isBlank() ? null : username.trim();
	}

	public Department department() {
		return department;
	}

	public String username() {
		return username;
	}
}
