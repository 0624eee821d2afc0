package org.cutis.identity;

import java.util.Arrays;
import java.util.Optional;

import org.cutis.shared.Forbidden;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The access matrix asked about the current user: for a check inside a request (the specimen
 * step its body names, closing someone else's action item, the clinical entries of a timeline)
 * and for templates, which show a form only to those who may send it:
 * {@code sec:authorize="@access.allows('BIOPSY_ORDER')"}.
 */
@Component("access")
public class Access {

	/** The role of an authenticated user; empty for anonymous. */
	public static Optional<Role> roleOf(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a != null && a.startsWith("ROLE_"))
			.map(a -> a.substring("ROLE_".length()))
			.flatMap(name -> Arrays.stream(Role.values()).filter(r -> r.name().equals(name)))
			.findFirst();
	}

	/** Whether this authentication (null or anonymous: nobody logged in) holds any of these permissions. */
	public static boolean allows(Authentication authentication, Permission... permissions) {
		Optional<Role> role = roleOf(authentication);
		return Arrays.stream(permissions)
			.anyMatch(p -> role.map(p::allows).orElseGet(p::allowsAnonymous));
	}

	public boolean allows(Permission permission) {
		return allows(SecurityContextHolder.getContext().getAuthentication(), permission);
	}

	/** For templates: the permission by its name; an unknown name is a programming error and fails loudly. */
	public boolean allows(String permission) {
		return allows(Permission.valueOf(permission));
	}

	public void require(Permission permission) {
		if (!allows(permission)) {
			throw new Forbidden("role lacks " + permission);
		}
	}
}
