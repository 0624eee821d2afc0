package org.cutis.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10: the cancer special co-payment (V193) worklist lists registrations expiring within 90
 * days and patients with a confirmed malignant cancer without a registration in force; each
 * patient shown is audited as LIST.
 */
@CutisTest
class SpecialCopayWorklistTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Clock clock;

	String registerWithCopay(String clerk, LocalDate registeredOn) throws Exception {
		String body = mvc.perform(post("/api/v1/patients").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "박서연", "sex": "female", "birthDate": "1966-06-06",
					 "insurance": {"type": "national-health-insurance"},
					 "specialCopay": {"number": "C%d", "registeredOn": "%s"}}
					""".formatted(System.nanoTime() % 1_000_000, registeredOn)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.specialCopay.expiresOn").value(registeredOn.plusYears(5).toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	void giveCopay(String clerk, UUID patientId, LocalDate registeredOn) throws Exception {
		long version = jdbc.queryForObject("select version from patient where id = ?", Long.class, patientId);
		String patient = mvc.perform(get("/api/v1/patients/" + patientId).with(login.as(clerk)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(put("/api/v1/patients/" + patientId).with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "%s", "sex": "%s", "birthDate": "%s", "version": %d,
					 "specialCopay": {"number": "R%d", "registeredOn": "%s"}}
					""".formatted(JsonPath.read(patient, "$.nameHangul"), JsonPath.read(patient, "$.sex"),
					JsonPath.read(patient, "$.birthDate"), version, System.nanoTime() % 1_000_000, registeredOn)))
			.andExpect(status().isOk());
	}

	int listed(String user, UUID patientId) {
		return jdbc.queryForObject("select count(*) from audit_entry where username = ? and action = 'LIST'"
				+ " and record_type = 'special-copay-worklist' and patient_id = ?", Integer.class, user, patientId);
	}

	@Test
	void listsRegistrationsExpiringSoonAndConfirmedCancersWithoutOne() throws Exception {
		String clerk = staff.create(Role.CLERK);
		LocalDate today = LocalDate.now(clock);
		String expiring = registerWithCopay(clerk, today.minusYears(5).plusDays(30));
		String later = registerWithCopay(clerk, today.minusYears(5).plusDays(120));
		Signed without = cancers.melanoma("1.2", false);
		Signed covered = cancers.melanoma("0.6", false);
		giveCopay(clerk, covered.patientId(), today.minusYears(1));
		Signed lapsed = cancers.melanoma("2.5", true);
		giveCopay(clerk, lapsed.patientId(), today.minusYears(6));

		String json = mvc.perform(get("/api/v1/special-copay/worklist").with(login.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.windowDays").value(90))
			.andExpect(jsonPath("$.expiring[*].patientId").value(hasItem(expiring)))
			.andExpect(jsonPath("$.expiring[*].patientId").value(not(hasItem(later))))
			.andExpect(jsonPath("$.expiring[?(@.patientId == '" + expiring + "')].daysLeft").value(hasItem(30)))
			.andExpect(jsonPath("$.missing[*].patientId").value(hasItem(without.patientId().toString())))
			.andExpect(jsonPath("$.missing[*].patientId").value(hasItem(lapsed.patientId().toString())))
			.andExpect(jsonPath("$.missing[*].patientId").value(not(hasItem(covered.patientId().toString()))))
			.andExpect(jsonPath("$.missing[?(@.patientId == '" + without.patientId() + "')].cancerId")
				.value(hasItem(without.cancerId().toString())))
			.andExpect(jsonPath("$.missing[?(@.patientId == '" + lapsed.patientId() + "')].lapsedOn")
				.value(hasItem(today.minusYears(1).toString())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the registration desk learns that there is a confirmed cancer, not which
		assertThat(json).doesNotContain("melanoma");

		assertThat(listed(clerk, UUID.fromString(expiring))).isEqualTo(1);
		assertThat(listed(clerk, without.patientId())).isEqualTo(1);
		assertThat(listed(clerk, covered.patientId())).isZero();
		assertThat(listed(clerk, UUID.fromString(later))).isZero();

		// the page, for a nurse, who may read cancers
		String nurse = staff.create(Role.NURSE);
		mvc.perform(get("/special-copay/worklist").with(login.as(nurse)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("암 산정특례")))
			.andExpect(content().string(containsString(without.patientId().toString())));
		mvc.perform(get("/api/v1/special-copay/worklist").with(login.as(nurse)))
			.andExpect(jsonPath("$.missing[?(@.patientId == '" + without.patientId() + "')].kind")
				.value(hasItem("melanoma")));
		assertThat(listed(nurse, without.patientId())).isEqualTo(2);
	}

	@Test
	void isForTheRegistrationDeskNursesAndAdministrators() throws Exception {
		mvc.perform(get("/api/v1/special-copay/worklist").with(login.as(staff.create(Role.ADMIN))))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/special-copay/worklist").with(login.as(staff.create(Role.DERMATOLOGIST))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/special-copay/worklist").with(login.as(staff.create(Role.PATHOLOGIST))))
			.andExpect(status().isForbidden());
	}
}
