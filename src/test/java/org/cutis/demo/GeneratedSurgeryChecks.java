package org.cutis.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.cutis.clinical.SpecimenRole;
import org.cutis.clinical.TumourFacts;
import org.cutis.pathology.domain.PathologyReport;
import org.cutis.pathology.domain.PathologyReports;
import org.cutis.rules.common.Explanation;
import org.cutis.staging.DiagnosisKind;
import org.cutis.staging.domain.CancerDiagnoses;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.StagingCalculator;
import org.cutis.staging.domain.StagingRecord;
import org.cutis.staging.domain.StagingRecords;
import org.cutis.staging.domain.WorkupFacts;
import org.cutis.treatment.surgery.application.MarginAdvice;
import org.cutis.treatment.surgery.domain.Excision;
import org.cutis.treatment.surgery.domain.Excisions;
import org.cutis.treatment.surgery.domain.MarginProposal;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The generated center's surgery, checked on the center {@link SyntheticCenterTests} generates once:
 * every operated plan item has its one excision record with its re-excision specimen through the
 * biopsy loop, the rules' margin proposal as the surgery module computes it, the margins the
 * module's listener copies from the signed report, the report added to the cancer's evidence with
 * the cancer restaged as the application's calculator stages it from all of it, and the excision
 * pages and API reading the rows back.
 */
interface GeneratedSurgeryChecks {

	GeneratedReferralChecks.Fixture fixture();

	ApplicationContext applicationContext();

	@Test
	default void everyOperatedPlanItemHasOneExcisionWithItsReExcisionSpecimen() {
		GeneratedReferralChecks.Fixture f = fixture();
		long excisions = f.written().treated().excisions().excisions();
		assertThat(excisions).isPositive().isEqualTo(f.count("select count(*) from surgery_excision where patient_id = any(?)"));
		// an item started or done has exactly one excision of its cancer, linked, by its surgeon; a planned one none
		assertThat(f.count("select count(*) from treatment_plan_item i join treatment_plan t on t.id = i.plan_id where"
				+ " t.patient_id = any(?) and i.status in ('IN_PROGRESS', 'DONE')")).isEqualTo(excisions);
		assertThat(f.count("select count(*) from treatment_plan_item i join treatment_plan t on t.id = i.plan_id where"
				+ " t.patient_id = any(?) and (select count(*) from surgery_excision e where e.cancer_id = t.cancer_id and"
				+ " i.link = '/excisions/' || e.id and e.surgeon = i.responsible and e.performed_on = i.started_on"
				+ " and e.treatment_type = i.type) <> case when i.status = 'PLANNED' then 0 else 1 end")).isZero();
		// done: the item on the day of the operation, when the margins came back; the plan completed then
		assertThat(f.count("select count(*) from treatment_plan_item i join treatment_plan t on t.id = i.plan_id join"
				+ " surgery_excision e on i.link = '/excisions/' || e.id where t.patient_id = any(?) and i.status = 'DONE'"
				+ " and e.status = 'DONE' and i.done_on = e.performed_on and t.completed_on = e.performed_on and"
				+ " t.completed_at > e.margins_signed_at")).isEqualTo(f.written().treated().treatmentsDone()).isPositive();
		assertThat(f.count("select count(*) from surgery_excision e join treatment_plan_item i on i.link = '/excisions/'"
				+ " || e.id where e.patient_id = any(?) and e.status = 'AWAITING_PATHOLOGY' and i.status <> 'IN_PROGRESS'"))
			.isZero();
		// the specimen the excision ordered: a re-excision of the lesion, excisional with the planned margin, ordered
		// by the surgeon when the excision was recorded, numbered by the biopsy sequence
		assertThat(f.count("select count(*) from surgery_excision e join specimen s on s.id = e.specimen_id join"
				+ " specimen_step o on o.specimen_id = s.id and o.status = 'ORDERED' where e.patient_id = any(?) and"
				+ " s.role = 'RE_EXCISION' and s.technique = 'EXCISIONAL' and s.accession = e.specimen_accession and"
				+ " s.lesion_id = e.lesion_id and s.patient_id = e.patient_id and s.excision_margin_mm = e.planned_margin_mm"
				+ " and o.at = e.recorded_at and o.by_user = e.surgeon and e.specimen_accession ~ '^S\\d{2}-\\d{6}$'"))
			.isEqualTo(excisions);
		// done exactly when the specimen's report is signed: the margins' signature is the report's, and the
		// pathologist's intake knows it
		assertThat(f.count("select count(*) from surgery_excision e join pathology_report r on r.specimen_id ="
				+ " e.specimen_id join pathology_specimen p on p.specimen_id = e.specimen_id where e.patient_id = any(?) and"
				+ " r.status = 'SIGNED' and e.status = 'DONE' and e.report_id = r.id and e.margins_signed_at = r.signed_at"
				+ " and e.margins_signed_by = r.signed_by and p.signed_at = r.signed_at and e.version = 1"))
			.isEqualTo(f.count("select count(*) from surgery_excision e where e.patient_id = any(?) and e.status <>"
					+ " 'AWAITING_PATHOLOGY'"))
			.isEqualTo(f.count("select count(*) from specimen s where s.patient_id = any(?) and s.role = 'RE_EXCISION'"
					+ " and s.status in ('SIGNED', 'REVIEWED', 'COMMUNICATED')"))
			.isPositive();
	}

