package org.cutis.biopsy.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cutis.identity.Permission;
import org.cutis.search.Bilingual;
import org.cutis.search.SearchDocuments;
import org.cutis.search.SearchEntry;
import org.cutis.search.Searchable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Specimens in the clinical search: the accession number exactly (S26-000016 finds that specimen
 * and nothing else), the site, technique and clinical impression in both languages, the clinical
 * history as typed. State is the specimen's status in the loop.
 */
@Component
class SpecimenSearchDocuments implements Searchable {
	private static final String SELECT = "select s.id, s.accession, s.patient_id, s.site, s.technique,"
			+ " s.clinical_impression, s.clinical_history, s.status, 'L' || l.number as lesion_label,"
			+ " (select min(st.at) from specimen_step st where st.specimen_id = s.id and st.status = 'ORDERED') as ordered_at"
			+ " from specimen s join lesion l on l.id = s.lesion_id";
	@PersistenceContext
	private EntityManager entityManager;
	private final JdbcTemplate jdbc;
	private final SearchDocuments search;
	private final Bilingual labels;

	SpecimenSearchDocuments(JdbcTemplate jdbc, SearchDocuments search, Bilingual labels) {
		this.jdbc = jdbc;
		this.search = search;
		this.labels = labels;
	}

	@Override
	public Set<String> types() {
		return Set.of("specimen");
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		jdbc.query(SELECT, rs -> {
			sink.accept(entry(rs));
		});
	}

	/** After any step of the specimen, in its transaction. */
	void changed(UUID specimenId) {
		entityManager.flush();
		jdbc.query(SELECT + " where s.id = ?", rs -> {
			search.upsert(entry(rs));
		}, specimenId);
	}

	private SearchEntry entry(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String accession = rs.getString("accession");
		String status = rs.getString("status");
		String impression = code(rs.getString("clinical_impression"));
		String text = Bilingual.words(labels.label("rules.option.site." + rs.getString("site")),
				labels.label("biopsy.technique." + code(rs.getString("technique"))),
				labels.label("lesion.impression." + impression), rs.getString("clinical_history"));
		Timestamp ordered = rs.getTimestamp("ordered_at");
		return new SearchEntry("specimen", id, rs.getObject("patient_id", UUID.class),
				accession + " · " + rs.getString("lesion_label"), null, text, List.of(accession),
				ordered == null ? null : ordered.toLocalDateTime().toLocalDate(), "PATHOLOGY",
				status.toLowerCase(Locale.ROOT), Permission.SPECIMEN_READ, "/specimens/" + id, "VOIDED".equals(status));
	}

	/** Enum names are stored for some coded columns: their message keys use the code (MELANOMA_IN_SITU → melanoma-in-situ). */
	static String code(String stored) {
		return stored == null ? "" : stored.toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
