package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.shared.RefusedTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may close an action item, and that attendance is fixed by the signature. */
class ActionItemGuardTests {
	static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

	ActionItem item(Department department, String username) {
		return new ActionItem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Book WLE", department, username,
				LocalDate.of(2026, 12, 1), NOW);
	}

	@Test
	void theAssignedPersonOrDepartmentOrACoordinatorMarksItDone() {
		Set<Department> none = EnumSet.noneOf(Department.class);
		ActionItem personal = item(null, "derm-1");
		assertThatThrownBy(() -> personal.done("derm-2", EnumSet.of(Department.DERMATOLOGY), false, NOW))
			.isInstanceOf(RefusedTransition.class)
			.hasMessage("tumorboard.action.notAssignee");
		personal.done("derm-1", none, false, NOW);
		assertThat(personal.status()).isEqualTo(ActionItem.Status.DONE);

		ActionItem departmental = item(Department.HEMATOLOGY_ONCOLOGY, null);
		assertThatThrownBy(() -> departmental.done("path-1", EnumSet.of(Department.PATHOLOGY), false, NOW))
			.isInstanceOf(RefusedTransition.class);
		departmental.done("onc-1", EnumSet.of(Department.HEMATOLOGY_ONCOLOGY), false, NOW);
		assertThat(departmental.doneBy()).isEqualTo("onc-1");

		ActionItem followedUp = item(Department.PLASTIC_SURGERY, null);
		followedUp.done("nurse-1", EnumSet.of(Department.NURSING), true, NOW);
		assertThat(followedUp.status()).isEqualTo(ActionItem.Status.DONE);
	}
}
