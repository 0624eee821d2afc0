package org.cutis.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cutis.identity.Role;
import org.cutis.rules.followup.FollowUpImaging;
import org.cutis.rules.followup.FollowUpSchedule;
import org.cutis.rules.followup.Guideline;
import org.cutis.surveillance.plan.application.SurveillanceProperties;
import org.cutis.surveillance.plan.domain.ScheduleBasis;
import org.cutis.surveillance.plan.domain.Schedules;
import org.cutis.surveillance.plan.domain.VisitCalendar;
import org.cutis.surveillance.recall.application.RecallWorklist;
import org.cutis.surveillance.recall.domain.OpenVisit;
import org.cutis.surveillance.recall.domain.RecallItem;
import org.cutis.surveillance.recall.domain.RecallKind;
import org.cutis.surveillance.recall.domain.RecallPolicy;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The generated center's follow-up, checked on the center {@link SyntheticCenterTests} generates
 * once: a surveillance plan only for a cancer whose treatment plan completed, its calendar the one
 * the application's own VisitCalendar makes from the rules' schedule for the plan's stage, and the
 * recall items the ones the application's recall list finds (also without its memory).
 */
interface GeneratedSurveillanceChecks {

	GeneratedReferralChecks.Fixture fixture();

	ApplicationContext applicationContext();

	@Test
	default void everySurveillancePlanFollowsACompletedTreatmentOfItsCancer() {
		GeneratedReferralChecks.Fixture f = fixture();
		long plans = f.written().treated().surveillancePlans();
		assertThat(plans).isPositive();
		assertThat(f.count("select count(*) from surveillance_plan p join treatment_plan t on t.id = p.treatment_plan_id"
				+ " join cancer_diagnosis c on c.id = p.cancer_id where p.patient_id = any(?) and t.cancer_id = p.cancer_id"
				+ " and c.patient_id = p.patient_id and t.completed_at is not null and p.proposed_at >= t.completed_at"
				+ " and c.kind = p.diagnosis")).isEqualTo(plans);
		assertThat(f.count("select count(*) from surveillance_plan where patient_id = any(?) and status = 'active'"))
			.isPositive();
		// a visit belongs to its plan's patient; an active plan has its calendar, merged visits point into another plan's
		assertThat(f.count("select count(*) from surveillance_visit v join surveillance_plan p on p.id = v.plan_id where"
				+ " p.patient_id = any(?) and v.patient_id <> p.patient_id")).isZero();
		assertThat(f.count("select count(*) from surveillance_plan p where p.patient_id = any(?) and p.status = 'active'"
				+ " and not exists (select 1 from surveillance_visit v where v.plan_id = p.id)")).isZero();
		assertThat(f.count("select count(*) from surveillance_visit v join surveillance_visit m on m.id = v.merged_into"
				+ " where v.patient_id = any(?) and (m.plan_id = v.plan_id or m.patient_id <> v.patient_id)")).isZero();
		assertThat(f.count("select count(*) from surveillance_visit where patient_id = any(?)"))
			.isEqualTo(f.written().treated().surveillanceVisits());
	}

	@Test
	default void theCalendarIsTheOneTheApplicationMakesFromTheFollowUpRule() {
		GeneratedReferralChecks.Fixture f = fixture();
		Clock clock = applicationContext().getBean(Clock.class);
		SurveillanceProperties properties = applicationContext().getBean(SurveillanceProperties.class);
		List<Map<String, Object>> active = f.jdbc().queryForList("select * from surveillance_plan where patient_id ="
				+ " any(?::uuid[]) and activated_at is not null", f.patients());
		assertThat(active).isNotEmpty();
		for (Map<String, Object> plan : active) {
			ScheduleBasis basis = new ScheduleBasis(org.cutis.rules.followup.Diagnosis.valueOf((String) plan.get("diagnosis")),
					(String) plan.get("stage"), false, null);
			FollowUpSchedule schedule = Schedules.of(Guideline.valueOf((String) plan.get("guideline")), basis).value();
			List<Integer> intervals = Arrays.stream(((String) plan.get("intervals")).split(",")).map(Integer::valueOf)
				.toList();
			assertThat(intervals).isEqualTo(VisitCalendar.intervals(schedule.periods(), null, "intervals"));
			LocalDate start = ((java.sql.Timestamp) plan.get("activated_at")).toInstant().atZone(clock.getZone())
				.toLocalDate();
			List<String> expected = VisitCalendar.generate(schedule, intervals,
					VisitCalendar.intervals(FollowUpImaging.periods(schedule), null, "imagingIntervals"),
					((java.sql.Date) plan.get("anchor_date")).toLocalDate(), start, properties.windowFraction(),
					properties.lifelongYears())
				.stream().map(v -> v.kind() + " " + v.dueOn() + " " + v.dueFrom() + " " + v.dueTo()).sorted().toList();
			List<String> written = f.jdbc().queryForList("select kind || ' ' || due_on || ' ' || due_from || ' ' || due_to"
					+ " from surveillance_visit where plan_id = ?", String.class, plan.get("id")).stream().sorted().toList();
			assertThat(written).as(plan.toString()).isEqualTo(expected);
		}
	}

