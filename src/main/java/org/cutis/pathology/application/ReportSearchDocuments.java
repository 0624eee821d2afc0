package org.cutis.pathology.application;

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
 * Pathology reports in the clinical search: the diagnosis of the current findings version in
 * both languages, the diagnosis text, subtype and microscopy as written, the accession number
 * exactly. A report whose specimen was withdrawn (rejected or voided) is voided in the search.
 */
@Component
public class ReportSearchDocuments implements Searchable {
	private static final String SELECT = "select r.id, r.patient_id, r.specimen_id, r.status, r.drafted_at, r.signed_at,"
			+ " ps.accession, ps.lesion_label, ps.withdrawn_at, f.diagnosis, f.diagnosis_text, f.microscopy,"
			+ " f.histologic_subtype from pathology_report r join pathology_specimen ps on ps.specimen_id = r.specimen_id"
			+ " left join lateral (select * from pathology_findings pf where pf.report_id = r.id order by pf.number desc"
			+ " limit 1) f on true";
	@PersistenceContext
	private EntityManager entityManager;
	private final JdbcTemplate jdbc;
	private final SearchDocuments search;
	private final Bilingual labels;

	ReportSearchDocuments(JdbcTemplate jdbc, SearchDocuments search, Bilingual labels) {
		this.jdbc = jdbc;
		this.search = search;
		this.labels = labels;
	}

	@Override
	public Set<String> types() {
		return Set.of("report");
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		jdbc.query(SELECT, rs -> {
			sink.accept(entry(rs));
		});
	}

	/** After a draft, sign-out, addendum or withdrawal, in its transaction. */
	void changed(UUID reportId) {
		entityManager.flush();
		jdbc.query(SELECT + " where r.id = ?", rs -> {
			search.upsert(entry(rs));
		}, reportId);
	}

	public void specimenWithdrawn(UUID specimenId) {
		entityManager.flush();
		jdbc.query(SELECT + " where r.specimen_id = ?", rs -> {
			search.upsert(entry(rs));
		}, specimenId);
	}

	private SearchEntry entry(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String diagnosis = rs.getString("diagnosis");
		String code = diagnosis == null ? "" : diagnosis.toLowerCase(Locale.ROOT).replace('_', '-');
		String text = Bilingual.words(labels.label("lesion.impression." + code), rs.getString("histologic_subtype"),
				rs.getString("diagnosis_text"), rs.getString("microscopy"));
		Timestamp when = rs.getTimestamp("signed_at") != null ? rs.getTimestamp("signed_at") : rs.getTimestamp("drafted_at");
		String accession = rs.getString("accession");
		return new SearchEntry("report", id, rs.getObject("patient_id", UUID.class),
				Bilingual.words(accession, "·", rs.getString("lesion_label")), null, text, List.of(accession),
				when == null ? null : when.toLocalDateTime().toLocalDate(), "PATHOLOGY",
				rs.getString("status").toLowerCase(Locale.ROOT), Permission.REPORT_READ,
				"/specimens/" + rs.getObject("specimen_id", UUID.class) + "/report", rs.getTimestamp("withdrawn_at") != null);
	}
}
