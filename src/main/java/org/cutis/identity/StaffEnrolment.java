package org.cutis.identity;

import java.util.Set;

import org.cutis.identity.application.AccountManagement;
import org.cutis.identity.application.AccountUserDetails;

import org.springframework.stereotype.Component;

/**
 * For other modules (the demonstration center): staff accounts with a known password, and who a
 * staff member is when work is done in their name outside a web request.
 */
@Component
public class StaffEnrolment {
	private final AccountManagement accounts;
	private final AccountUserDetails details;

	StaffEnrolment(AccountManagement accounts, AccountUserDetails details) {
		this.accounts = accounts;
		this.details = details;
	}

	/** A staff account that may log in with {@code password} at once (no forced change). */
	public void enrol(String username, String displayName, String password, Role role, Set<Department> departments) {
		accounts.create(username, displayName, password, role, departments, null, false);
	}

	/** The signed-in identity of an account that may log in now. */
	public CutisPrincipal principalOf(String username) {
		return details.candidate(username).principal();
	}
}
