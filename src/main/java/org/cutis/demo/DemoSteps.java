package org.cutis.demo;

import java.util.function.Supplier;

import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.StaffEnrolment;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Runs one step as the demo account whose job it is, so who-did-what reads like a clinic. */
@Component
class DemoSteps {
	private final StaffEnrolment accounts;

	DemoSteps(StaffEnrolment accounts) {
		this.accounts = accounts;
	}

	void as(String username, Runnable step) {
		as(username, () -> {
			step.run();
			return null;
		});
	}

	<T> T as(String username, Supplier<T> step) {
		CutisPrincipal principal = accounts.principalOf(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
		return step.get();
	}
}
