package org.cutis.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.shared.InvalidInput;

/**
 * What was typed, made safe: control characters become spaces, at most {@link #MAX_LENGTH}
 * characters are searched, and nothing in it is syntax (no Lucene query parser ever sees it).
 * Words with a digit are identifiers (MRN, accession number, birth date, phone) and are only ever
 * matched whole and exactly; the other words are searched as text.
 */
public record SearchQuery(String text, List<String> identifiers, String words, String type, LocalDate from,
		LocalDate to, String department, String state, int offset, Diagnosis diagnosis, UUID patient) {
	public static final int MAX_LENGTH = 200;
	public static final int MAX_OFFSET = 1000;

	/**
	 * The diagnosis filter (search-quality): a record whose words name the diagnosis, in Korean or
	 * English, by any word of its line in the clinical synonyms ({@code melanoma}: 흑색종, 악성
	 * 흑색종, melanoma in situ, ...); {@code other}: a clinical record that names none of the three.
	 * Matched over the words, so "no residual melanoma" counts as melanoma: a filter to narrow a
	 * search, not a coded diagnosis.
	 */
	public enum Diagnosis {
		MELANOMA("melanoma"), BCC("bcc"), SCC("scc"), OTHER(null);

		private final String synonym;

		Diagnosis(String synonym) {
			this.synonym = synonym;
		}

		/** A word of the diagnosis's line in the clinical synonyms; null for {@code other}. */
		public String synonym() {
			return synonym;
		}

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Diagnosis of(String code) {
			if (code == null || code.isBlank()) {
				return null;
			}
			for (Diagnosis d : values()) {
				if (d.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
					return d;
				}
			}
			throw new InvalidInput("diagnosis", "search.invalid.diagnosis");
		}
	}

	public static SearchQuery of(String q, String type, LocalDate from, LocalDate to, String department, String state,
			String next) {
		return of(q, type, from, to, department, state, next, null, null);
	}

	/**
	 * With the page's filters: a diagnosis, a patient (the records of one chart). A search with a
	 * diagnosis, department, state or patient filter may leave the words empty: it lists what the
	 * filters select, newest first.
	 */
	public static SearchQuery of(String q, String type, LocalDate from, LocalDate to, String department, String state,
			String next, String diagnosis, UUID patient) {
		String text = clean(q);
		List<String> identifiers = new ArrayList<>();
		StringBuilder words = new StringBuilder();
		for (String token : text.split(" ")) {
			if (token.isEmpty()) {
				continue;
			}
			if (token.chars().anyMatch(Character::isDigit)) {
				identifiers.add(token.toLowerCase(Locale.ROOT));
			}
			else {
				words.append(words.length() == 0 ? "" : " ").append(token);
			}
		}
		if (type != null && !type.isBlank() && !type.matches("[a-z][a-z-]{0,29}")) {
			throw new InvalidInput("type", "search.invalid.type");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInput("to", "search.invalid.range");
		}
		String dept = blankToNull(department);
		if (dept != null && !dept.matches("[A-Za-z_-]{1,40}")) {
			throw new InvalidInput("department", "search.invalid.department");
		}
		String st = blankToNull(state);
		if (st != null && !st.matches("[A-Za-z_-]{1,40}")) {
			throw new InvalidInput("state", "search.invalid.state");
		}
		return new SearchQuery(text, List.copyOf(identifiers), words.toString(), blankToNull(type), from, to, dept, st,
				offset(next), Diagnosis.of(diagnosis), patient);
	}

	/** Nothing typed and no filter that selects records by itself (a kind or dates alone list nothing). */
	public boolean isEmpty() {
		return text.isEmpty() && !filtersOnly();
	}

	/** No words, but a filter that selects: the results are listed newest first. */
	public boolean filtersOnly() {
		return text.isEmpty() && (diagnosis != null || department != null || state != null || patient != null);
	}

	/** What the audit keeps of the search: the words, then the filters that select. */
	public String auditDetail() {
		StringBuilder detail = new StringBuilder("q=").append(text);
		if (diagnosis != null) {
			detail.append(" diagnosis=").append(diagnosis.code());
		}
		if (department != null) {
			detail.append(" department=").append(department);
		}
		if (state != null) {
			detail.append(" state=").append(state);
		}
		if (patient != null) {
			detail.append(" patient=").append(patient);
		}
		return detail.toString();
	}

	/** The department as documents carry it ({@code DERMATOLOGY}), from either spelling. */
	public String departmentCode() {
		return department == null ? null : department.toUpperCase(Locale.ROOT).replace('-', '_');
	}

	/** Control and format characters out, whitespace collapsed, cut to the longest query searched. */
	static String clean(String q) {
		if (q == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder();
		q.codePoints().limit(MAX_LENGTH * 4L).forEach(c -> {
			int kind = Character.getType(c);
			boolean control = kind == Character.CONTROL || kind == Character.FORMAT || kind == Character.SURROGATE
					|| kind == Character.PRIVATE_USE || kind == Character.UNASSIGNED;
			clean.appendCodePoint(control || Character.isWhitespace(c) ? ' ' : c);
		});
		String collapsed = clean.toString().strip().replaceAll(" +", " ");
		if (collapsed.codePointCount(0, collapsed.length()) > MAX_LENGTH) {
			collapsed = collapsed.substring(0, collapsed.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		return collapsed;
	}

	private static int offset(String next) {
		if (next == null || next.isBlank()) {
			return 0;
		}
		try {
			int offset = Integer.parseInt(next.strip());
			if (offset < 0 || offset > MAX_OFFSET) {
				throw new NumberFormatException();
			}
			return offset;
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("next", "search.invalid.next", MAX_OFFSET);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
