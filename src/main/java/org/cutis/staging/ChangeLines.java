package org.cutis.staging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The "what changed" lines of a cancer in the reader's language. Staging, pathology's tumour facts
 * and the work-up write them for the record as {@code "field: before → after"} (see
 * {@link CancerFactsChanged}); the tumor board and the staging pages show them to clinicians, so
 * every field and coded value is labelled here (both languages), and only what a person typed (an
 * imaging site, a reason) stays as a quotation. A line of a shape not known here is shown as written.
 * <p>
 * {@link #html} gives escaped HTML with the typed parts marked {@code translate="no"} (templates:
 * {@code th:with="h=${@changeLines.html(line)}" th:utext="${h}"}); {@link #text} the same words for
 * a PDF.
 */
@Component("changeLines")
public class ChangeLines {
	private static final String ARROW = " → ";
	private static final Pattern FIELD_LINE = Pattern.compile("^(?:(report|[A-Z]+\\d{2}-\\d+) )?([A-Za-z]+): (.*) → (.*)$");
	private static final Pattern NEW_SPECIMEN = Pattern.compile("^new specimen (?:(\\S+) )?\\(([a-z-]+), ([a-z-]+)\\)$");
	private static final Pattern WORKUP = Pattern.compile("^(withdrawn )?([a-z-]+): (.*?)(?: \\((.*)\\))?$");
	private static final Pattern SLNB = Pattern.compile(
			"^(?:([a-z-]+): )?(\\d+)/(\\d+) positive(?:, largest deposit ([\\d.]+) mm)?(, ENE)?$");
	private static final Pattern LDH = Pattern.compile("^([\\d.]+) (\\S+) \\(ULN ([\\d.]+)\\) (elevated|normal)$");
	private static final List<String> WORKUP_KINDS = List.of("slnb", "nodal-ultrasound", "ct", "pet-ct", "brain-mri",
			"ldh", "lymph-node-dissection");

	/** Where a field's coded values are labelled already (the module that owns the value). */
	private static final Map<String, String> VALUE_KEYS = Map.of(
			"diagnosis", "lesion.impression.",
			"behaviour", "pathology.behaviour.",
			"differentiation", "rules.option.differentiation.",
			"borders", "staging.clinical.borders.",
			"risk", "staging.risk.",
			"bccSubtypes", "rules.option.subtype.",
			"metastasisType", "pathology.metastasisType.",
			"distantSite", "staging.msite.",
			"breslowNotAssessable", "pathology.notAssessable.");

	private final MessageSource messages;

	public ChangeLines(MessageSource messages) {
		this.messages = messages;
	}

	/** One line as HTML for the reader's locale. */
	public String html(String line) {
		return render(line, LocaleContextHolder.getLocale(), true);
	}

	/** Lines joined by "; " (a staging record's changes), each rendered. */
	public String htmlAll(String joined) {
		if (joined == null || joined.isBlank()) {
			return "-";
		}
		List<String> out = new ArrayList<>();
		for (String line : joined.split("; ")) {
			out.add(html(line));
		}
		return String.join("; ", out);
	}

	/** One line as plain words (a PDF). */
	public String text(String line, Locale locale) {
		return render(line, locale, false);
	}

	String render(String line, Locale locale, boolean html) {
		Words w = new Words(locale, html);
		String l = line == null ? "" : line.trim();
		Matcher m;
		if ((m = NEW_SPECIMEN.matcher(l)).matches()) {
			String role = w.code("staging.role.", m.group(2));
			String diagnosis = w.code("lesion.impression.", m.group(3));
			return w.msg("tumorboard.change.newSpecimen") + " " + (m.group(1) == null ? "" : w.escape(m.group(1)) + " ")
					+ "(" + role + ", " + diagnosis + ")";
		}
		if (l.startsWith("eligible: ")) {
			String reason = l.substring("eligible: ".length());
			return w.msg("tumorboard.change.eligible", w.code("tumorboard.reason.", reason));
		}
		if (l.startsWith("override withdrawn: ")) {
			return w.msg("tumorboard.change.overrideWithdrawn", w.escape(l.substring("override withdrawn: ".length())));
		}
		if (l.startsWith("override: ")) {
			return w.msg("tumorboard.change.override", w.escape(l.substring("override: ".length())));
		}
		if (l.startsWith("correlation: ")) {
			return w.msg("staging.change.field.correlation") + ": " + w.code("staging.change.value.", l.substring("correlation: ".length()));
		}
		if ((m = FIELD_LINE.matcher(l)).matches() && w.has("staging.change.field." + m.group(2))) {
			String field = m.group(2);
			String source = m.group(1) == null ? "" : ("report".equals(m.group(1)) ? w.msg("staging.change.source.report")
					: w.escape(m.group(1))) + " ";
			return source + w.msg("staging.change.field." + field) + ": " + value(w, field, m.group(3)) + ARROW
					+ value(w, field, m.group(4));
		}
		if ((m = WORKUP.matcher(l)).matches() && WORKUP_KINDS.contains(m.group(2))) {
			String kind = w.code("staging.workup.kind.", m.group(2));
			String result = workupResult(w, m.group(3));
			String why = m.group(4) == null ? "" : " (" + w.typed(m.group(4)) + ")";
			return m.group(1) == null ? w.msg("staging.change.workup.result", kind, result)
					: w.msg("staging.change.workup.withdrawn", kind, result) + why;
		}
		return w.escape(l);
	}

	private String value(Words w, String field, String value) {
		if ("-".equals(value)) {
			return "-";
		}
		if ("true".equals(value) || "false".equals(value)) {
			return w.msg("staging.change.value." + value);
		}
		String prefix = VALUE_KEYS.get(field);
		if (prefix == null) {
			return w.escape(value);
		}
		if (value.startsWith("[") && value.endsWith("]")) {
			List<String> parts = new ArrayList<>();
			for (String part : value.substring(1, value.length() - 1).split(", ")) {
				parts.add(w.code(prefix, part));
			}
			return String.join(", ", parts);
		}
		return w.code(prefix, value);
	}

	/** A work-up result as the order wrote it (WorkupOrder.resultLine), back into labelled words. */
	private String workupResult(Words w, String result) {
		Matcher m;
		if ((m = SLNB.matcher(result)).matches()) {
			List<String> parts = new ArrayList<>();
			if (m.group(1) != null) {
				parts.add(w.code("staging.basin.", m.group(1)));
			}
			parts.add(w.msg("staging.workup.result.nodes", m.group(2), m.group(3)));
			if (m.group(4) != null) {
				parts.add(w.msg("staging.workup.result.deposit", m.group(4)));
			}
			if (m.group(5) != null) {
				parts.add(w.msg("staging.workup.result.ene"));
			}
			return String.join(", ", parts);
		}
		if ((m = LDH.matcher(result)).matches()) {
			return w.msg("elevated".equals(m.group(4)) ? "staging.workup.result.ldhElevated" : "staging.workup.result.ldhNormal",
					m.group(1), w.escape(m.group(2)), m.group(3));
		}
		// imaging: "site: yes|no|indeterminate, …" where the site is what the clinician typed
		List<String> findings = new ArrayList<>();
		for (String finding : result.split(", ")) {
			int colon = finding.lastIndexOf(": ");
			if (colon < 0) {
				return w.typed(result);
			}
			findings.add(w.msg("staging.workup.result.imaging", w.typed(finding.substring(0, colon)),
					w.code("staging.metastasis.", finding.substring(colon + 2))));
		}
		return String.join(", ", findings);
	}

	/** The words of one rendering: messages in the locale, escaped when HTML. */
	private final class Words {
		final Locale locale;
		final boolean html;

		Words(Locale locale, boolean html) {
			this.locale = locale;
			this.html = html;
		}

		boolean has(String key) {
			return messages.getMessage(key, null, null, locale) != null;
		}

		String msg(String key, Object... args) {
			// our messages are trusted text; their arguments were escaped (or quoted) before
			return messages.getMessage(key, args, key, locale);
		}

		/** A coded value's label, or the code itself when no label exists. */
		String code(String prefix, String value) {
			String label = messages.getMessage(prefix + value, null, null, locale);
			return label == null ? escape(value) : label;
		}

		String escape(String s) {
			return html ? HtmlUtils.htmlEscape(s, "UTF-8") : s;
		}

		String typed(String s) {
			return html ? "<span translate=\"no\">" + HtmlUtils.htmlEscape(s, "UTF-8") + "</span>" : s;
		}
	}
}
