package org.cutis.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cutis.identity.domain.Account;
import org.cutis.identity.domain.Accounts;
import org.cutis.shared.Message;

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

	/**
	 * The staff members of these usernames in one query (a worklist page names its people without
	 * looking each one up); a username that is no staff account is absent from the map.
	 */
	public Map<String, StaffMember> findAll(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		return accounts.findByUsernameIn(Set.copyOf(usernames))
			.stream()
			.filter(a -> a.role().isStaff())
			.map(StaffDirectory::member)
			.collect(Collectors.toMap(StaffMember::username, Function.identity()));
	}

	/**
	 * The person as a message argument for texts made where the reader's language is not known
	 * yet (refusals, field errors): translated where it is shown, like any {@link Message}.
	 */
	public Object named(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		Optional<Account> account = accounts.findByUsername(username.trim());
		if (account.isEmpty()) {
			return StaffNames.SYSTEM.equals(username) ? new Message("identity.staff.system") : username;
		}
		if (account.get().departments().isEmpty()) {
			return account.get().displayName();
		}
		return new Message("identity.staff.named", account.get().displayName(), Message.keys(account.get()
			.departments()
			.stream()
			.sorted()
			.map(d -> "identity.department." + d.code())
			.toList()));
	}

	private static StaffMember member(Account account) {
		return new StaffMember(account.username(), account.displayName(), account.role(), account.departments());
	}
}
