package org.cutis.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cutis.identity.domain.Account;
import org.cutis.identity.domain.Accounts;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff as the clinic reads them: "김민준 (병리과)", never the login id. Pages ask it as
 * {@code @staffNames.label(username)}; PDFs and services with the reader's locale. Login ids
 * stay in the records and the API (contract) and show only on the staff admin page and, beside
 * the name, in the audit log.
 * <p>
 * No cache: the account table is small and indexed by username, and a renamed or re-assigned
 * member of staff shows under the new name at once.
 */
@Component("staffNames")
@Transactional(readOnly = true)
public class StaffNames {
	/** The actor of work done by the system itself (events, scheduled jobs). */
	public static final String SYSTEM = "system";

	private final Accounts accounts;
	private final MessageSource messages;

	StaffNames(Accounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/** Name and departments in the reader's language: "김민준 (병리과, 피부과)". */
	public String label(String username) {
		return label(username, LocaleContextHolder.getLocale());
	}

	public String label(String username, Locale locale) {
		if (username == null || username.isBlank()) {
			return "";
		}
		Optional<Account> account = accounts.findByUsername(username.trim());
		if (account.isEmpty()) {
			return unknown(username, locale);
		}
		String departments = departments(account.get(), locale);
		return departments.isEmpty() ? account.get().displayName()
				: account.get().displayName() + " (" + departments + ")";
	}

	/**
	 * The staff to choose from on a form (a board attendee, an action item's assignee): enabled
	 * members of staff by name; the form shows the name, sends the login id.
	 */
	public List<StaffMember> staff() {
		return accounts.findAllByOrderByUsername()
			.stream()
			.filter(a -> a.enabled() && a.role().isStaff() && a.role() != Role.ADMIN)
			.sorted(Comparator.comparing(Account::displayName))
			.map(a -> new StaffMember(a.username(), a.displayName(), a.role(), a.departments()))
			.toList();
	}

	/** The staff of one department, by name. */
	public List<StaffMember> inDepartment(Department department) {
		return staff().stream().filter(m -> m.departments().contains(department)).toList();
	}

	/** A member of staff already looked up, in the reader's language. */
	public String labelOf(StaffMember member) {
		String departments = member.departments()
			.stream()
			.sorted()
			.map(d -> messages.getMessage("identity.department." + d.code(), null, d.code(),
					LocaleContextHolder.getLocale()))
			.collect(Collectors.joining(", "));
		return departments.isEmpty() ? member.displayName() : member.displayName() + " (" + departments + ")";
	}

	/** The name alone, for narrow places (a table cell beside a department column). */
	public String name(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return accounts.findByUsername(username.trim())
			.map(Account::displayName)
			.orElseGet(() -> unknown(username, LocaleContextHolder.getLocale()));
	}

	/** The departments alone, in the reader's language. */
	public String departments(String username) {
		return username == null ? ""
				: accounts.findByUsername(username.trim())
					.map(a -> departments(a, LocaleContextHolder.getLocale()))
					.orElse("");
	}

	private String departments(Account account, Locale locale) {
		return account.departments()
			.stream()
			.sorted()
			.map(d -> messages.getMessage("identity.department." + d.code(), null, d.code(), locale))
			.collect(Collectors.joining(", "));
	}

	/**
	 * Work of the system is said in words; any other unknown actor (an account that never
	 * existed, e.g. data from before the account table) keeps its recorded id, as nothing
	 * better is known.
	 */
	private String unknown(String username, Locale locale) {
		return SYSTEM.equals(username) ? messages.getMessage("identity.staff.system", null, "system", locale)
				: username;
	}
}
