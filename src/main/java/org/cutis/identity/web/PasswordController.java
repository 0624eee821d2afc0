package org.cutis.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.application.AccountManagement;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.web.FormErrors;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Choosing a new password: required after a one-time password, available to everyone. */
@Controller
@Requires(Permission.SIGNED_IN)
class PasswordController {
	private final AccountManagement accounts;

	PasswordController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping(PasswordChangeGate.PASSWORD_PAGE)
	String form(@ModelAttribute("form") PasswordForm form) {
		return "identity/password";
	}

	@PostMapping(PasswordChangeGate.PASSWORD_PAGE)
	String change(@Validated @ModelAttribute("form") PasswordForm form, BindingResult result,
			@AuthenticationPrincipal CutisPrincipal principal, HttpServletRequest request) {
		if (!result.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "identity.password.mismatch");
		}
		if (result.hasErrors()) {
			return "identity/password";
		}
		CutisPrincipal updated;
		try {
			// ends the user's other sessions and tokens; this session goes on with the new access
			updated = accounts.changePassword(principal.username(), form.currentPassword(), form.newPassword());
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(invalid, result);
			return "identity/password";
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.authorities()));
		SecurityContextHolder.setContext(context);
		request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		return "redirect:/home?passwordChanged";
	}

	record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword,
			@NotBlank String confirmPassword) {
	}
}
