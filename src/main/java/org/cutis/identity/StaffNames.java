package org.cutis.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.cutis.identity.domain.Account;
import org.cutis.identity.domain.Accounts;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff as the clinic reads them: "김민준 (병리과)", never the login id. Pages ask it as
 * {@code @staffNames.label(username)}; PDFs and services with the reader's locale. Login ids
 * stay in the records and the API (contract) and show only on the staff admin page and, beside
 * the name, in the audit log.
 * <p>
 * Remembered on this node for a minute: a page of 500 timeline entries names the same few people
 * hundreds of times, and each lookup was a transaction and two queries (the chart spent more time
 * naming staff than reading the patient; even once per request it was a tenth of the chart under
 * the benchmark, issue 15). Names and departments change only through {@code AccountManagement},
 * which tells this node ({@link #forget}); another node shows the change within a minute.
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

	/** How long another node's change may take to show here (this node's own changes show at once). */
	static final long KEPT_NANOS = TimeUnit.SECONDS.toNanos(60);
	private static final int KEPT_MAX = 10_000;

	private record Remembered(Optional<Known> known, long until) {
	}

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	/** The account by login id, looked up at most once a minute on this node. */
	private Optional<Known> known(String username) {
		String key = username.trim();
		long now = System.nanoTime();
		Remembered kept = remembered.get(key);
		if (kept != null && now - kept.until() < 0) {
			return kept.known();
		}
		Optional<Known> known = lookUp(key);
		if (remembered.size() >= KEPT_MAX) {
			remembered.clear();
		}
		remembered.put(key, new Remembered(known, now + KEPT_NANOS));
		return known;
	}

	/**
	 * An account was created or its departments changed ({@code AccountManagement}): this node names
	 * it anew from now and again once the change is committed, so no request caches the old name
	 * in between.
	 */
	public void forget(String username) {
		if (username == null) {
			return;
		}
		String key = username.trim();
		remembered.remove(key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					remembered.remove(key);
				}
			});
		}
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
