package org.cutis.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.cutis.staging.domain.CancerDiagnoses;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.StagingCalculator;
import org.cutis.staging.domain.WorkupFacts;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The generated center's cancers and their treatment, checked on the center
 * {@link SyntheticCenterTests} generates once: every signed malignant or in-situ report opened one
 * cancer with its evidence, each staged as the application's own calculator stages it when it reads
 * the cancer back through its repository, melanoma's T the same as the report's pT; the treatment
 * plans of those cancers, and every one of them opening in the application.
 */
interface GeneratedCancerChecks {

	GeneratedReferralChecks.Fixture fixture();

	ApplicationContext applicationContext();

	@Test
	default void everySignedCancerReportOpensOneCancerWithItsEvidence() {
		GeneratedReferralChecks.Fixture f = fixture();
		// a diagnostic specimen's (a re-excision's report adds to the cancer it was taken for: GeneratedSurgeryChecks)
		long signedCancers = f.count("select count(*) from pathology_report r join pathology_findings pf on"
				+ " pf.report_id = r.id join specimen s on s.id = r.specimen_id where r.patient_id = any(?) and r.status ="
				+ " 'SIGNED' and s.role = 'DIAGNOSTIC' and pf.diagnosis in ('MELANOMA', 'MELANOMA_IN_SITU', 'BCC', 'CSCC',"
				+ " 'BOWEN_DISEASE', 'EXTRAMAMMARY_PAGET', 'MERKEL_CELL_CARCINOMA', 'DFSP')");
		assertThat(signedCancers).isPositive();
		assertThat(f.count("select count(*) from cancer_diagnosis where patient_id = any(?)")).isEqualTo(signedCancers)
			.isEqualTo(f.written().treated().cancers());
		// the evidence is the report of the cancer's own lesion, with its specimen's accession and diagnosis
		assertThat(f.count("select count(*) from cancer_diagnosis c join cancer_evidence e on e.cancer_id = c.id join"
				+ " pathology_report r on r.id = e.report_id join specimen s on s.id = e.specimen_id join pathology_findings pf"
				+ " on pf.report_id = r.id where c.patient_id = any(?) and r.patient_id = c.patient_id and r.lesion_id ="
				+ " c.lesion_id and s.id = r.specimen_id and e.accession = s.accession and e.diagnosis = pf.diagnosis"
				+ " and e.role = 'DIAGNOSTIC'"
				+ " and c.diagnosis = pf.diagnosis and e.signed_on = c.diagnosis_date")).isEqualTo(signedCancers);
		assertThat(f.count("select count(*) from cancer_diagnosis c join lesion l on l.id = c.lesion_id where"
				+ " c.patient_id = any(?) and (c.site <> l.site or c.laterality <> l.laterality or c.lesion_label <>"
				+ " 'L' || l.number or c.clinical_diameter_mm <> l.size_mm)")).isZero();
		assertThat(f.jdbc().queryForList("select distinct kind from cancer_diagnosis where patient_id = any(?::uuid[])",
				String.class, f.patients())).contains("MELANOMA", "BCC", "CSCC");
	}

