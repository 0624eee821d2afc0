package org.cutis.identity.web;

import org.cutis.identity.Department;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.Role;
import org.cutis.identity.application.AccountManagement.NewAccount;
import org.cutis.identity.application.AccountManagement;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' staff page: create, disable, re-enable, re-role, reset a password. */
@Controller
@Requires(Permission.ACCOUNTS_MANAGE)
class StaffController {
	private final AccountManagement accounts;

	StaffController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", Department.values());
	}

	@GetMapping("/admin/staff")
	String staff(Model model) {
		model.addAttribute("accounts", accounts.all());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new StaffForm(null, null, null, null));
		}
		return "identity/staff";
	}

	@PostMapping("/admin/staff")
	String create(@Validated @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				NewAccount created = accounts.createStaff(form.username(), form.displayName(), form.role(),
						form.departments());
				redirect.addFlashAttribute("created", created);
				return "redirect:/admin/staff";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		model.addAttribute("accounts", accounts.all());
		return "identity/staff";
	}

	@PostMapping("/admin/staff/{username}/disable")
	String disable(@PathVariable String username) {
		accounts.disable(username);
		return "redirect:/admin/staff";
	}

	@PostMapping("/admin/staff/{username}/enable")
	String enable(@PathVariable String username) {
		accounts.enable(username);
		return "redirect:/admin/staff";
	}

	@PostMapping("/admin/staff/{username}/role")
	String role(@PathVariable String username, @Validated @ModelAttribute RoleForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("roleError", username);
			return "redirect:/admin/staff";
		}
		accounts.assignRole(username, form.role(), form.departments());
		return "redirect:/admin/staff";
	}

	@PostMapping("/admin/staff/{username}/password")
	String resetPassword(@PathVariable String username, RedirectAttributes redirect) {
		redirect.addFlashAttribute("reset", new NewAccount(null, username, accounts.resetPassword(username)));
		return "redirect:/admin/staff";
	}
}
