package org.cutis.identity.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Department;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.Role;
import org.cutis.identity.application.AccountManagement.NewAccount;
import org.cutis.identity.application.AccountManagement;
import org.cutis.identity.domain.Account;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "staff", description = "Staff accounts (administrators)")
@RestController
@RequestMapping("/api/v1/staff")
@Requires(Permission.ACCOUNTS_MANAGE)
class StaffApiController {
	private final AccountManagement accounts;

	StaffApiController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Operation(summary = "All accounts")
	@GetMapping
	List<StaffView> all() {
		return accounts.all().stream().map(StaffView::of).toList();
	}

	@Operation(summary = "Create a staff account; the answer carries its one-time password")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	NewAccount create(@Validated @RequestBody StaffForm form) {
		return accounts.createStaff(form.username(), form.displayName(), form.role(), form.departments());
	}

	@Operation(summary = "Change an account's role and departments")
	@PutMapping("/{username}/role")
	void role(@PathVariable String username, @Validated @RequestBody RoleForm form) {
		accounts.assignRole(username, form.role(), form.departments());
	}

	@Operation(summary = "Disable an account (accounts are never deleted)")
	@PostMapping("/{username}/disable")
	void disable(@PathVariable String username) {
		accounts.disable(username);
	}

	@Operation(summary = "Enable a disabled account")
	@PostMapping("/{username}/enable")
	void enable(@PathVariable String username) {
		accounts.enable(username);
	}

	record StaffView(UUID id, String username, String displayName, Role role, Set<Department> departments,
			boolean enabled, boolean mustChangePassword) {
		static StaffView of(Account a) {
			return new StaffView(a.id(), a.username(), a.displayName(), a.role(), a.departments(), a.enabled(),
					a.mustChangePassword());
		}
	}
}
