package org.cutis.identity.web;

import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.application.AccountManagement;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signing PIN on one's profile: six digits to confirm an electronic signature instead of the
 * password. Setting or changing it asks for the current password.
 */
@Controller
@Requires(Permission.SIGNED_IN)
class PinController {
	static final String PIN_PAGE = "/account/pin";
	private final AccountManagement accounts;

	PinController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping(PIN_PAGE)
	String form(@ModelAttribute("form") PinForm form, @AuthenticationPrincipal CutisPrincipal principal, Model model) {
		model.addAttribute("hasPin", accounts.hasPin(principal.username()));
		return "identity/pin";
	}

	@PostMapping(PIN_PAGE)
	String set(@ModelAttribute("form") PinForm form, BindingResult result,
			@AuthenticationPrincipal CutisPrincipal principal, Model model) {
		try {
			accounts.setPin(principal.username(), form.currentPassword(), form.pin(), form.confirmPin());
			return "redirect:" + PIN_PAGE + "?saved";
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(invalid, result);
		}
		model.addAttribute("hasPin", accounts.hasPin(principal.username()));
		return "identity/pin";
	}

	record PinForm(String currentPassword, String pin, String confirmPin) {
	}
}