	@Test
	default void everyCancerIsStagedAsTheApplicationStagesItWhenItReadsTheCancerBack() {
		GeneratedReferralChecks.Fixture f = fixture();
		CancerDiagnoses repository = applicationContext().getBean(CancerDiagnoses.class);
		StagingCalculator calculator = new StagingCalculator();
		// the diagnosis's record of each cancer, and after it the re-excision's (GeneratedSurgeryChecks)
		assertThat(f.count("select count(*) from staging_record s join cancer_diagnosis c on c.id = s.cancer_id where"
				+ " c.patient_id = any(?)")).isEqualTo(f.written().treated().cancers()
						+ f.written().treated().excisions().restaged());
		// each cancer's current record (the latest) is the calculator's over all its evidence
		List<Map<String, Object>> records = f.jdbc().queryForList("select s.*, c.kind from staging_record s join"
				+ " cancer_diagnosis c on c.id = s.cancer_id where c.patient_id = any(?::uuid[]) and s.sequence = (select"
				+ " max(x.sequence) from staging_record x where x.cancer_id = c.id)", f.patients());
		assertThat(records).hasSize((int) f.written().treated().cancers());
		for (Map<String, Object> r : records) {
			CancerDiagnosis cancer = repository.findById((UUID) r.get("cancer_id")).orElseThrow();
			StageComputation expected = calculator.compute(cancer.kind(), cancer.tumour(), cancer.combined(),
					WorkupFacts.NONE);
			assertThat(r.get("sequence")).isEqualTo(cancer.evidence().size());
			assertThat(r.get("status")).isIn("COMPUTED", "ACCEPTED");
			assertThat(List.of(String.valueOf(r.get("clinical_t")), String.valueOf(r.get("clinical_n")),
					String.valueOf(r.get("clinical_stage")), String.valueOf(r.get("pathological_t")),
					String.valueOf(r.get("pathological_n")), String.valueOf(r.get("pathological_stage")),
					String.valueOf(r.get("bwh_t")), String.valueOf(r.get("bcc_risk")), String.valueOf(r.get("slnb_advice")),
					String.valueOf(r.get("explanation")), String.valueOf(r.get("rule_version"))))
				.as(r.toString())
				.containsExactly(String.valueOf(expected.clinicalT()), String.valueOf(expected.clinicalN()),
						String.valueOf(expected.clinicalStage()), String.valueOf(expected.pathologicalT()),
						String.valueOf(expected.pathologicalN()), String.valueOf(expected.pathologicalStage()),
						String.valueOf(expected.bwhT()), String.valueOf(expected.bccRisk()),
						String.valueOf(expected.slnbAdvice()),
						org.cutis.rules.common.Explanation.encode(expected.why()), expected.ruleVersion());
			// a staged kind has a stage or risk group from the rules, with the rule sets named
			switch ((String) r.get("kind")) {
				case "MELANOMA" -> assertThat(r.get("pathological_t")).as(r.toString()).isNotNull();
				case "CSCC" -> assertThat(r.get("bwh_t")).as(r.toString()).isNotNull();
				case "BCC" -> assertThat(r.get("bcc_risk")).as(r.toString()).isNotNull();
				default -> assertThat(r.get("explanation").toString()).contains("staging.why.noRule");
			}
			if (!"OTHER".equals(r.get("kind"))) {
				assertThat((String) r.get("rule_version")).isNotBlank();
			}
		}
		// melanoma's T at diagnosis is the pT pathology computed for the report (the same rule, reached twice)
		assertThat(f.count("select count(*) from cancer_diagnosis c join staging_record s on s.cancer_id = c.id join"
				+ " cancer_evidence e on e.cancer_id = c.id join pathology_findings pf on pf.report_id = e.report_id"
				+ " where c.patient_id = any(?) and c.kind = 'MELANOMA' and s.sequence = 1 and e.role = 'DIAGNOSTIC' and"
				+ " s.pathological_t is distinct from pf.pt_category")).isZero();
	}

