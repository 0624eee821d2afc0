package org.cutis.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.cutis.demo.generator.SyntheticCenter;
import org.cutis.identity.Role;
import org.cutis.referral.TriagePriority;
import org.cutis.referral.Urgency;
import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;
import org.cutis.rules.oncoderm.DrugClass;
import org.cutis.rules.oncoderm.ProphylaxisItem;
import org.cutis.rules.oncoderm.ProphylaxisRegimen;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The generated center's referrals and the skin adverse events of the drug reactions the clinic
 * accepted, checked on the center {@link SyntheticCenterTests} generates once (its own file only to
 * keep each under 300 lines): every referral state with the rank the triage worklist reads, the
 * open ones on the worklist, and the grades as the CTCAE rule gives them.
 */
interface GeneratedReferralChecks {

	/** The generated center and what the checks ask it with; {@code patients} the patient ids as a uuid[] literal. */
	record Fixture(JdbcTemplate jdbc, MockMvc mvc, Login login, Staff staff, SyntheticCenter.Written written,
			String derm, String patients) {
		long count(String sql) {
			return jdbc.queryForObject(sql.replace("any(?)", "any(?::uuid[])"), Long.class, patients);
		}
	}

	Fixture fixture();

	@Test
	default void referralsInEveryStateWithTheApplicationsPriorityRank() {
		Fixture f = fixture();
		assertThat(f.written().referrals()).isEqualTo(f.count("select count(*) from referral where patient_id = any(?)"))
			.isGreaterThan(SyntheticCenterTests.PATIENTS / 3);
		assertThat(f.jdbc().queryForList("select distinct status from referral where patient_id = any(?::uuid[])",
				String.class, f.patients())).containsExactlyInAnyOrder("RECEIVED", "ACCEPTED", "DECLINED", "VOIDED");
		// the rank the entity keeps (TriagePriority), from the urgency and whether any red flag is set
		List<Map<String, Object>> ranks = f.jdbc().queryForList("select r.urgency, r.priority_rank, exists (select 1 from"
				+ " referral_red_flag f where f.referral_id = r.id) as flagged from referral r where r.patient_id ="
				+ " any(?::uuid[])", f.patients());
		assertThat(ranks).allSatisfy(r -> assertThat(((Number) r.get("priority_rank")).shortValue()).as(r.toString())
			.isEqualTo(TriagePriority.of((Boolean) r.get("flagged"), Urgency.valueOf((String) r.get("urgency")))));
		assertThat(ranks).anyMatch(r -> (Boolean) r.get("flagged"));
		// as ReferralDetails: a red flag raises routine to urgent, the fast track is for suspected melanoma only,
		// a drug reaction names its drug as the catalogue has it, and a decision or void carries who and when
		assertThat(f.count("select count(*) from referral r where r.patient_id = any(?) and r.requested_urgency is not null"
				+ " and not (r.requested_urgency = 'ROUTINE' and r.urgency = 'URGENT' and exists (select 1 from"
				+ " referral_red_flag f where f.referral_id = r.id))")).isZero();
		assertThat(f.count("select count(*) from referral r where r.patient_id = any(?) and r.urgency ="
				+ " 'SUSPECTED_MELANOMA_FAST_TRACK' and r.reason <> 'SUSPECTED_SKIN_CANCER'")).isZero();
		assertThat(f.count("select count(*) from referral r where r.patient_id = any(?) and (r.reason ="
				+ " 'SKIN_PROBLEM_DURING_CANCER_TREATMENT') <> exists (select 1 from referral_drug d join drug c on"
				+ " c.code = d.code and c.name_ko = d.name_ko and c.name_en = d.name_en and c.drug_class = d.drug_class"
				+ " where d.referral_id = r.id)")).isZero();
		assertThat(f.count("select count(*) from referral r where r.patient_id = any(?) and ((r.status in ('ACCEPTED',"
				+ " 'DECLINED')) <> (r.decided_at is not null and r.decided_by is not null) or (r.status = 'VOIDED') <>"
				+ " (r.voided_at is not null and r.void_reason is not null) or (r.status = 'DECLINED') <>"
				+ " (r.decline_reason is not null) or r.received_at > now() or r.decided_at < r.received_at)")).isZero();
	}

