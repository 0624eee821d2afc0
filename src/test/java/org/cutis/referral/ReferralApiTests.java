package org.cutis.referral;

import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class ReferralApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;

	String nurse;
	String clerk;
	String dermatologist;
	String patientId;

	@BeforeEach
	void setUp() throws Exception {
		nurse = staff.create(Role.NURSE);
		clerk = staff.create(Role.CLERK);
		dermatologist = staff.create(Role.DERMATOLOGIST);
		patientId = JsonPath.read(mvc.perform(post("/api/v1/patients").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "이서연", "nameLatin": "LEE Seoyeon", "sex": "female", "birthDate": "1970-04-04"}
					"""))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	String refer(String reason, String urgency) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/referrals").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"patientId": "%s", "source": {"kind": "external", "clinic": "연세피부과의원"},
					 "reason": "%s", "urgency": "%s", "note": "pigmented lesion, left shoulder"}
					""".formatted(patientId, reason, urgency)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	@Test
	void theWorklistPutsTheMelanomaFastTrackFirstAndDecisionsTakeReferralsOff() throws Exception {
		String routine = refer("suspected-skin-cancer", "routine");
		String fast = refer("suspected-skin-cancer", "suspected-melanoma-fast-track");
		// red-flag referrals (possible SJS/TEN, from other tests on this database) come before everything;
		// after them the melanoma fast track leads
		java.util.List<String> withoutRedFlags = JsonPath.read(mvc.perform(get("/api/v1/referrals?size=200").with(login.as(nurse)))
			.andExpect(jsonPath("$[*].referral.id").value(hasItem(routine)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[?(@.referral.scarWarning == false)].referral.urgency");
		org.assertj.core.api.Assertions.assertThat(withoutRedFlags).first().isEqualTo("suspected-melanoma-fast-track");
		mvc.perform(post("/api/v1/referrals/" + fast + "/accept").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dermatologist\": \"%s\"}".formatted(dermatologist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("accepted"));
		mvc.perform(post("/api/v1/referrals/" + routine + "/decline").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"treated at the referring clinic\"}"))
			.andExpect(jsonPath("$.status").value("declined"));
		mvc.perform(get("/api/v1/referrals?size=200").with(login.as(nurse)))
			.andExpect(jsonPath("$[*].referral.id").value(not(hasItem(fast))))
			.andExpect(jsonPath("$[*].referral.id").value(not(hasItem(routine))));
		mvc.perform(post("/api/v1/referrals/" + routine + "/accept").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dermatologist\": \"%s\"}".formatted(dermatologist)))
			.andExpect(status().isConflict());
	}

	@Test
	void withinOneUrgencyTheOldestReferralComesFirstBecauseItIsTheMostOverdue() throws Exception {
		String older = refer("suspected-skin-cancer", "routine");
		String newer = refer("suspected-skin-cancer", "routine");
		// received a day apart, so the order does not depend on the clock's resolution
		jdbc.update("update referral set received_at = received_at - interval '1 day' where id = ?::uuid", older);
		java.util.List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/referrals?size=200").with(login.as(nurse)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[*].referral.id");
		org.assertj.core.api.Assertions.assertThat(ids.indexOf(older)).isNotNegative().isLessThan(ids.indexOf(newer));
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void voidingTheRegistrationVoidsItsOpenReferralsThroughAPersistedEvent() throws Exception {
		String referral = refer("suspected-skin-cancer", "routine");
		mvc.perform(post("/api/v1/patients/" + patientId + "/void").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"registered twice\"}")).andExpect(status().isOk());
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
			mvc.perform(get("/api/v1/referrals/" + referral).with(login.as(nurse)))
				.andExpect(jsonPath("$.status").value("voided")));
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
				"select count(*) from event_publication where event_type like '%PatientVoided'"
						+ " and serialized_event like ? and completion_date is not null",
				Integer.class, "%" + patientId + "%")).isEqualTo(1);
	}

	@Test
	void aDrugReactionReferralWithoutTheDrugIsRefusedNamingTheFields() throws Exception {
		mvc.perform(post("/api/v1/referrals").with(login.as(clerk))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"patientId": "%s", "source": {"kind": "internal", "department": "hematology-oncology"},
					 "reason": "skin-problem-during-cancer-treatment", "urgency": "urgent"}
					""".formatted(patientId)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("drugs")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("oncologist")));
	}

	@Test
	void declineWithoutReasonAndBookingToANonDermatologistAreRefused() throws Exception {
		String referral = refer("precancerous-lesion", "routine");
		mvc.perform(post("/api/v1/referrals/" + referral + "/decline").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \" \"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/referrals/" + referral + "/accept").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dermatologist\": \"%s\"}".formatted(clerk)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dermatologist"));
		mvc.perform(post("/api/v1/referrals/" + referral + "/decline").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"clerks do not triage\"}")).andExpect(status().isForbidden());
	}

	@Test
	void theChartTimelineShowsTheReferralAndItsDecision() throws Exception {
		String referral = refer("suspected-skin-cancer", "urgent");
		mvc.perform(post("/api/v1/referrals/" + referral + "/decline").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"duplicate referral\"}"));
		mvc.perform(get("/patients/" + patientId).with(login.as(nurse)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Referral declined: <span translate=\"no\">duplicate referral</span>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Referral received: Suspected skin cancer, Urgent")));
	}
}
