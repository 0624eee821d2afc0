package org.cutis.tumorboard.application;

import java.util.EnumSet;
import java.util.Set;

import org.cutis.identity.CurrentUser;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.shared.Forbidden;
import org.cutis.tumorboard.domain.BoardCase;

import org.springframework.stereotype.Component;

/**
 * Who may read a case summary: tumor board members (clinicians of the board's departments and
 * the nurses who coordinate it) and the patient's clinicians (whoever proposed or submitted the case).
 */
@Component
public class CaseAccess {
	static final Set<Department> BOARD = EnumSet.of(Department.DERMATOLOGY, Department.PATHOLOGY,
			Department.HEMATOLOGY_ONCOLOGY, Department.PLASTIC_SURGERY, Department.RADIATION_ONCOLOGY);
	private final CurrentUser currentUser;

	CaseAccess(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	public boolean maySee(BoardCase boardCase) {
		CutisPrincipal p = currentUser.principal().orElse(null);
		if (p == null) {
			return false;
		}
		boolean member = (p.role().isClinician() && p.departments().stream().anyMatch(BOARD::contains))
				|| p.role() == Role.NURSE;
		return member || p.username().equals(boardCase.proposedBy());
	}

	public void check(BoardCase boardCase) {
		if (!maySee(boardCase)) {
			throw new Forbidden("not a tumor board member or clinician of this patient");
		}
	}
}