	@Test
	default void theRecallItemsAreTheOnesTheApplicationsRecallListFinds() throws Exception {
		GeneratedReferralChecks.Fixture f = fixture();
		Clock clock = applicationContext().getBean(Clock.class);
		LocalDate today = LocalDate.now(clock);
		List<Map<String, Object>> items = f.jdbc().queryForList("select r.visit_id, r.kind, v.kind as visit_kind,"
				+ " v.due_from, v.due_to, v.plan_id, v.status from recall_item r join surveillance_visit v on v.id ="
				+ " r.visit_id where r.patient_id = any(?::uuid[]) and r.resolved_at is null", f.patients());
		assertThat(items).hasSize((int) f.written().treated().recallItems()).isNotEmpty();
		// each kept with the list's order and filter as the application writes them (V1891): its kind's urgency,
		// its visit's window, its plan's responsible doctor
		List<Map<String, Object>> kept = f.jdbc().queryForList("select r.visit_id, r.kind, r.urgency, r.due_from,"
				+ " r.due_to, r.responsible, v.due_from as visit_from, v.due_to as visit_to, p.responsible as doctor"
				+ " from recall_item r join surveillance_visit v on v.id = r.visit_id join surveillance_plan p"
				+ " on p.id = v.plan_id where r.patient_id = any(?::uuid[]) and r.resolved_at is null", f.patients());
		for (Map<String, Object> k : kept) {
			assertThat(((Number) k.get("urgency")).intValue()).as(k.toString())
				.isEqualTo(RecallKind.fromCode((String) k.get("kind")).rank());
			assertThat(k.get("due_from")).as(k.toString()).isEqualTo(k.get("visit_from"));
			assertThat(k.get("due_to")).as(k.toString()).isEqualTo(k.get("visit_to"));
			assertThat(k.get("responsible")).as(k.toString()).isNotNull().isEqualTo(k.get("doctor"));
		}
		// without the list's memory, the policy finds each for the same reason today
		RecallPolicy policy = new RecallPolicy(Period.ofDays(30));
		Map<UUID, String> generated = new HashMap<>();
		for (Map<String, Object> i : items) {
			OpenVisit visit = new OpenVisit((UUID) i.get("visit_id"), (UUID) i.get("plan_id"), null, false,
					(String) i.get("visit_kind"), null, ((java.sql.Date) i.get("due_from")).toLocalDate(),
					((java.sql.Date) i.get("due_to")).toLocalDate(), (String) i.get("status"), null, null, null);
			assertThat(policy.assess(visit, null, List.of(), null, false, today).map(a -> a.kind().code()))
				.as(i.toString()).contains((String) i.get("kind"));
			generated.put((UUID) i.get("visit_id"), (String) i.get("kind"));
		}
		// the application's list, over every open visit of these patients, finds exactly these
		List<UUID> patients = Arrays.stream(f.patients().replaceAll("[{}]", "").split(",")).map(UUID::fromString).toList();
		Map<UUID, String> listed = applicationContext().getBean(RecallWorklist.class).current().stream()
			.filter(i -> patients.contains(i.visit().patientId()))
			.collect(Collectors.toMap(i -> i.visit().id(), (RecallItem i) -> i.kind().code()));
		assertThat(listed).isEqualTo(generated);
		f.mvc().perform(get("/recall").with(f.login().as(f.staff().create(Role.NURSE)))).andExpect(status().isOk());
	}

	@Test
	default void theApplicationOpensTheGeneratedSurveillancePlans() throws Exception {
		GeneratedReferralChecks.Fixture f = fixture();
		Map<String, Object> plan = f.jdbc().queryForMap("select id, cancer_id, patient_id from surveillance_plan where"
				+ " patient_id = any(?::uuid[]) and status = 'active' limit 1", f.patients());
		String json = f.mvc().perform(get("/api/v1/surveillance-plans/{id}", plan.get("id")).with(f.login().as(f.derm())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json).contains(plan.get("cancer_id").toString());
		f.mvc().perform(get("/surveillance-plans/{id}", plan.get("id")).with(f.login().as(f.derm())))
			.andExpect(status().isOk());
		f.mvc().perform(get("/patients/{id}/surveillance", plan.get("patient_id")).with(f.login().as(f.derm())))
			.andExpect(status().isOk());
		f.mvc().perform(get("/cancers/{id}/surveillance", plan.get("cancer_id")).with(f.login().as(f.derm())))
			.andExpect(status().isOk());
	}
}
