package org.cutis.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The logged-in user as the rest of Cutis sees it. Serializable because HTTP sessions live in
 * the database and any node may read them back. {@code accessGeneration} is the account's access
 * generation at login: when the account's role, departments, password or enabled state change,
 * the session no longer matches the account and ends at its next request. (A session stored
 * before the field existed reads back as generation 0, the generation every account started with.)
 */
public record CutisPrincipal(UUID accountId, String username, String displayName, Role role,
		Set<Department> departments, UUID patientId, String language, boolean mustChangePassword,
		long accessGeneration) implements Serializable, AuthenticatedPrincipal {
	@Serial
	private static final long serialVersionUID = 1L;

	/** Spring Security and the audit log name the user by this. */
	@Override
	public String getName() {
		return username;
	}

	public Collection<? extends GrantedAuthority> authorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	public CutisPrincipal withLanguage(String newLanguage) {
		return new CutisPrincipal(accountId, username, displayName, role, departments, patientId, newLanguage,
				mustChangePassword, accessGeneration);
	}

	public boolean isPatient() {
		return role == Role.PATIENT;
	}
}
