package org.cutis.referral.application;

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
import org.cutis.search.FreeText;
import org.cutis.search.SearchDocuments;
import org.cutis.search.SearchEntry;
import org.cutis.search.Searchable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Referrals in the clinical search: who sent the patient (the clinic or department, the referring
 * physician, an outside oncologist), why, how urgent, the triage state in both languages, and the
 * referral's note (the referring diagnosis as written), the drugs named and a decline reason as
 * written (a resident registration number typed into them is masked). Voided referrals (a voided registration) leave the search. The triage worklist is for
 * all staff, so is this document; a patient account does not see its referrals.
 */
@Component
class ReferralSearchDocuments implements Searchable {
	private static final String SELECT = "select r.id, r.patient_id, r.source_kind, r.source_department, r.source_clinic,"
			+ " r.referring_physician, r.reason, r.urgency, r.note, r.status, r.decline_reason, r.received_at,"
			+ " r.outside_oncologist_name, r.outside_oncologist_hospital, r.treating_oncologist, r.cancer_drugs,"
			+ " (select string_agg(d.name_ko || ' ' || d.name_en, ' ' order by d.position) from referral_drug d"
			+ " where d.referral_id = r.id) as drugs from referral r";
	@PersistenceContext
	private EntityManager entityManager;
	private final JdbcTemplate jdbc;
	private final SearchDocuments search;
	private final Bilingual labels;

	ReferralSearchDocuments(JdbcTemplate jdbc, SearchDocuments search, Bilingual labels) {
		this.jdbc = jdbc;
		this.search = search;
		this.labels = labels;
	}

	@Override
	public Set<String> types() {
		return Set.of("referral");
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		jdbc.query(SELECT, rs -> {
			sink.accept(entry(rs));
		});
	}

	/** After a referral is received, decided or voided, in its transaction. */
	void changed(UUID referralId) {
		entityManager.flush();
		jdbc.query(SELECT + " where r.id = ?", rs -> {
			search.upsert(entry(rs));
		}, referralId);
	}

	private SearchEntry entry(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String department = rs.getString("source_department");
		String source = rs.getString("source_clinic") != null ? rs.getString("source_clinic")
				: department == null ? null : labels.label("referral.department." + department);
		String status = code(rs.getString("status"));
		String text = Bilingual.words(source, rs.getString("referring_physician"),
				labels.label("referral.reason." + code(rs.getString("reason"))),
				labels.label("referral.urgency." + code(rs.getString("urgency"))),
				labels.label("referral.status." + status), FreeText.indexable(rs.getString("note")), rs.getString("drugs"),
				rs.getString("cancer_drugs"), rs.getString("outside_oncologist_name"),
				rs.getString("outside_oncologist_hospital"), rs.getString("treating_oncologist"),
				FreeText.indexable(rs.getString("decline_reason")));
		var received = rs.getTimestamp("received_at").toLocalDateTime().toLocalDate();
		return new SearchEntry("referral", id, rs.getObject("patient_id", UUID.class),
				Bilingual.words(source, "·", received.toString()), null, text, List.of(), received, "DERMATOLOGY", status,
				Permission.REFERRAL_READ, "/referrals/" + id, "voided".equals(status));
	}

	private static String code(String name) {
		return name == null ? "" : name.toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
