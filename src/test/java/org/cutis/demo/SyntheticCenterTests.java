package org.cutis.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.cutis.demo.generator.SyntheticCenter;
import org.cutis.demo.generator.SyntheticNames;
import org.cutis.identity.Role;
import org.cutis.search.index.SearchRebuild;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SearchPages;
import org.cutis.support.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code ./cutis generate} at a small size (200 patients, once for the class): every state of the
 * specimen loop, every record belonging to a generated patient, the patients, specimens and reports
 * opening in the application, referrals in every state with the rank the triage worklist reads, the
 * open ones on its first page, skin adverse events graded by the CTCAE rule, the cancers staged by the rules with
 * their treatment and follow-up (GeneratedCancerChecks, GeneratedSurveillanceChecks), their excisions with the
 * re-excision's report and restaging (GeneratedSurgeryChecks), the clinic's sessions and the booked follow-ups
 * (GeneratedClinicChecks), the records found by the clinical search after the rebuild, and no
 * name that is not built from the generator's lists. The suite's database is shared, so the
 * generated rows are removed afterwards (as the schema owner: the specimen history is append-only)
 * and the index rebuilt from what remains.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticCenterTests implements GeneratedReferralChecks, GeneratedCancerChecks, GeneratedSurveillanceChecks,
		GeneratedSurgeryChecks, GeneratedClinicChecks {
	static final int PATIENTS = 200;
	@Autowired
	SyntheticCenter center;
	@Autowired
	DemoAccounts accounts;
	@Autowired
	SearchRebuild rebuild;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	SearchPages pages;
	@Autowired
	Staff staff;
	@Autowired
	ApplicationContext context;

	SyntheticCenter.Written written;
	Object[] ids;
	String derm;

	@BeforeAll
	void generate() {
		accounts.enrolMissing();
		written = center.generate(PATIENTS, 42L, (phase, done, total) -> {
		});
		ids = written.patientIds().toArray();
		rebuild.rebuild((phase, done, total) -> {
		});
		derm = staff.create(Role.DERMATOLOGIST);
	}

	@AfterAll
	void removeTheGeneratedCenter() {
		if (ids == null || ids.length == 0) {
			return;
		}
		GeneratedRows.remove(written.patientIds(), written.clinics().sessionIds());
		rebuild.massIndex((phase, done, total) -> {
		});
	}

	@Test
	void writesTheCenterWithEveryStateOfTheSpecimenLoop() {
		assertThat(written.patients()).isEqualTo(PATIENTS);
		assertThat(count("select count(*) from patient where id = any(?)")).isEqualTo(PATIENTS);
		assertThat(written.lesions()).isGreaterThan(PATIENTS / 2);
		assertThat(written.specimens()).isGreaterThan(PATIENTS / 3);
		assertThat(written.reports()).isGreaterThan(PATIENTS / 4);
		List<String> states = jdbc.queryForList("select distinct status from specimen where patient_id = any(?::uuid[])",
				String.class, array());
		assertThat(states).containsExactlyInAnyOrder("ORDERED", "COLLECTED", "SENT", "RECEIVED", "GROSSED", "REPORTED",
				"SIGNED", "REVIEWED", "COMMUNICATED", "REJECTED", "VOIDED");
		// each specimen's last step is its state; received ones are in the pathologist's intake
		assertThat(count("select count(*) from specimen s where s.patient_id = any(?) and s.status <> (select t.status"
				+ " from specimen_step t where t.specimen_id = s.id order by t.at desc, t.id desc limit 1)")).isZero();
		assertThat(count("select count(*) from specimen s where s.patient_id = any(?) and s.status in ('RECEIVED',"
				+ " 'GROSSED', 'REPORTED', 'SIGNED', 'REVIEWED', 'COMMUNICATED') and not exists (select 1 from"
				+ " pathology_specimen p where p.specimen_id = s.id and p.accession = s.accession)")).isZero();
		// the path log's index: every open specimen waits for its next step since the step that began the wait
		assertThat(count("select count(*) from specimen s where s.patient_id = any(?) and (s.path_awaits is not null)"
				+ " <> (s.status not in ('COMMUNICATED', 'REJECTED', 'VOIDED'))")).isZero();
		assertThat(count("select count(*) from specimen s where s.patient_id = any(?) and s.path_awaits is not null"
				+ " and s.path_since is distinct from (select max(t.at) from specimen_step t where t.specimen_id = s.id"
				+ " and t.status = case s.path_awaits when 'COLLECTION' then 'ORDERED' when 'RECEIPT' then 'COLLECTED'"
				+ " when 'REPORT' then 'RECEIVED' when 'COMMUNICATION' then 'REVIEWED' else 'SIGNED' end)")).isZero();
		// a report for every reported specimen, signed from SIGNED on, each with its findings
		assertThat(count("select count(*) from specimen s where s.patient_id = any(?) and s.status in ('REPORTED',"
				+ " 'SIGNED', 'REVIEWED', 'COMMUNICATED') and not exists (select 1 from pathology_report r join"
				+ " pathology_findings f on f.report_id = r.id where r.specimen_id = s.id and r.status = case s.status"
				+ " when 'REPORTED' then 'DRAFT' else 'SIGNED' end)")).isZero();
		// the diagnoses of signed reports: the common skin cancers and benign lesions, melanoma staged by the rules
		List<String> diagnoses = jdbc.queryForList("select distinct f.diagnosis from pathology_findings f join"
				+ " pathology_report r on r.id = f.report_id where r.patient_id = any(?::uuid[])", String.class, array());
		assertThat(diagnoses).contains("BCC", "CSCC", "MELANOMA", "SEBORRHOEIC_KERATOSIS");
		assertThat(count("select count(*) from pathology_findings f join pathology_report r on r.id = f.report_id"
				+ " where r.patient_id = any(?) and f.diagnosis = 'MELANOMA' and f.pt_category is null")).isZero();
	}

	@Test
	void aCrowdSharesOneBirthDateAndTheFirstPatientHasAChartOfOverFiveHundredEvents() throws Exception {
		assertThat(written.crowd().patients()).isGreaterThanOrEqualTo(20);
		assertThat(count("select count(*) from patient where id = any(?) and birth_date = '"
				+ written.crowd().birthDate() + "'")).isEqualTo(written.crowd().patients());
		assertThat(written.chartPatients()).containsExactly(written.patientIds().get(0));
		UUID heavy = written.chartPatients().get(0);
		long events = jdbc.queryForObject("select (select count(*) from lesion where patient_id = ?)"
				+ " + (select count(*) from specimen_step t join specimen s on s.id = t.specimen_id where s.patient_id = ?)"
				+ " + (select count(*) from pathology_report where patient_id = ?)", Long.class, heavy, heavy, heavy);
		assertThat(events).isEqualTo(written.chartEvents()).isGreaterThanOrEqualTo(500);
		mvc.perform(get("/patients/{id}", heavy).with(login.as(derm))).andExpect(status().isOk());
	}

	/** The pathologist's worklist index holds only what waits: every signed report's specimen carries its signature time. */
	@Test
	void aSignedReportTakesItsSpecimenOffThePathologistsWorklist() {
		assertThat(count("select count(*) from pathology_specimen ps join pathology_report r on r.specimen_id ="
				+ " ps.specimen_id where ps.patient_id = any(?) and (r.status = 'SIGNED') <> (ps.signed_at is not null)"))
			.isZero();
		assertThat(count("select count(*) from pathology_specimen ps where ps.patient_id = any(?) and ps.signed_at is null"))
			.isPositive();
	}

	@Test
	void everyRecordBelongsToAGeneratedPatient() {
		assertThat(count("select count(*) from lesion l where l.patient_id = any(?)")).isEqualTo(written.lesions());
		assertThat(count("select count(*) from specimen s join lesion l on l.id = s.lesion_id where s.patient_id = any(?)"
				+ " and l.patient_id = s.patient_id")).isEqualTo(written.specimens());
		assertThat(count("select count(*) from pathology_report r join specimen s on s.id = r.specimen_id"
				+ " where r.patient_id = any(?) and s.patient_id = r.patient_id and s.lesion_id = r.lesion_id"))
			.isEqualTo(written.reports());
		assertThat(count("select count(*) from specimen_step t join specimen s on s.id = t.specimen_id"
				+ " where s.patient_id = any(?) and t.at > now()")).isZero();
		// MRNs carry their check digit; accession numbers are unique and of the biopsy module's form
		for (String mrn : jdbc.queryForList("select mrn from patient where id = any(?::uuid[])", String.class, array())) {
			assertThat(new org.cutis.patient.Mrn(mrn).value()).isEqualTo(mrn);
		}
		assertThat(jdbc.queryForList("select accession from specimen where patient_id = any(?::uuid[])", String.class,
				array())).allMatch(a -> a.matches("S\\d{2}-\\d{6}"));
	}

	@Test
	void noNameIsMadeOfAnythingButTheGeneratorsLists() {
		List<Map<String, Object>> names = jdbc.queryForList(
				"select name_hangul, name_latin, sex from patient where id = any(?::uuid[])", array());
		assertThat(names).hasSize(PATIENTS)
			.allSatisfy(n -> assertThat(SyntheticNames.isGenerated((String) n.get("name_hangul"), (String) n.get("name_latin")))
				.as(n.toString())
				.isTrue());
		assertThat(SyntheticNames.isGenerated("홍길동", "HONG Gildong")).isFalse();
	}

	@Test
	void patientsSpecimensAndReportsOpenInTheApplication() throws Exception {
		List<Map<String, Object>> signed = jdbc.queryForList("select r.patient_id, r.specimen_id, r.lesion_id from"
				+ " pathology_report r where r.patient_id = any(?::uuid[]) and r.status = 'SIGNED' limit 3", array());
		assertThat(signed).isNotEmpty();
		for (Map<String, Object> r : signed) {
			mvc.perform(get("/api/v1/patients/{id}", r.get("patient_id")).with(login.as(derm))).andExpect(status().isOk());
			mvc.perform(get("/patients/{id}", r.get("patient_id")).with(login.as(derm))).andExpect(status().isOk());
			mvc.perform(get("/api/v1/specimens/{id}", r.get("specimen_id")).with(login.as(derm)))
				.andExpect(status().isOk());
			mvc.perform(get("/specimens/{id}", r.get("specimen_id")).with(login.as(derm))).andExpect(status().isOk());
			mvc.perform(get("/specimens/{id}/report", r.get("specimen_id")).with(login.as(derm)))
				.andExpect(status().isOk());
			mvc.perform(get("/lesions/{id}", r.get("lesion_id")).with(login.as(derm))).andExpect(status().isOk());
		}
		mvc.perform(get("/pathology/worklist").with(login.as(staff.create(Role.PATHOLOGIST)))).andExpect(status().isOk());
		mvc.perform(get("/path-log").with(login.as(derm))).andExpect(status().isOk());
	}

	@Test
	void theClinicalSearchFindsTheGeneratedRecordsAfterTheRebuild() throws Exception {
		Map<String, Object> report = jdbc.queryForMap("select r.id, r.patient_id, s.id as specimen_id, s.accession,"
				+ " p.mrn from pathology_report r join specimen s on s.id = r.specimen_id join patient p on p.id = r.patient_id"
				+ " where r.patient_id = any(?::uuid[]) and r.status = 'SIGNED' limit 1", array());
		assertThat(ids(search(report.get("mrn").toString()))).contains(report.get("patient_id").toString());
		List<String> byAccession = ids(search(report.get("accession").toString()));
		assertThat(byAccession).contains(report.get("specimen_id").toString(), report.get("id").toString());
		// a Korean word of the generated reports' text finds them among the suite's other reports
		List<String> generatedReports = jdbc.queryForList("select id::text from pathology_report where patient_id ="
				+ " any(?::uuid[])", String.class, array());
		assertThat(pages.ids(derm, "q", "흑색종", "type", "report").stream().map(String::valueOf).toList())
			.containsAnyElementsOf(generatedReports);
		String name = written.names().isEmpty()
				? jdbc.queryForObject("select name_hangul from patient where id = ?", String.class, report.get("patient_id"))
				: written.names().get(0);
		assertThat(items(search(name))).isNotEmpty();
	}

	private String search(String q) throws Exception {
		return mvc.perform(get("/api/v1/search").param("q", q).with(login.as(derm)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<Map<String, Object>> items(String json) {
		return JsonPath.read(json, "$.items");
	}

	private static List<String> ids(String json) {
		List<String> ids = new ArrayList<>();
		items(json).forEach(i -> ids.add(String.valueOf(i.get("id"))));
		return ids;
	}

	private String array() {
		StringBuilder out = new StringBuilder("{");
		for (int i = 0; i < ids.length; i++) {
			out.append(i == 0 ? "" : ",").append(ids[i]);
		}
		return out.append('}').toString();
	}

	@Override
	public ApplicationContext applicationContext() {
		return context;
	}

	@Override
	public GeneratedReferralChecks.Fixture fixture() {
		return new GeneratedReferralChecks.Fixture(jdbc, mvc, login, staff, written, derm, array());
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql.replace("any(?)", "any(?::uuid[])"), Long.class, array());
	}
}
