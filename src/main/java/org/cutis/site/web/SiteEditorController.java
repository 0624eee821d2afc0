package org.cutis.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.site.SiteLanguage;
import org.cutis.site.application.PageMarkdown;
import org.cutis.site.application.PageVersion;
import org.cutis.site.application.SiteEditing;
import org.cutis.site.application.SitePages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's pages: every public page in both languages, its Markdown with a preview rendered
 * exactly as the public page renders it, publishing, and every earlier version to look at and
 * restore. Staff pages (the layout of Cutis), in the editor's own language.
 */
@Controller
@Requires(Permission.SITE_EDIT)
class SiteEditorController {
	private final SitePages pages;
	private final SiteEditing editing;
	private final PageMarkdown markdown;
	private final MessageSource messages;

	SiteEditorController(SitePages pages, SiteEditing editing, PageMarkdown markdown, MessageSource messages) {
		this.pages = pages;
		this.editing = editing;
		this.markdown = markdown;
		this.messages = messages;
	}

	/** A row of the editor's list: one page in both languages. */
	record Row(String slug, PageVersion ko, PageVersion en) {
	}

	@GetMapping("/site-editor")
	String list(Model model) {
		List<Row> rows = new ArrayList<>();
		for (String slug : pages.slugs()) {
			rows.add(new Row(slug, pages.current(slug, SiteLanguage.KO).orElse(null),
					pages.current(slug, SiteLanguage.EN).orElse(null)));
		}
		model.addAttribute("rows", rows);
		return "site/editor-list";
	}

	@GetMapping("/site-editor/{slug}/{lang}")
	String edit(@PathVariable String slug, @PathVariable String lang, Model model, Locale locale) {
		PageVersion current = current(slug, lang);
		return form(current, current.title(), current.markdown(), current.version(), List.of(), model, locale);
	}

	@PostMapping("/site-editor/{slug}/{lang}/preview")
	String preview(@PathVariable String slug, @PathVariable String lang,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "markdown", required = false) String text,
			@RequestParam(name = "baseVersion", defaultValue = "0") int baseVersion, Model model, Locale locale) {
		PageVersion current = current(slug, lang);
		List<InvalidInput.FieldProblem> problems = SiteEditing.problems(title, text);
		model.addAttribute("preview", problems.isEmpty() ? markdown.html(text) : null);
		return form(current, title, text, baseVersion, problems, model, locale);
	}

	@PostMapping("/site-editor/{slug}/{lang}")
	String publish(@PathVariable String slug, @PathVariable String lang,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "markdown", required = false) String text,
			@RequestParam(name = "baseVersion", defaultValue = "0") int baseVersion, Model model, Locale locale) {
		PageVersion current = current(slug, lang);
		try {
			editing.publish(current.slug(), current.language(), baseVersion, title, text);
		}
		catch (InvalidInput invalid) {
			return form(current, title, text, baseVersion, invalid.problems(), model, locale);
		}
		return "redirect:/site-editor/" + current.slug() + "/" + current.language().code();
	}

	@GetMapping("/site-editor/{slug}/{lang}/versions/{version}")
	String version(@PathVariable String slug, @PathVariable String lang, @PathVariable int version, Model model) {
		PageVersion current = current(slug, lang);
		PageVersion old = pages.version(current.slug(), current.language(), version)
			.orElseThrow(() -> new NotFound("site-page-version", slug + "/" + version));
		model.addAttribute("current", current);
		model.addAttribute("old", old);
		model.addAttribute("content", markdown.html(old.markdown()));
		return "site/editor-version";
	}

	@PostMapping("/site-editor/{slug}/{lang}/versions/{version}/restore")
	String restore(@PathVariable String slug, @PathVariable String lang, @PathVariable int version) {
		PageVersion current = current(slug, lang);
		editing.restore(current.slug(), current.language(), version);
		return "redirect:/site-editor/" + current.slug() + "/" + current.language().code();
	}

	private PageVersion current(String slug, String lang) {
		SiteLanguage language = SiteLanguage.of(lang).orElseThrow(() -> new NotFound("site-page", slug));
		return pages.current(slug, language).orElseThrow(() -> new NotFound("site-page", slug));
	}

	private String form(PageVersion current, String title, String text, int baseVersion,
			List<InvalidInput.FieldProblem> problems, Model model, Locale locale) {
		model.addAttribute("current", current);
		model.addAttribute("title", title);
		model.addAttribute("markdown", text);
		model.addAttribute("baseVersion", baseVersion);
		model.addAttribute("history", pages.history(current.slug(), current.language()));
		model.addAttribute("publicUrl", current.language().url(current.slug()));
		List<String> errors = new ArrayList<>();
		for (InvalidInput.FieldProblem p : problems) {
			String label = messages.getMessage("site.editor.field." + p.field(), null, p.field(), locale);
			errors.add(label + ": " + messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale));
		}
		model.addAttribute("errors", errors);
		model.addAttribute("titleMax", SiteEditing.TITLE_MAX);
		model.addAttribute("markdownMax", SiteEditing.BODY_MAX);
		return "site/editor";
	}
}
