package org.cutis.tumorboard.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.cutis.identity.Role;
import org.cutis.identity.StaffDirectory;
import org.cutis.identity.StaffMember;

import org.springframework.stereotype.Component;

/** Who may chair a meeting: the clinicians, offered as suggestions on the scheduling form. */
@Component
class BoardChairs {
	private final StaffDirectory staff;

	BoardChairs(StaffDirectory staff) {
		this.staff = staff;
	}

	List<StaffMember> get() {
		return Stream.of(Role.values())
			.filter(Role::isClinician)
			.flatMap(r -> staff.withRole(r).stream())
			.sorted(Comparator.comparing(StaffMember::displayName).thenComparing(StaffMember::username))
			.toList();
	}
}
