package org.cutis.support;

import java.util.EnumSet;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.identity.application.AccountManagement;

import org.springframework.stereotype.Component;

/** Creates accounts with known passwords for tests; usernames are unique per call. */
@Component
public class Staff {
	public static final String PASSWORD = "test-password-1";
	/** The body of a signing request: the signer confirms the electronic signature with the password. */
	public static final String SIGNATURE_JSON = "{\"password\": \"" + PASSWORD + "\"}";
	private final AccountManagement accounts;

	Staff(AccountManagement accounts) {
		this.accounts = accounts;
	}

	public String create(Role role) {
		String username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Test " + role.code(), PASSWORD, role, EnumSet.of(Department.DERMATOLOGY), null,
				false);
		return username;
	}

	/** A staff account in the given departments (quorum and worklist tests). */
	public String create(Role role, Department first, Department... more) {
		String username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Test " + role.code(), PASSWORD, role, EnumSet.of(first, more), null, false);
		return username;
	}

	public String createPatientAccount(UUID patientId) {
		String username = "patient-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "시험 환자", PASSWORD, Role.PATIENT, EnumSet.noneOf(Department.class), patientId,
				false);
		return username;
	}
}
