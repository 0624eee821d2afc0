package org.cutis.surveillance.plan.application;

import org.cutis.identity.Department;
import org.cutis.identity.StaffDirectory;
import org.cutis.identity.StaffMember;
import org.cutis.shared.InvalidInput;

import org.springframework.stereotype.Component;

/** Who may be a plan's responsible doctor: an active clinician, named by username. */
@Component
class ResponsibleDoctors {
	private final StaffDirectory staff;

	ResponsibleDoctors(StaffDirectory staff) {
		this.staff = staff;
	}

	/** @throws InvalidInput naming {@code field} when missing or not an active doctor */
	StaffMember doctor(String username, String field) {
		if (username == null || username.isBlank()) {
			throw new InvalidInput(field, "surveillance.error.responsibleRequired");
		}
		StaffMember member = staff.find(username.trim()).orElse(null);
		if (member == null || !member.role().isClinician()) {
			throw new InvalidInput(field, "surveillance.error.notADoctor");
		}
		return member;
	}

	/** The department the plan names beside the doctor (the first, when several). */
	static Department firstDepartment(StaffMember member) {
		return member.departments().stream().sorted().findFirst().orElse(null);
	}
}
