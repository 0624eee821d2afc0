package org.cutis.site.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.site.SiteLanguage;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The editor's work: publish a page's new text, restore an earlier version. Nothing is ever
 * overwritten: each publication is a new version, a restored one is published again as the
 * newest (naming the version it came from). The editor publishes from the version they opened; if
 * someone published in between, theirs is refused rather than silently replacing the other.
 * Every publication is audited and re-indexes the site search once it is committed.
 */
@Service
@Transactional
public class SiteEditing {
	public static final int TITLE_MAX = 120;
	public static final int BODY_MAX = 20_000;

	private final SitePages pages;
	private final SiteSearch search;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	SiteEditing(SitePages pages, SiteSearch search, AuditLog audit, CurrentUser currentUser, Clock clock) {
		this.pages = pages;
		this.search = search;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** Checks a draft (for the preview and before publishing): the field problems, none if fine. */
	public static List<InvalidInput.FieldProblem> problems(String title, String markdown) {
		List<InvalidInput.FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new InvalidInput.FieldProblem("title", "error.field.required"));
		}
		else if (title.strip().length() > TITLE_MAX) {
			problems.add(new InvalidInput.FieldProblem("title", "error.field.tooLong", TITLE_MAX));
		}
		if (markdown == null || markdown.isBlank()) {
			problems.add(new InvalidInput.FieldProblem("markdown", "error.field.required"));
		}
		else if (markdown.length() > BODY_MAX) {
			problems.add(new InvalidInput.FieldProblem("markdown", "error.field.tooLong", BODY_MAX));
		}
		if ((title != null && title.indexOf('\0') >= 0) || (markdown != null && markdown.indexOf('\0') >= 0)) {
			problems.add(new InvalidInput.FieldProblem(title != null && title.indexOf('\0') >= 0 ? "title" : "markdown",
					"error.field.nul"));
		}
		return problems;
	}

	/** Publishes a new version of the page; {@code baseVersion} is the version the editor opened. */
	public PageVersion publish(String slug, SiteLanguage language, int baseVersion, String title, String markdown) {
		List<InvalidInput.FieldProblem> problems = problems(title, markdown);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		PageVersion current = pages.current(slug, language).orElseThrow(() -> new NotFound("site-page", slug));
		if (current.version() != baseVersion) {
			throw new ConcurrentEdit("site-page", java.util.Map.of());
		}
		return add(current, title.strip(), markdown.replace("\r\n", "\n"), null);
	}

	/** Publishes an earlier version's text again as the newest version. */
	public PageVersion restore(String slug, SiteLanguage language, int version) {
		PageVersion current = pages.current(slug, language).orElseThrow(() -> new NotFound("site-page", slug));
		PageVersion old = pages.version(slug, language, version)
			.orElseThrow(() -> new NotFound("site-page-version", slug + "/" + version));
		return add(current, old.title(), old.markdown(), old.version());
	}

	private PageVersion add(PageVersion current, String title, String markdown, Integer restoredFrom) {
		PageVersion next = new PageVersion(current.slug(), current.language(), current.version() + 1, title, markdown,
				currentUser.username(), clock.instant(), restoredFrom);
		try {
			pages.insert(next);
		}
		catch (DuplicateKeyException e) {
			throw new ConcurrentEdit("site-page", java.util.Map.of());
		}
		audit.record(AuditAction.UPDATE, null, "site-page", next.slug() + "/" + next.language().code(),
				restoredFrom == null ? "published version " + next.version()
						: "restored version " + restoredFrom + " as version " + next.version());
		afterCommit(search::rebuild);
		return next;
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}
}
