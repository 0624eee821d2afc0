package org.cutis.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.cutis.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The generated center's clinic, checked on the center {@link SyntheticCenterTests} generates once:
 * the doctors' sessions cut into slots as the clinic module cuts them, one patient per slot, and
 * each surveillance visit the nurse booked holding its appointment: the patient's, with the plan's
 * responsible doctor, in its session's time and the visit's window, announced to the recall list;
 * the clinic's pages and API read them back.
 */
interface GeneratedClinicChecks {

	GeneratedReferralChecks.Fixture fixture();

	ApplicationContext applicationContext();

	default String sessions() {
		StringBuilder out = new StringBuilder("{");
		fixture().written().clinics().sessionIds().forEach(id -> out.append(out.length() == 1 ? "" : ",").append(id));
		return out.append('}').toString();
	}

	@Test
	default void theDoctorsSessionsAreCutIntoSlotsThatFitAndNeverOverlap() {
		GeneratedReferralChecks.Fixture f = fixture();
		long sessions = f.written().clinics().sessions();
		assertThat(sessions).isPositive().isEqualTo(f.written().clinics().sessionIds().size());
		assertThat(f.jdbc().queryForObject("select count(*) from clinic_session where id = any(?::uuid[]) and capacity *"
				+ " slot_minutes <= extract(epoch from ends_at - starts_at) / 60 and closed_at is null", Long.class,
				sessions())).isEqualTo(sessions);
		// a doctor's sessions never overlap (ClinicSessions.open refuses it), generated or already there
		assertThat(f.jdbc().queryForObject("select count(*) from clinic_session a join clinic_session b on b.clinician ="
				+ " a.clinician and b.day = a.day and b.id <> a.id and b.starts_at < a.ends_at and a.starts_at < b.ends_at"
				+ " where a.id = any(?::uuid[])", Long.class, sessions())).isZero();
		// the recent past and the coming weeks
		Clock clock = applicationContext().getBean(Clock.class);
		LocalDate today = LocalDate.now(clock);
		assertThat(f.jdbc().queryForObject("select min(day) from clinic_session where id = any(?::uuid[])",
				LocalDate.class, sessions())).isBefore(today);
		assertThat(f.jdbc().queryForObject("select max(day) from clinic_session where id = any(?::uuid[])",
				LocalDate.class, sessions())).isAfter(today.plusWeeks(4));
	}