	@Test
	default void theMarginsAndTheProposalAreTheOnesTheSurgeryModuleKeeps() {
		GeneratedReferralChecks.Fixture f = fixture();
		Excisions excisions = applicationContext().getBean(Excisions.class);
		PathologyReports reports = applicationContext().getBean(PathologyReports.class);
		CancerDiagnoses cancers = applicationContext().getBean(CancerDiagnoses.class);
		List<UUID> ids = f.jdbc().queryForList("select id from surgery_excision where patient_id = any(?::uuid[])",
				UUID.class, f.patients());
		long clear = 0;
		long notClear = 0;
		for (UUID id : ids) {
			Excision e = excisions.findById(id).orElseThrow();
			// the proposal as SurgeryRecords computed it from the cancer's facts when the excision was recorded
			CancerDiagnosis cancer = cancers.findById(e.cancerId()).orElseThrow();
			var diagnostic = cancer.evidence().stream().filter(x -> x.role() == SpecimenRole.DIAGNOSTIC).findFirst()
				.orElseThrow();
			MarginProposal proposal = MarginAdvice.of(DiagnosisKind.valueOf(e.cancerKind().toUpperCase()),
					diagnostic.inSitu(), diagnostic.breslowMm());
			assertThat(plain(e.proposal().minCm())).as(id.toString()).isEqualTo(plain(proposal.minCm()));
			assertThat(plain(e.proposal().maxCm())).isEqualTo(plain(proposal.maxCm()));
			assertThat(e.proposal().ruleSet()).isEqualTo(proposal.ruleSet());
			assertThat(Explanation.encode(e.proposalWhy())).isEqualTo(Explanation.encode(proposal.why()));
			assertThat(e.narrowerReason()).isNull();
			if (e.status() == Excision.Status.AWAITING_PATHOLOGY) {
				assertThat(e.reportId()).isNull();
				continue;
			}
			// the margins PathologyToExcision copies from the signed report's facts
			PathologyReport report = reports.findBySpecimenId(e.specimenId()).orElseThrow();
			TumourFacts.Margins m = report.facts(SpecimenRole.RE_EXCISION).margins();
			assertThat(List.of(plain(e.peripheralInvolved()), plain(e.peripheralMm()), plain(e.deepInvolved()),
					plain(e.deepMm()), plain(e.deepTransected()), plain(e.reportId()), plain(e.marginsSignedAt()),
					plain(e.marginsSignedBy())))
				.as(id.toString())
				.containsExactly(plain(m.peripheralInvolved()), plain(m.peripheralMm()), plain(m.deepInvolved()),
						plain(m.deepMm()), plain(m.deepTransected()), plain(report.id()), plain(report.signedAt()),
						plain(report.signedBy()));
			if (Boolean.TRUE.equals(e.marginsClear())) {
				clear++;
			}
			else {
				notClear++;
			}
		}
		// usually clear; a real center sees residual tumour now and then
		assertThat(clear).isGreaterThan(notClear);
		assertThat(f.written().treated().excisions().residual()).isPositive();
	}

	/** A value as text, a number without its scale (the columns' and the rules' scales differ). */
	private static String plain(Object value) {
		return value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
	}

