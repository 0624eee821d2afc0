package org.cutis.identity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cutis.identity.domain.Account;
import org.cutis.identity.domain.Accounts;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Staff as the clinic reads them: "김민준 (병리과)", never the login id. Pages ask it as
 * {@code @staffNames.label(username)}; PDFs and services with the reader's locale. Login ids
 * stay in the records and the API (contract) and show only on the staff admin page and, beside
 * the name, in the audit log.
 * <p>
 * Remembered for one request only: a page of 500 timeline entries names the same few people
 * hundreds of times, and each lookup was a transaction and two queries (the chart spent more time
 * naming staff than reading the patient). A renamed or re-assigned member of staff shows under
 * the new name from the next request on.
 */
@Component("staffNames")
public class StaffNames {
	/** The actor of work done by the system itself (events, scheduled jobs). */
	public static final String SYSTEM = "system";

	private final Accounts accounts;
	private final MessageSource messages;
	// no transaction around a name already known in this request: only a lookup opens one
	private final TransactionTemplate readOnly;

	StaffNames(Accounts accounts, MessageSource messages, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Name and departments in the reader's language: "김민준 (병리과, 피부과)". */
	public String label(String username) {
		return label(username, LocaleContextHolder.getLocale());
	}

	public String label(String username, Locale locale) {
		if (username == null || username.isBlank()) {
			return "";
		}
		Optional<Known> known = known(username);
		if (known.isEmpty()) {
			return unknown(username, locale);
		}
		String departments = departments(known.get().departments(), locale);
		return departments.isEmpty() ? known.get().displayName() : known.get().displayName() + " (" + departments + ")";
	}

	/** What a page needs of a member of staff, read inside the lookup's transaction. */
	private record Known(String displayName, Set<Department> departments) {
	}

	private static final String MEMO = StaffNames.class.getName() + ".memo";

	/** The account by login id, once per request (none outside a request: jobs and PDFs of services look up each time). */
	@SuppressWarnings("unchecked")
	private Optional<Known> known(String username) {
		String key = username.trim();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return lookUp(key);
		}
		Map<String, Optional<Known>> memo = (Map<String, Optional<Known>>) request.getAttribute(MEMO,
				RequestAttributes.SCOPE_REQUEST);
		if (memo == null) {
			memo = new HashMap<>();
			request.setAttribute(MEMO, memo, RequestAttributes.SCOPE_REQUEST);
		}
		Optional<Known> known = memo.get(key);
		if (known == null) {
			known = lookUp(key);
			memo.put(key, known);
		}
		return known;
	}

	private Optional<Known> lookUp(String username) {
		return readOnly.execute(status -> accounts.findByUsername(username)
			.map(a -> new Known(a.displayName(), Set.copyOf(a.departments()))));
	}

	/**
	 * The staff to choose from on a form (a board attendee, an action item's assignee): enabled
	 * members of staff by name; the form shows the name, sends the login id.
	 */
	public List<StaffMember> staff() {
		return readOnly.execute(status -> accounts.findAllByOrderByUsername()
			.stream()
			.filter(a -> a.enabled() && a.role().isStaff() && a.role() != Role.ADMIN)
			.sorted(Comparator.comparing(Account::displayName))
			.map(a -> new StaffMember(a.username(), a.displayName(), a.role(), Set.copyOf(a.departments())))
			.toList());
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
		return known(username).map(Known::displayName).orElseGet(() -> unknown(username, LocaleContextHolder.getLocale()));
	}

	/** The departments alone, in the reader's language. */
	public String departments(String username) {
		return username == null || username.isBlank() ? ""
				: known(username).map(k -> departments(k.departments(), LocaleContextHolder.getLocale())).orElse("");
	}

	private String departments(Set<Department> departments, Locale locale) {
		return departments.stream()
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
