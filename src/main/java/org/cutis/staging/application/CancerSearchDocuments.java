package org.cutis.staging.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.cutis.clinical.Code;
import org.cutis.clinical.Diagnosis;
import org.cutis.identity.Permission;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.search.Bilingual;
import org.cutis.search.FreeText;
import org.cutis.search.SearchDocuments;
import org.cutis.search.SearchEntry;
import org.cutis.search.Searchable;
import org.cutis.staging.domain.StageComputation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Cancers in the clinical search: the diagnosis, site and side in both languages, the subtype as
 * written, and the current stage (the clinician's override when there is one, else the computed
 * headline stage) with its T, N and M. A stage or category is typed with digits ("pT3a", "N0",
 * "0"), and the search matches such words only as whole codes, so they are codes here, with and
 * without their c/p prefix; so are the diagnosis' SNOMED CT, ICD-10 (at its site) and ICD-O-3
 * codes. A restage, an override or its withdrawal writes the document again (in
 * {@link Restaging}'s publish, which every new current stage goes through).
 * Cancers are never voided: they follow signed pathology.
 */
@Component
class CancerSearchDocuments implements Searchable {
	private static final String SELECT = "select c.id, c.patient_id, c.lesion_label, c.diagnosis, c.site, c.laterality,"
			+ " c.histologic_subtype, c.diagnosis_date, s.status, s.clinical_t, s.clinical_n, s.clinical_m,"
			+ " s.clinical_stage, s.pathological_t, s.pathological_n, s.pathological_m, s.pathological_stage, s.bwh_t,"
			+ " s.bcc_risk, s.override_stage from cancer_diagnosis c left join lateral (select * from staging_record r"
			+ " where r.cancer_id = c.id and r.status in ('COMPUTED', 'ACCEPTED', 'OVERRIDDEN')"
			+ " order by r.sequence desc limit 1) s on true";
	@PersistenceContext
	private EntityManager entityManager;
	private final JdbcTemplate jdbc;
	private final SearchDocuments search;
	private final Bilingual labels;

	CancerSearchDocuments(JdbcTemplate jdbc, SearchDocuments search, Bilingual labels) {
		this.jdbc = jdbc;
		this.search = search;
		this.labels = labels;
	}

	@Override
	public Set<String> types() {
		return Set.of("cancer");
	}

	@Override
	public void documents(Consumer<SearchEntry> sink) {
		jdbc.query(SELECT, rs -> {
			sink.accept(entry(rs));
		});
	}

	/** After the cancer is opened, restaged or its stage reviewed, in that transaction. */
	void changed(UUID cancerId) {
		entityManager.flush();
		jdbc.query(SELECT + " where c.id = ?", rs -> {
			search.upsert(entry(rs));
		}, cancerId);
	}

	private SearchEntry entry(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Diagnosis diagnosis = Diagnosis.valueOf(rs.getString("diagnosis"));
		AnatomicSite site = rs.getString("site") == null ? null : AnatomicSite.fromCode(rs.getString("site"));
		String laterality = rs.getString("laterality");
		List<String> codes = new ArrayList<>(diagnosis.codesAt(site).stream().map(Code::value).toList());
		String stage = null;
		String status = rs.getString("status");
		if (status != null) {
			StageComputation c = new StageComputation(rs.getString("clinical_t"), rs.getString("clinical_n"),
					rs.getString("clinical_m"), rs.getString("clinical_stage"), rs.getString("pathological_t"),
					rs.getString("pathological_n"), rs.getString("pathological_m"), rs.getString("pathological_stage"),
					rs.getString("bwh_t"), rs.getString("bcc_risk"), null, null, false, List.of(), null, null);
			stage = rs.getString("override_stage") != null ? rs.getString("override_stage") : c.headlineStage();
			StageComputation.Tnm tnm = c.headline();
			for (String category : new String[] { tnm.t(), tnm.n(), tnm.m(), c.bwhT() }) {
				if (category != null) {
					codes.add(category);
					// "pT3a" is also typed "T3a"; "BWH T2a" stays as written
					codes.add(category.matches("[cp][TNM].*") ? category.substring(1) : category);
				}
			}
			if (stage != null) {
				codes.add(stage);
			}
		}
		String stageWords = stage == null ? null
				: "low".equals(stage) || "high".equals(stage) ? labels.label("staging.risk." + stage) : stage;
		String text = Bilingual.words(labels.label("lesion.impression." + diagnosis.code()),
				site == null ? null : labels.label("rules.option.site." + site.code()),
				laterality == null ? null : labels.label("lesion.laterality." + laterality.toLowerCase(Locale.ROOT)),
				FreeText.indexable(rs.getString("histologic_subtype")), stageWords,
				status == null ? null : labels.label("staging.status." + status.toLowerCase(Locale.ROOT).replace('_', '-')));
		String icd10 = diagnosis.icd10At(site) == null ? null : diagnosis.icd10At(site).value();
		return new SearchEntry("cancer", id, rs.getObject("patient_id", UUID.class),
				String.join(" · ", java.util.stream.Stream.of(icd10, rs.getString("lesion_label"), stage)
					.filter(p -> p != null && !p.isBlank())
					.toList()),
				null, text, codes, rs.getDate("diagnosis_date").toLocalDate(), "DERMATOLOGY",
				status == null ? "unstaged" : status.toLowerCase(Locale.ROOT).replace('_', '-'), Permission.CANCER_READ,
				"/cancers/" + id, false);
	}
}