	@Test
	default void theReExcisionReportIsEvidenceAndTheCancerIsRestagedAsTheCalculatorStagesIt() {
		GeneratedReferralChecks.Fixture f = fixture();
		// each signed re-excision report is on its cancer's evidence, with its accession
		long signed = f.count("select count(*) from surgery_excision where patient_id = any(?) and status = 'DONE'");
		assertThat(f.count("select count(*) from surgery_excision e join cancer_evidence v on v.report_id = e.report_id"
				+ " and v.cancer_id = e.cancer_id where e.patient_id = any(?) and v.role = 'RE_EXCISION' and v.accession ="
				+ " e.specimen_accession and v.specimen_id = e.specimen_id")).isEqualTo(signed);
		// every new evidence restages: a record of occasion specimen after the diagnosis's, the cancer amended then
		assertThat(f.count("select count(*) from staging_record s join cancer_diagnosis c on c.id = s.cancer_id join"
				+ " cancer_evidence v on v.cancer_id = c.id and v.role = 'RE_EXCISION' where c.patient_id = any(?) and"
				+ " s.sequence = 2 and s.occasion = 'SPECIMEN' and s.computed_at = v.recorded_at and c.amended_at ="
				+ " v.recorded_at and c.version = 1")).isEqualTo(signed).isEqualTo(f.written().treated().excisions().restaged());
		CancerDiagnoses repository = applicationContext().getBean(CancerDiagnoses.class);
		StagingRecords records = applicationContext().getBean(StagingRecords.class);
		StagingCalculator calculator = new StagingCalculator();
		List<Map<String, Object>> restaged = f.jdbc().queryForList("select s.*, v.residual, v.behaviour from"
				+ " staging_record s join cancer_diagnosis c on c.id = s.cancer_id join cancer_evidence v on v.cancer_id ="
				+ " c.id and v.role = 'RE_EXCISION' where c.patient_id = any(?::uuid[]) and s.sequence = 2", f.patients());
		long residual = 0;
		for (Map<String, Object> r : restaged) {
			CancerDiagnosis cancer = repository.findById((UUID) r.get("cancer_id")).orElseThrow();
			assertThat(cancer.evidence()).hasSize(2);
			StageComputation expected = calculator.compute(cancer.kind(), cancer.tumour(), cancer.combined(),
					WorkupFacts.NONE);
			assertThat(List.of(String.valueOf(r.get("clinical_t")), String.valueOf(r.get("clinical_stage")),
					String.valueOf(r.get("pathological_t")), String.valueOf(r.get("pathological_stage")),
					String.valueOf(r.get("bwh_t")), String.valueOf(r.get("bcc_risk")), String.valueOf(r.get("slnb_advice")),
					String.valueOf(r.get("explanation")), String.valueOf(r.get("rule_version"))))
				.as(r.toString())
				.containsExactly(String.valueOf(expected.clinicalT()), String.valueOf(expected.clinicalStage()),
						String.valueOf(expected.pathologicalT()), String.valueOf(expected.pathologicalStage()),
						String.valueOf(expected.bwhT()), String.valueOf(expected.bccRisk()),
						String.valueOf(expected.slnbAdvice()), Explanation.encode(expected.why()), expected.ruleVersion());
			// the record's changes are the stage's changes from the diagnosis's record (Restaging), none when it stayed
			List<StagingRecord> history = records.findByCancerIdOrderBySequenceDesc(cancer.id());
			assertThat(history).extracting(StagingRecord::sequence).containsExactly(2, 1);
			List<String> changes = expected.changesFrom(history.get(1).computation());
			assertThat(history.get(0).changes()).as(r.toString())
				.isEqualTo(changes.isEmpty() ? null : String.join("; ", changes));
			assertThat(history.get(0).status()).isIn(StagingRecord.Status.COMPUTED, StagingRecord.Status.ACCEPTED);
			if (Boolean.TRUE.equals(r.get("residual")) || !"BENIGN".equals(r.get("behaviour"))) {
				residual++;
			}
		}
		assertThat(residual).isEqualTo(f.written().treated().excisions().residual()).isPositive();
	}

	@Test
	default void theApplicationOpensTheExcisionsAndTheirSpecimens() throws Exception {
		GeneratedReferralChecks.Fixture f = fixture();
		for (String status : List.of("DONE", "AWAITING_PATHOLOGY")) {
			List<Map<String, Object>> found = f.jdbc().queryForList("select id, cancer_id, specimen_id, specimen_accession,"
					+ " planned_margin_mm from surgery_excision where patient_id = any(?::uuid[]) and status = ? limit 1",
					f.patients(), status);
			if (found.isEmpty()) {
				assertThat(status).as("every run has done excisions").isEqualTo("AWAITING_PATHOLOGY");
				continue;
			}
			Map<String, Object> e = found.get(0);
			String json = f.mvc().perform(get("/api/v1/excisions/{id}", e.get("id")).with(f.login().as(f.derm())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat((String) JsonPath.read(json, "$.status")).isEqualTo(status.toLowerCase().replace('_', '-'));
			assertThat((String) JsonPath.read(json, "$.specimenAccession")).isEqualTo(e.get("specimen_accession"));
			assertThat(((Number) JsonPath.read(json, "$.plannedMargin.mm")).doubleValue())
				.isEqualTo(((java.math.BigDecimal) e.get("planned_margin_mm")).doubleValue());
			if (status.equals("DONE")) {
				assertThat((Object) JsonPath.read(json, "$.margins.clear")).isNotNull();
				f.mvc().perform(get("/specimens/{id}/report", e.get("specimen_id")).with(f.login().as(f.derm())))
					.andExpect(status().isOk());
			}
			f.mvc().perform(get("/excisions/{id}", e.get("id")).with(f.login().as(f.derm()))).andExpect(status().isOk());
			String surgery = f.mvc().perform(get("/api/v1/cancers/{id}/surgery", e.get("cancer_id"))
				.with(f.login().as(f.derm()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat((String) JsonPath.read(surgery, "$.excisions[0].id")).isEqualTo(e.get("id").toString());
			f.mvc().perform(get("/cancers/{id}/surgery", e.get("cancer_id")).with(f.login().as(f.derm())))
				.andExpect(status().isOk());
			String specimen = f.mvc().perform(get("/api/v1/specimens/{id}", e.get("specimen_id"))
				.with(f.login().as(f.derm()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat((String) JsonPath.read(specimen, "$.purpose")).isEqualTo("re-excision");
			f.mvc().perform(get("/specimens/{id}", e.get("specimen_id")).with(f.login().as(f.derm())))
				.andExpect(status().isOk());
		}
	}
}
