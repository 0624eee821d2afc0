package org.cutis.identity;

import java.util.List;
import java.util.Optional;

import org.cutis.identity.domain.Account;
import org.cutis.identity.domain.Accounts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read-only view of the staff for other modules, e.g. the dermatologists a referral can be booked to. */
@Component
@Transactional(readOnly = true)
public class StaffDirectory {
	private final Accounts accounts;

	StaffDirectory(Accounts accounts) {
		this.accounts = accounts;
	}

	public List<StaffMember> withRole(Role role) {
		return accounts.findByRoleAndEnabledTrueOrderByDisplayName(role).stream().map(StaffDirectory::member).toList();
	}

	public Optional<StaffMember> find(String username) {
		return accounts.findByUsername(username).filter(a -> a.role().isStaff()).map(StaffDirectory::member);
	}

	private static StaffMember member(Account account) {
		return new StaffMember(account.username(), account.displayName(), account.role(), account.departments());
	}
}
