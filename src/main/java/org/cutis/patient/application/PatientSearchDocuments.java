package org.cutis.patient.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Patients in the clinical search: found by MRN, birth date and phone exactly, by their Hangul and
 * Latin names (beginnings and two-syllable parts). The resident registration number is never
 * indexed (the registry search finds it by its keyed hash).
 */
@Component
class PatientSearchDocuments implements Searchable {
	private static final String SELECT = "select id, mrn, name_hangul, name_latin, birth_date, phone, registered_at,"
			+ " voided_at from patient";
	@PersistenceContext
	private EntityManager entityManager;
	private final JdbcTemplate jdbc;
	private final SearchDocuments search;

	PatientSearchDocuments(JdbcTemplate jdbc, SearchDocuments search) {
		this.jdbc = jdbc;
		this.search = search;
	}

	@Override
	public Set<String> types() {
		return Set.of("patient");
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		jdbc.query(SELECT, rs -> {
			sink.accept(entry(rs));
		});
	}

	/** After a registration, a change or a voiding, in its transaction. */
	void changed(UUID patientId) {
		entityManager.flush();
		jdbc.query(SELECT + " where id = ?", rs -> {
			search.upsert(entry(rs));
		}, patientId);
	}

	private static SearchEntry entry(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String mrn = rs.getString("mrn");
		String hangul = rs.getString("name_hangul");
		String latin = rs.getString("name_latin");
		LocalDate birth = rs.getObject("birth_date", LocalDate.class);
		String phone = rs.getString("phone");
		List<String> codes = new ArrayList<>(List.of(mrn, birth.toString()));
		if (phone != null && !phone.isBlank()) {
			codes.add(phone.replaceAll("\\s", ""));
			codes.add(phone.replaceAll("\\D", ""));
		}
		String names = Bilingual.words(hangul, latin);
		String title = Bilingual.words(hangul, latin == null ? null : (hangul == null ? latin : "(" + latin + ")"), "·", mrn,
				"·", birth.toString());
		return new SearchEntry("patient", id, id, title, names, null, codes,
				rs.getTimestamp("registered_at").toLocalDateTime().toLocalDate(), null, null, Permission.PATIENT_READ,
				"/patients/" + id, rs.getTimestamp("voided_at") != null);
	}
}
