package org.cutis.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request, for modules that decide what that user may see. */
@Component
public class CurrentUser {

	public Optional<CutisPrincipal> principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CutisPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	public String username() {
		return principal().map(CutisPrincipal::username).orElse("system");
	}

	public boolean isPatient() {
		return principal().map(CutisPrincipal::isPatient).orElse(false);
	}
}