	@Test
	default void mostCancersAreTreatedByExcisionOnThePlanTheModuleKeeps() {
		GeneratedReferralChecks.Fixture f = fixture();
		long cancers = f.written().treated().cancers();
		assertThat(f.count("select count(*) from treatment_plan t join cancer_diagnosis c on c.id = t.cancer_id"
				+ " where t.patient_id = any(?) and c.patient_id = t.patient_id")).isEqualTo(f.written().treated()
					.treatmentPlans())
			.isGreaterThan(cancers * 8 / 10);
		assertThat(f.count("select count(*) from treatment_plan where patient_id = any(?) and completed_at is not null"))
			.isEqualTo(f.written().treated().treatmentsDone()).isPositive();
		// a completed plan: its one surgical item done by its surgeon on the day the plan completed; melanoma's a wide
		// local excision, the others' an excision
		assertThat(f.count("select count(*) from treatment_plan t join cancer_diagnosis c on c.id = t.cancer_id join"
				+ " treatment_plan_item i on i.plan_id = t.id where t.patient_id = any(?) and ((i.type ="
				+ " 'WIDE_LOCAL_EXCISION') <> (c.kind = 'MELANOMA') or i.type not in ('WIDE_LOCAL_EXCISION', 'EXCISION'))"))
			.isZero();
		assertThat(f.count("select count(*) from treatment_plan t where t.patient_id = any(?) and t.completed_at is not"
				+ " null and not exists (select 1 from treatment_plan_item i where i.plan_id = t.id and i.status = 'DONE'"
				+ " and i.done_on = t.completed_on and i.changed_by = i.responsible)")).isZero();
		// melanoma's margin is the smallest the melanoma.margin rule proposes for the thickness staged
		org.cutis.rules.melanoma.ExcisionMarginPolicy margins = new org.cutis.rules.melanoma.ExcisionMarginPolicy();
		List<Map<String, Object>> melanomas = f.jdbc().queryForList("select i.detail, e.in_situ, e.breslow_mm from"
				+ " treatment_plan t join treatment_plan_item i on i.plan_id = t.id join cancer_evidence e on e.cancer_id ="
				+ " t.cancer_id where t.patient_id = any(?::uuid[]) and i.type = 'WIDE_LOCAL_EXCISION' and e.role ="
				+ " 'DIAGNOSTIC'", f.patients());
		assertThat(melanomas).isNotEmpty().allSatisfy(m -> {
			var rule = Boolean.TRUE.equals(m.get("in_situ")) ? margins.inSitu()
					: margins.invasive(new org.cutis.rules.melanoma.BreslowThickness((java.math.BigDecimal) m.get("breslow_mm")));
			assertThat(m.get("detail")).as(m.toString())
				.isEqualTo(rule.value().minCm().stripTrailingZeros().toPlainString() + " cm");
		});
	}

	@Test
	default void theApplicationOpensTheGeneratedCancersAndTheirTreatment() throws Exception {
		GeneratedReferralChecks.Fixture f = fixture();
		for (String kind : List.of("MELANOMA", "BCC", "CSCC")) {
			Map<String, Object> c = f.jdbc().queryForMap("select c.id, s.pathological_t, s.bwh_t, s.bcc_risk, t.id as"
					+ " plan_id from cancer_diagnosis c join staging_record s on s.cancer_id = c.id join treatment_plan t on"
					+ " t.cancer_id = c.id where c.patient_id = any(?::uuid[]) and c.kind = ? and s.sequence = (select"
					+ " max(x.sequence) from staging_record x where x.cancer_id = c.id) limit 1", f.patients(), kind);
			String json = f.mvc().perform(get("/api/v1/cancers/{id}", c.get("id")).with(f.login().as(f.derm())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat((String) JsonPath.read(json, "$.kind")).isEqualTo(kind.toLowerCase());
			String path = switch (kind) {
				case "MELANOMA" -> "$.current.pathological.t";
				case "CSCC" -> "$.current.bwhT";
				default -> "$.current.bccRisk";
			};
			Object stored = c.get(kind.equals("MELANOMA") ? "pathological_t" : kind.equals("CSCC") ? "bwh_t" : "bcc_risk");
			assertThat(stored).isNotNull();
			assertThat((Object) JsonPath.read(json, path)).isEqualTo(stored);
			f.mvc().perform(get("/cancers/{id}", c.get("id")).with(f.login().as(f.derm()))).andExpect(status().isOk());
			// the cancer's plan is the generated one: its page is where the cancer's treatment leads
			f.mvc().perform(get("/cancers/{id}/treatment-plan", c.get("id")).with(f.login().as(f.derm())))
				.andExpect(redirectedUrl("/treatment-plans/" + c.get("plan_id")));
		}
		Map<String, Object> treated = f.jdbc().queryForMap("select id, cancer_id from treatment_plan where patient_id ="
				+ " any(?::uuid[]) and completed_at is not null limit 1", f.patients());
		String plan = f.mvc().perform(get("/api/v1/treatment-plans/{id}", treated.get("id"))
			.with(f.login().as(f.derm()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(plan).contains(treated.get("cancer_id").toString());
		f.mvc().perform(get("/treatment-plans/{id}", treated.get("id")).with(f.login().as(f.derm())))
			.andExpect(status().isOk());
	}
}
