package org.cutis.patient.application;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.patient.Mrn;
import org.cutis.patient.PatientSummary;
import org.cutis.patient.Rrn;
import org.cutis.patient.Sex;
import org.cutis.shared.Forbidden;
import org.cutis.shared.InvalidInput;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header search box: an MRN, a whole registration number, a birth date (yyyy-mm-dd) or the
 * beginning of a name in Hangul or Latin letters. Results come in pages by keyset (sort key, id), so page 500 costs what page 1
 * costs. Every patient a search shows is audited as SEARCH.
 */
@Service
public class PatientSearch {
	public static final int PAGE_SIZE = 20;
	private static final String COLUMNS = "id, mrn, name_hangul, name_latin, name_latin_key, sex, birth_date,"
			+ " preferred_language, voided_at, rrn_masked";

	private final JdbcTemplate jdbc;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final RrnProtection rrns;

	PatientSearch(JdbcTemplate jdbc, AuditLog audit, CurrentUser currentUser, RrnProtection rrns) {
		this.jdbc = jdbc;
		this.rrns = rrns;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Transactional
	public SearchPage search(String text, String cursor) {
		if (currentUser.isPatient()) {
			throw new Forbidden("patients cannot search the registry");
		}
		String q = text == null ? "" : text.trim();
		if (q.isEmpty()) {
			return new SearchPage(List.of(), null);
		}
		Cursor after = Cursor.decode(cursor);
		List<Row> rows;
		String audited = q;
		if (q.matches("\\d{6}-?\\d{7}")) {
			// a whole registration number: found through its keyed hash, never compared in clear
			Rrn rrn = parseRrn(q);
			audited = rrn.masked();
			rows = jdbc.query("select " + COLUMNS + ", mrn as sort_key from patient where rrn_hash = ?", ROW,
					rrns.hash(rrn));
		}
		else if (Mrn.looksLikeMrn(q)) {
			Mrn mrn = new Mrn(q);
			rows = jdbc.query("select " + COLUMNS + ", mrn as sort_key from patient where mrn = ?", ROW, mrn.value());
		}
		else if (q.matches("\\d{4}-\\d{2}-\\d{2}")) {
			rows = byBirthDate(parseDate(q), after);
		}
		else if (q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
			rows = byPrefix("name_hangul", q.replace(" ", ""), after);
		}
		else {
			String key = q.toLowerCase().replaceAll("[^a-z]", "");
			// digits are never dropped into a name search: S26-000016 is an accession number, not "S" (issue 14)
			if (key.isEmpty() || q.chars().anyMatch(Character::isDigit)) {
				throw new InvalidInput("q", "patient.search.unrecognised");
			}
			rows = byPrefix("name_latin_key", key, after);
		}
		boolean more = rows.size() > PAGE_SIZE;
		List<Row> page = more ? rows.subList(0, PAGE_SIZE) : rows;
		List<PatientSummary> items = new ArrayList<>();
		for (Row row : page) {
			items.add(row.summary());
			audit.record(AuditAction.SEARCH, row.summary().id(), "patient", row.summary().mrn(), "q=" + audited);
		}
		String next = more ? new Cursor(page.get(page.size() - 1).sortKey(), page.get(page.size() - 1).summary().id())
			.encode() : null;
		return new SearchPage(items, next);
	}

	private List<Row> byPrefix(String column, String prefix, Cursor after) {
		String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String select = "select " + COLUMNS + ", " + column + " as sort_key from patient where " + column + " like ?";
		if (after == null) {
			return jdbc.query(select + " order by " + column + ", id limit ?", ROW, like, PAGE_SIZE + 1);
		}
		return jdbc.query(select + " and (" + column + ", id) > (?, ?) order by " + column + ", id limit ?", ROW, like,
				after.sortKey(), after.id(), PAGE_SIZE + 1);
	}

	private List<Row> byBirthDate(LocalDate date, Cursor after) {
		String select = "select " + COLUMNS + ", birth_date::text as sort_key from patient where birth_date = ?";
		if (after == null) {
			return jdbc.query(select + " order by id limit ?", ROW, date, PAGE_SIZE + 1);
		}
		return jdbc.query(select + " and id > ? order by id limit ?", ROW, date, after.id(), PAGE_SIZE + 1);
	}

	private static Rrn parseRrn(String q) {
		try {
			return Rrn.parse(q);
		}
		catch (InvalidInput invalid) {
			throw new InvalidInput("q", invalid.problems().get(0).messageKey());
		}
	}

	private static LocalDate parseDate(String q) {
		try {
			return LocalDate.parse(q);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput("q", "patient.search.badDate");
		}
	}

	private static final RowMapper<Row> ROW = (rs, i) -> new Row(new PatientSummary(rs.getObject("id", UUID.class),
			rs.getString("mrn"), rs.getString("name_hangul"), rs.getString("name_latin"),
			Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
			rs.getString("preferred_language"), rs.getTimestamp("voided_at") != null, rs.getString("rrn_masked")),
			rs.getString("sort_key"));

	private record Row(PatientSummary summary, String sortKey) {
	}

	public record SearchPage(List<PatientSummary> items, String next) {
	}

	/** Opaque to clients: where the previous page ended. */
	record Cursor(String sortKey, UUID id) {
		String encode() {
			String raw = sortKey + "\u0000" + id;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String cursor) {
			if (cursor == null || cursor.isBlank()) {
				return null;
			}
			try {
				String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				int split = raw.lastIndexOf('\u0000');
				return new Cursor(raw.substring(0, split), UUID.fromString(raw.substring(split + 1)));
			}
			catch (RuntimeException e) {
				throw new InvalidInput("cursor", "patient.search.badCursor");
			}
		}
	}
}