	@Test
	default void everyBookedVisitHoldsItsAppointmentInItsSessionsTimeAndOnePatientPerSlot() {
		GeneratedReferralChecks.Fixture f = fixture();
		Clock clock = applicationContext().getBean(Clock.class);
		long appointments = f.written().clinics().appointments() - f.written().clinics().seen();
		assertThat(f.written().clinics().appointments())
			.isEqualTo(f.count("select count(*) from appointment where patient_id = any(?)"));
		assertThat(appointments).isPositive()
			.isEqualTo(f.count("select count(*) from surveillance_visit where patient_id = any(?) and status = 'booked'"));
		// never two in a slot, never a slot the session does not have
		assertThat(f.count("select count(*) from (select a.session_id, a.slot from appointment a where a.patient_id ="
				+ " any(?) and a.status <> 'cancelled' group by a.session_id, a.slot having count(*) > 1) twice")).isZero();
		assertThat(f.jdbc().queryForObject("select count(*) from (select session_id, slot from appointment where status <>"
				+ " 'cancelled' group by session_id, slot having count(*) > 1) twice", Long.class)).isZero();
		List<Map<String, Object>> booked = f.jdbc().queryForList("select v.id as visit_id, v.patient_id as visit_patient,"
				+ " v.due_from, v.due_to, v.kind as visit_kind, p.responsible, a.*, s.day, s.starts_at as session_start,"
				+ " s.ends_at as session_end, s.slot_minutes, s.capacity, s.clinician as session_clinician, r.status as"
				+ " announced, r.start_at as announced_start from surveillance_visit v join surveillance_plan p on p.id ="
				+ " v.plan_id left join appointment a on a.id = v.appointment_id left join clinic_session s on s.id ="
				+ " a.session_id left join recall_appointment r on r.appointment_id = a.id where v.patient_id ="
				+ " any(?::uuid[]) and v.status = 'booked'", f.patients());
		assertThat(booked).hasSize((int) appointments);
		for (Map<String, Object> b : booked) {
			assertThat(b.get("id")).as("the visit's appointment exists: " + b).isNotNull();
			assertThat(b.get("patient_id")).as(b.toString()).isEqualTo(b.get("visit_patient"));
			assertThat(b.get("clinician")).as(b.toString()).isEqualTo(b.get("responsible"))
				.isEqualTo(b.get("session_clinician"));
			assertThat(java.util.Arrays.asList(b.get("kind"), b.get("reason_code"), b.get("status"))).as(b.toString())
				.containsExactly("follow-up", "follow-up-visit", "booked");
			assertThat(b.get("visit_kind")).isNotEqualTo("imaging");
			// the slot's start, inside the session, on a day of the visit's window, after the booking
			int slot = (Integer) b.get("slot");
			assertThat(slot).as(b.toString()).isBetween(0, (Integer) b.get("capacity") - 1);
			LocalDate day = ((java.sql.Date) b.get("day")).toLocalDate();
			LocalTime sessionStart = ((java.sql.Time) b.get("session_start")).toLocalTime();
			java.time.Instant start = ((java.sql.Timestamp) b.get("starts_at")).toInstant();
			assertThat(start).as(b.toString()).isEqualTo(day.atTime(sessionStart)
				.plusMinutes((long) slot * (Integer) b.get("slot_minutes")).atZone(clock.getZone()).toInstant());
			assertThat(start.atZone(clock.getZone()).toLocalTime())
				.isBefore(((java.sql.Time) b.get("session_end")).toLocalTime());
			assertThat(day).as(b.toString()).isBetween(((java.sql.Date) b.get("due_from")).toLocalDate(),
					((java.sql.Date) b.get("due_to")).toLocalDate());
			assertThat(start).isAfter(((java.sql.Timestamp) b.get("booked_at")).toInstant());
			// what the clinic announced, the recall list keeps
			assertThat(b.get("announced")).as(b.toString()).isEqualTo("booked");
			assertThat(b.get("announced_start")).isEqualTo(b.get("starts_at"));
		}
		// a visit of the recent past seen in its doctor's clinic: done on the appointment's day, the patient seen there
		List<Map<String, Object>> seen = f.jdbc().queryForList("select v.done_on, v.due_from, v.due_to, v.version as"
				+ " visit_version, p.responsible, a.*, s.day, r.status as announced from surveillance_visit v join"
				+ " surveillance_plan p on p.id = v.plan_id join appointment a on a.id = v.appointment_id join clinic_session s"
				+ " on s.id = a.session_id left join recall_appointment r on r.appointment_id = a.id where v.patient_id ="
				+ " any(?::uuid[]) and v.status = 'done'", f.patients());
		assertThat(seen).hasSize((int) f.written().clinics().seen()).isNotEmpty();
		for (Map<String, Object> b : seen) {
			assertThat(java.util.Arrays.asList(b.get("status"), b.get("announced"), b.get("status_changed_by"),
					b.get("clinician"), b.get("done_on"), b.get("visit_version"))).as(b.toString())
				.containsExactly("seen", "seen", b.get("responsible"), b.get("responsible"), b.get("day"), 2L);
			java.time.Instant start = ((java.sql.Timestamp) b.get("starts_at")).toInstant();
			assertThat(((java.sql.Timestamp) b.get("status_changed_at")).toInstant()).as(b.toString())
				.isAfterOrEqualTo(start).isBefore(clock.instant());
			assertThat(((java.sql.Timestamp) b.get("booked_at")).toInstant()).isBefore(start);
			assertThat(((java.sql.Date) b.get("day")).toLocalDate()).isBetween(((java.sql.Date) b.get("due_from"))
				.toLocalDate(), ((java.sql.Date) b.get("due_to")).toLocalDate());
		}
		// a booked visit is off the recall list: no open line of the list's memory
		assertThat(f.count("select count(*) from recall_item r join surveillance_visit v on v.id = r.visit_id where"
				+ " r.patient_id = any(?) and v.status = 'booked' and r.resolved_at is null")).isZero();
	}

	@Test
	default void theClinicListsAndTheAppointmentsApiReadTheGeneratedBookings() throws Exception {
		GeneratedReferralChecks.Fixture f = fixture();
		Map<String, Object> a = f.jdbc().queryForMap("select a.id, a.patient_id, a.clinician, a.session_id, s.day,"
				+ " p.name_hangul from appointment a join clinic_session s on s.id = a.session_id join patient p on p.id ="
				+ " a.patient_id where a.patient_id = any(?::uuid[]) order by a.starts_at limit 1", f.patients());
		String json = f.mvc().perform(get("/api/v1/appointments/{id}", a.get("id")).with(f.login().as(f.derm())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(json, "$.patientId")).isEqualTo(a.get("patient_id").toString());
		assertThat((String) JsonPath.read(json, "$.sessionId")).isEqualTo(a.get("session_id").toString());
		assertThat((String) JsonPath.read(json, "$.reasonCode")).isEqualTo("follow-up-visit");
		String day = a.get("day").toString();
		String list = f.mvc().perform(get("/api/v1/clinics/{username}/appointments", a.get("clinician")).param("date", day)
			.with(f.login().as(f.derm()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains(a.get("id").toString());
		String page = f.mvc().perform(get("/clinics/{username}", a.get("clinician")).param("date", day)
			.with(f.login().as(f.staff().create(Role.NURSE)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains((String) a.get("name_hangul"));
		String sessions = f.mvc().perform(get("/api/v1/clinic-sessions").param("clinician", (String) a.get("clinician"))
			.param("from", day).param("to", day).with(f.login().as(f.derm()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(sessions).contains(a.get("session_id").toString());
		UUID patient = (UUID) a.get("patient_id");
		f.mvc().perform(get("/patients/{id}/surveillance", patient).with(f.login().as(f.derm()))).andExpect(status().isOk());
	}
}
