package org.cutis.lesion.application;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Lesions in the clinical search: the site and the clinical impression in both languages, the
 * differential, colour and dermoscopic pattern as written. The label (L1, L2, ...) is per patient,
 * so it is a title, not an identifier.
 */
@Component
class LesionSearchDocuments implements Searchable {
	private static final String SELECT = "select id, patient_id, number, site, impression, differential, colour,"
			+ " dermoscopy_pattern, suspicion, recorded_at, voided_at from lesion";
	@PersistenceContext
	private EntityManager entityManager;
	private final JdbcTemplate jdbc;
	private final SearchDocuments search;
	private final Bilingual labels;

	LesionSearchDocuments(JdbcTemplate jdbc, SearchDocuments search, Bilingual labels) {
		this.jdbc = jdbc;
		this.search = search;
		this.labels = labels;
	}

	@Override
	public Set<String> types() {
		return Set.of("lesion");
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		jdbc.query(SELECT, rs -> {
			sink.accept(entry(rs));
		});
	}

	/** After a lesion is recorded or voided, in its transaction. */
	void changed(UUID lesionId) {
		entityManager.flush();
		jdbc.query(SELECT + " where id = ?", rs -> {
			search.upsert(entry(rs));
		}, lesionId);
	}

	private SearchEntry entry(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String impression = rs.getString("impression").toLowerCase(Locale.ROOT).replace('_', '-');
		String site = labels.label("rules.option.site." + rs.getString("site"));
		String text = Bilingual.words(site, labels.label("lesion.impression." + impression),
				rs.getString("differential"), rs.getString("colour"), rs.getString("dermoscopy_pattern"));
		return new SearchEntry("lesion", id, rs.getObject("patient_id", UUID.class), "L" + rs.getInt("number"), null,
				text, List.of(), rs.getTimestamp("recorded_at").toLocalDateTime().toLocalDate(), "DERMATOLOGY",
				rs.getString("suspicion").toLowerCase(Locale.ROOT), Permission.LESION_READ, "/lesions/" + id,
				rs.getTimestamp("voided_at") != null);
	}
}
