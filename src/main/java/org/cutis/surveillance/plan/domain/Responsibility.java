package org.cutis.surveillance.plan.domain;

import jakarta.persistence.Embeddable;
import org.cutis.identity.Department;
import org.cutis.rules.common.Explanation;
import org.cutis.shared.InvalidInput;

/**
 * Who answers for the patient's follow-up under a plan: the responsible doctor (none yet when
 * proposed by hand without one), the department, and why — an explanation the system recorded
 * (the surgeon after surgery, …) or the reason a person typed when reassigning. The reason is
 * always there, so JPA never loads this as null.
 */
@Embeddable
public class Responsibility {
	private String responsible;
	private String responsibleDepartment;
	private String responsibleReason;

	protected Responsibility() {
	}

	static Responsibility of(ResponsibleDoctor.Assignment assignment) {
		Responsibility r = new Responsibility();
		r.responsible = assignment.username();
		r.responsibleDepartment = assignment.department() == null ? null : assignment.department().code();
		r.responsibleReason = assignment.reason().encode();
		return r;
	}

	/** @throws InvalidInput naming {@code reason} when missing */
	static Responsibility reassigned(String username, Department department, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "surveillance.error.reasonRequired");
		}
		Responsibility r = new Responsibility();
		r.responsible = username;
		r.responsibleDepartment = department == null ? null : department.code();
		r.responsibleReason = reason.trim();
		return r;
	}

	/** The reason recorded by the system (an explanation), or null when a person typed it. */
	Explanation explanation() {
		return responsibleReason != null && responsibleReason.startsWith("[\"surveillance.")
				? Explanation.decode(responsibleReason) : null;
	}

	String responsible() {
		return responsible;
	}

	String responsibleDepartment() {
		return responsibleDepartment;
	}

	String responsibleReason() {
		return responsibleReason;
	}
}
