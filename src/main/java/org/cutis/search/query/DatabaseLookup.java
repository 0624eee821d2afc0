package org.cutis.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lookup when the index is missing, failing or being rebuilt: from the document rows in the
 * database, identifiers (MRN, accession, birth date, phone) exactly and names by their beginning,
 * with the same visibility rules. No full text, no ranking, but never a failed search at the desk.
 */
@Component
class DatabaseLookup {
	private final JdbcTemplate jdbc;
	private final ClinicalSynonyms synonyms = ClinicalSynonyms.load();

	DatabaseLookup(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	SearchResults lookup(SearchQuery query, ClinicalSearch.Visibility visibility, int pageSize) {
		if (visibility.seesNothing()) {
			return new SearchResults(List.of(), null, true);
		}
		StringBuilder sql = new StringBuilder(
				"select type, record_id, patient_id, title, link from search_document where not voided and not patient_voided and permission in (");
		List<Object> args = new ArrayList<>();
		for (int i = 0; i < visibility.permissions().size(); i++) {
			sql.append(i == 0 ? "?" : ", ?");
			args.add(visibility.permissions().get(i));
		}
		sql.append(")");
		if (visibility.patientAccount()) {
			sql.append(" and patient_id = ?");
			args.add(visibility.ownPatient());
		}
		if (query.patient() != null) {
			sql.append(" and patient_id = ?");
			args.add(query.patient());
		}
		if (query.type() != null) {
			sql.append(" and type = ?");
			args.add(query.type());
		}
		if (query.department() != null) {
			sql.append(" and department in (?, ?)");
			args.add(query.department());
			args.add(query.departmentCode());
		}
		if (StateFilter.uncommunicated(query.state())) {
			sql.append(" and type = ? and state = any (?)");
			args.add(StateFilter.SPECIMEN);
			args.add(StateFilter.SPECIMEN_OPEN.toArray(String[]::new));
		}
		else if (query.state() != null) {
			sql.append(" and state = ?");
			args.add(query.state());
		}
		if (query.from() != null) {
			sql.append(" and record_date >= ?");
			args.add(java.sql.Date.valueOf(query.from()));
		}
		if (query.to() != null) {
			sql.append(" and record_date <= ?");
			args.add(java.sql.Date.valueOf(query.to()));
		}
		if (query.diagnosis() != null) {
			// no analyser here: the words of the synonyms lines as they are written, anywhere in the text
			sql.append(" and type <> 'patient' and ").append(query.diagnosis() == SearchQuery.Diagnosis.OTHER ? "not " : "")
				.append("(false");
			for (SearchQuery.Diagnosis d : SearchQuery.Diagnosis.values()) {
				if (d.synonym() != null && (d == query.diagnosis() || query.diagnosis() == SearchQuery.Diagnosis.OTHER)) {
					for (String word : synonyms.group(d.synonym())) {
						sql.append(" or lower(body) like ? escape '\\'");
						args.add("%" + like(word) + "%");
					}
				}
			}
			sql.append(")");
		}
		for (String identifier : query.identifiers()) {
			sql.append(" and (' ' || lower(coalesce(codes, '')) || ' ') like ? escape '\\'");
			args.add("% " + like(identifier) + " %");
		}
		if (!query.words().isEmpty()) {
			sql.append(" and (lower(coalesce(names, '')) like ? escape '\\' or lower(coalesce(names, '')) like ? escape '\\')");
			String w = like(query.words().toLowerCase(Locale.ROOT));
			args.add(w + "%");
			args.add("% " + w + "%");
		}
		sql.append(query.filtersOnly() ? " order by record_date desc nulls last, key" : " order by title, key")
			.append(" limit ? offset ?");
		args.add(pageSize + 1);
		args.add(query.offset());
		Snippets.Terms terms = Snippets.Terms.of(query);
		List<SearchHit> rows = jdbc.query(sql.toString(), (rs, i) -> new SearchHit(rs.getString("type"),
				rs.getObject("record_id", UUID.class), rs.getObject("patient_id", UUID.class), rs.getString("title"),
				Snippets.marked(rs.getString("title"), terms), rs.getString("link"),
				Snippets.mark(rs.getString("title"), terms)), args.toArray());
		boolean more = rows.size() > pageSize;
		return new SearchResults(more ? rows.subList(0, pageSize) : rows,
				more ? String.valueOf(query.offset() + pageSize) : null, true);
	}

	private static String like(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
