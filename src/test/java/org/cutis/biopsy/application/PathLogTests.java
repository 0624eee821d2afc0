package org.cutis.biopsy.application;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;
import org.cutis.identity.Role;
import org.cutis.shared.Paging;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.cutis.support.TestDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The path log over the API, on the page and in the nightly sweep, against the real database. */
@CutisTest
class PathLogTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;
	@Autowired
	BiopsyFlow flow;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	PathLogSweep sweep;
	@Autowired
	PathLog pathLog;
	@Autowired
	EntityManagerFactory entityManagerFactory;
	@Autowired
	Clock clock;

	@Test
	void aSpecimenStaysInTheLogUntilCommunicatedOrVoidedAndIsFlaggedWhenNeverReceived() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		var patient = clinic.patient();
		var lost = flow.order(derm, patient, "bcc", "punch");
		var voided = flow.order(derm, patient, "bcc", "punch");
		String log = "/api/v1/path-log?patientId=" + patient;

		mvc.perform(get(log).with(login.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].state").value("ordered"))
			.andExpect(jsonPath("$[0].overdue").value(false))
			.andExpect(jsonPath("$[0].patientName").value(containsString(Clinic.HANGUL_NAME)));

		flow.step(nurse, lost.specimenId(), "{\"type\": \"collect\"}");
		flow.step(nurse, lost.specimenId(), "{\"type\": \"send\"}");
		// the container went out ten days ago and never arrived
		flow.backdate(lost.specimenId(), 10);
		flow.step(derm, voided.specimenId(), "{\"type\": \"void\", \"reason\": \"ordered on the wrong lesion\"}");

		mvc.perform(get(log).with(login.as(nurse)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].accession").value(lost.accession()))
			.andExpect(jsonPath("$[0].state").value("sent"))
			.andExpect(jsonPath("$[0].overdue").value(true))
			.andExpect(jsonPath("$[0].flag").value("not-received"));
		mvc.perform(get("/path-log").param("patientId", patient.toString()).with(login.as(nurse))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("flag-not-received")))
			.andExpect(content().string(containsString("collected, never received")))
			.andExpect(content().string(containsString("CAP/ADASP")))
			.andExpect(content().string(containsString("public holidays are not counted")))
			.andExpect(content().string(containsString("The center&#39;s configuration, not from a guideline")));
		assertThat(sweep.sweep()).contains("not-received");

		mvc.perform(get(log).with(login.as(staff.create(Role.CLERK)))).andExpect(status().isForbidden());
		mvc.perform(get("/path-log").with(login.as(staff.create(Role.CLERK)))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = ? and record_type = 'path-log'"
				+ " and patient_id = ?", Integer.class, nurse, patient)).isEqualTo(3);
	}

	@Test
	void aSignedBenignResultIsDueForReviewAndFlaggedOnDayFifteen() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		String pathologist = staff.create(Role.PATHOLOGIST);
		var patient = clinic.patient();
		var naevus = flow.received(derm, nurse, pathologist, patient, "melanoma");
		flow.signed(pathologist, naevus.specimenId(), "{\"diagnosis\": \"benign-naevus\"}");
		String log = "/api/v1/path-log?patientId=" + patient;

		mvc.perform(get(log).with(login.as(nurse)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].state").value("signed"))
			.andExpect(jsonPath("$[0].resultBehaviour").value("benign"))
			.andExpect(jsonPath("$[0].malignant").value(false))
			.andExpect(jsonPath("$[0].dueDate").value(LocalDate.now(clock).plusDays(14).toString()))
			.andExpect(jsonPath("$[0].overdue").value(false))
			.andExpect(jsonPath("$[0].flag").value("none"));

		flow.backdate(naevus.specimenId(), 14);
		mvc.perform(get(log).with(login.as(nurse))).andExpect(jsonPath("$[0].overdue").value(false));
		flow.backdate(naevus.specimenId(), 1);
		mvc.perform(get(log).with(login.as(nurse)))
			.andExpect(jsonPath("$[0].dueDate").value(LocalDate.now(clock).minusDays(1).toString()))
			.andExpect(jsonPath("$[0].overdue").value(true))
			.andExpect(jsonPath("$[0].flag").value("benign-not-reviewed"));
		mvc.perform(get("/path-log").param("patientId", patient.toString()).with(login.as(nurse))
			.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("flag-benign-not-reviewed")))
			.andExpect(content().string(containsString("benign result not reviewed")))
			.andExpect(content().string(containsString("a benign result within 14 days")));
		mvc.perform(get("/path-log").param("patientId", patient.toString()).with(login.as(nurse))
			.header("Accept-Language", "ko"))
			.andExpect(content().string(containsString("양성 결과 미확인")))
			.andExpect(content().string(containsString("양성 결과는 14일 이내 확인")));
		assertThat(sweep.sweep()).contains("benign-not-reviewed");

		// reviewed, it waits for the patient to be told; it leaves the log only then
		flow.step(derm, naevus.specimenId(), "{\"type\": \"review\"}");
		mvc.perform(get(log).with(login.as(nurse))).andExpect(jsonPath("$[0].state").value("reviewed"));
		flow.step(nurse, naevus.specimenId(), "{\"type\": \"communicate\", \"method\": \"phone\"}");
		mvc.perform(get(log).with(login.as(nurse))).andExpect(jsonPath("$", hasSize(0)));
	}

	/** A report coded "other" (its behaviour not stated) is reviewed like a malignant one. */
	@Test
	void aResultOfUncertainBehaviourGetsTheMalignantInterval() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		String pathologist = staff.create(Role.PATHOLOGIST);
		var patient = clinic.patient();
		var other = flow.received(derm, nurse, pathologist, patient, "bcc");
		flow.signed(pathologist, other.specimenId(),
				"{\"diagnosis\": \"other\", \"diagnosisText\": \"cutaneous angiosarcoma\"}");
		String log = "/api/v1/path-log?patientId=" + patient;
		mvc.perform(get(log).with(login.as(nurse)))
			.andExpect(jsonPath("$[0].resultBehaviour").value("uncertain"))
			.andExpect(jsonPath("$[0].dueDate").value(LocalDate.now(clock).plusDays(2).toString()));
		flow.backdate(other.specimenId(), 3);
		mvc.perform(get(log).with(login.as(nurse)))
			.andExpect(jsonPath("$[0].flag").value("malignant-not-reviewed"));
		mvc.perform(get("/api/v1/specimens/" + other.specimenId()).with(login.as(nurse)))
			.andExpect(jsonPath("$.resultBehaviour").value("uncertain"));
	}

	/** A page of the path log loads its specimens with their steps in one query, however many there are. */
	@Test
	void theOpenSpecimensComeWithTheirStepsInOneQuery() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		var patient = clinic.patient();
		for (int i = 0; i < 3; i++) {
			var o = flow.order(derm, patient, "bcc", "punch");
			flow.step(nurse, o.specimenId(), "{\"type\": \"collect\"}");
		}
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			var entries = pathLog.page(null, Paging.first()).entries().rows();
			assertThat(entries.size()).isGreaterThanOrEqualTo(3);
			// every specimen's steps came with it: none was fetched on its own (no N+1)
			assertThat(statistics.getCollectionLoadCount()).isGreaterThanOrEqualTo(entries.size());
			assertThat(statistics.getCollectionFetchCount()).isZero();
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

	/**
	 * The steps are history: the application may not change or delete one (it has no right to), and
	 * the database's trigger refuses even the schema owner.
	 */
	@Test
	void theStepsAreAppendOnly() throws Exception {
		var o = flow.order(staff.create(Role.DERMATOLOGIST), clinic.patient(), "bcc", "punch");
		assertThatThrownBy(() -> jdbc.update("update specimen_step set by_user = 'someone else' where specimen_id = ?::uuid",
				o.specimenId())).hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> jdbc.update("delete from specimen_step where specimen_id = ?::uuid", o.specimenId()))
			.hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> jdbc.queryForObject("select backdate_specimen_steps(array[?::uuid], interval '1 day')",
				Integer.class, o.specimenId())).hasStackTraceContaining("permission denied");
		JdbcTemplate owner = TestDatabase.owner();
		assertThatThrownBy(() -> owner.update("update specimen_step set by_user = 'someone else' where specimen_id = ?::uuid",
				o.specimenId())).hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner.update("delete from specimen_step where specimen_id = ?::uuid", o.specimenId()))
			.hasMessageContaining("append-only");
		assertThat(jdbc.queryForObject("select count(*) from specimen_step where specimen_id = ?::uuid", Integer.class,
				o.specimenId())).isEqualTo(1);
	}
}
