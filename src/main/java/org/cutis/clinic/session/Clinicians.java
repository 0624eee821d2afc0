package org.cutis.clinic.session;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cutis.identity.CurrentUser;
import org.cutis.identity.Role;
import org.cutis.identity.StaffDirectory;
import org.cutis.identity.StaffMember;
import org.cutis.shared.Forbidden;
import org.cutis.shared.InvalidInput;

import org.springframework.stereotype.Component;

/** Who holds clinics (the treating doctors) and who may keep whose sessions and leave. */
@Component
public class Clinicians {
	/** Pathologists diagnose and hold no clinic. */
	public static final Set<Role> HOLD_CLINICS = EnumSet.of(Role.DERMATOLOGIST, Role.SURGEON, Role.ONCOLOGIST,
			Role.RADIATION_ONCOLOGIST);

	private final StaffDirectory staff;
	private final CurrentUser currentUser;

	Clinicians(StaffDirectory staff, CurrentUser currentUser) {
		this.staff = staff;
		this.currentUser = currentUser;
	}

	/** The clinician's username, trimmed; refused naming {@code field} unless a doctor who holds clinics. */
	public String require(String username, String field) {
		if (username == null || username.isBlank()) {
			throw new InvalidInput(field, "error.field.required");
		}
		String trimmed = username.trim();
		if (!holdsClinics(trimmed)) {
			throw new InvalidInput(field, "clinic.error.unknownClinician", trimmed);
		}
		return trimmed;
	}

	public boolean holdsClinics(String username) {
		return staff.find(username).filter(m -> HOLD_CLINICS.contains(m.role())).isPresent();
	}

	/** Every doctor who holds clinics, by name. */
	public List<StaffMember> all() {
		return HOLD_CLINICS.stream().flatMap(r -> staff.withRole(r).stream())
			.sorted(java.util.Comparator.comparing(StaffMember::displayName))
			.toList();
	}

	/** A doctor keeps only their own sessions and leave; nurses, clerks and administrators keep everyone's. */
	public void requireMayManage(String clinician) {
		if (!mayManage(clinician)) {
			throw new Forbidden("a doctor keeps only their own clinic sessions and leave");
		}
	}

	public boolean mayManage(String clinician) {
		return currentUser.principal().map(p -> !p.role().isClinician() || p.username().equals(clinician)).orElse(true);
	}

	/** The logged-in user when they hold clinics (their "My clinic"). */
	public boolean isClinicHolder() {
		return currentUser.principal().map(p -> HOLD_CLINICS.contains(p.role())).orElse(false);
	}

	public String currentUsername() {
		return currentUser.username();
	}
}