	@Test
	default void theTriageWorklistHasTheOpenReferralsRedFlagsFirst() throws Exception {
		Fixture f = fixture();
		String nurse = f.staff().create(Role.NURSE);
		String json = f.mvc().perform(get("/api/v1/referrals").param("size", "200").with(f.login().as(nurse)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> open = f.jdbc().queryForList("select id::text from referral where status = 'RECEIVED' and patient_id ="
				+ " any(?::uuid[])", String.class, f.patients());
		assertThat(open).isNotEmpty();
		assertThat(JsonPath.<List<String>>read(json, "$[*].referral.id")).containsAnyElementsOf(open);
		f.mvc().perform(get("/referrals").with(f.login().as(nurse))).andExpect(status().isOk());
		String flagged = f.jdbc().queryForObject("select r.id::text from referral r where r.patient_id = any(?::uuid[]) and"
				+ " exists (select 1 from referral_red_flag f where f.referral_id = r.id) limit 1", String.class, f.patients());
		f.mvc().perform(get("/referrals/{id}", flagged).with(f.login().as(nurse))).andExpect(status().isOk());
		f.mvc().perform(get("/api/v1/referrals/{id}", flagged).with(f.login().as(nurse))).andExpect(status().isOk());
	}

	@Test
	default void skinAdverseEventsAndProphylaxisOfAcceptedDrugReactions() throws Exception {
		Fixture f = fixture();
		List<Map<String, Object>> events = f.jdbc().queryForList("select e.id, e.term, e.status, e.proposed_grade,"
				+ " e.confirmed_grade, a.findings::text as findings, a.proposed_grade as assessed_grade from"
				+ " skin_adverse_event e join skin_adverse_event_assessment a on a.adverse_event_id = e.id where"
				+ " e.patient_id = any(?::uuid[])", f.patients());
		assertThat(events).hasSize((int) f.written().adverseEvents()).isNotEmpty();
		assertThat(events).extracting(e -> e.get("status")).contains("active", "resolved");
		// the grade is what ctcae.grade proposes from the stored findings, confirmed as proposed
		RuleEngine rules = new RuleEngine();
		assertThat(events).allSatisfy(e -> {
			Map<String, Object> input = new LinkedHashMap<>(JsonPath.parse((String) e.get("findings")).read("$"));
			input.put("term", e.get("term"));
			Object grade = ((RuleOutcome.Success) rules.evaluate("ctcae.grade", input)).value();
			assertThat(List.of(e.get("proposed_grade"), e.get("confirmed_grade"), e.get("assessed_grade"))).as(e.toString())
				.containsOnly(((Number) grade).intValue());
		});
		// each answers an accepted drug-reaction referral of the same patient and names its drug
		assertThat(f.count("select count(*) from skin_adverse_event e where e.patient_id = any(?) and not exists (select 1"
				+ " from referral r join referral_drug d on d.referral_id = r.id join skin_adverse_event_drug x on"
				+ " x.adverse_event_id = e.id and x.drug_code = d.code where r.id = e.referral_id and r.patient_id ="
				+ " e.patient_id and r.status = 'ACCEPTED' and e.created_at > r.decided_at)")).isZero();
		assertThat(f.count("select count(*) from skin_adverse_event e where e.patient_id = any(?) and (e.onset_date >"
				+ " e.last_assessed_on or e.created_at > now() or e.resolved_on > current_date)")).isZero();
		// the skin-care module's listener proposes the rules' regimen for an accepted referral's EGFR inhibitor, once
		String items = String.join(",", ProphylaxisRegimen.of(DrugClass.EGFR_INHIBITOR).items().stream()
			.map(ProphylaxisItem::code).toList());
		assertThat(f.count("select count(*) from referral r join referral_drug d on d.referral_id = r.id where"
				+ " r.patient_id = any(?) and r.status = 'ACCEPTED' and d.drug_class = 'egfr-inhibitor'")).isPositive()
			.isEqualTo(f.count("select count(*) from skin_prophylaxis p join referral_drug d on d.referral_id ="
					+ " p.trigger_id and d.code = p.drug_code join referral r on r.id = p.trigger_id and r.status ="
					+ " 'ACCEPTED' where p.patient_id = any(?) and p.trigger_kind = 'referral' and p.items = '" + items + "'"))
			.isEqualTo(f.count("select count(*) from skin_prophylaxis where patient_id = any(?)"));
		Map<String, Object> one = f.jdbc().queryForMap("select id, patient_id from skin_adverse_event where patient_id ="
				+ " any(?::uuid[]) limit 1", f.patients());
		f.mvc().perform(get("/adverse-events/{id}", one.get("id")).with(f.login().as(f.derm()))).andExpect(status().isOk());
		f.mvc().perform(get("/api/v1/adverse-events/{id}", one.get("id")).with(f.login().as(f.derm()))).andExpect(status().isOk());
		f.mvc().perform(get("/patients/{id}/adverse-events", one.get("patient_id")).with(f.login().as(f.derm())))
			.andExpect(status().isOk());
	}
}
