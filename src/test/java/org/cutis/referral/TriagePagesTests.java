package org.cutis.referral;

import java.time.LocalDate;

import org.cutis.identity.Role;
import org.cutis.patient.Sex;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Registrations;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class TriagePagesTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Registrations registrations;

	@Test
	void aReferralTakenOnTheIntakeFormAppearsOnTheWorklistAndTheChart() throws Exception {
		String clerk = staff.create(Role.CLERK);
		String nurse = staff.create(Role.NURSE);
		String patient = registrations.register("박하은", Sex.FEMALE, LocalDate.parse("1949-12-01"));
		mvc.perform(get("/patients/" + patient + "/referrals/new").with(login.as(clerk))).andExpect(status().isOk());
		mvc.perform(post("/referrals").with(login.as(clerk))
			.param("patientId", patient)
			.param("sourceKind", "INTERNAL")
			.param("sourceDepartment", "hematology-oncology")
			.param("reason", "SKIN_PROBLEM_DURING_CANCER_TREATMENT")
			.param("drugs", "erlotinib")
			.param("outsideOncologistName", "최민호")
			.param("outsideOncologistHospital", "서울대학교병원")
			.param("urgency", "URGENT")).andExpect(redirectedUrlPattern("/patients/*?referred"));
		mvc.perform(get("/referrals?size=200").with(login.as(nurse)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("박하은")))
			.andExpect(content().string(containsString("항암 치료 중 피부 문제")));
	}

	@Test
	void theIntakeFormShowsFieldMessagesAndSavesNothing() throws Exception {
		String clerk = staff.create(Role.CLERK);
		String patient = registrations.register("정도윤", Sex.MALE, LocalDate.parse("1955-01-01"));
		mvc.perform(post("/referrals").with(login.as(clerk))
			.header("Accept-Language", "en")
			.param("patientId", patient)
			.param("sourceKind", "EXTERNAL")
			.param("reason", "SKIN_PROBLEM_DURING_CANCER_TREATMENT")
			.param("urgency", "ROUTINE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name the referring clinic.")))
			.andExpect(content().string(containsString("Pick at least one cancer drug the patient receives.")))
			.andExpect(content().string(containsString("Choose the treating oncologist, or enter the name")));
		mvc.perform(get("/patients/" + patient).with(login.as(clerk)).header("Accept-Language", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Referral received"))));
	}

	@Test
	void editingAStaleVersionShowsTheConflictPageWithWhatChanged() throws Exception {
		String clerk = staff.create(Role.CLERK);
		String patient = registrations.register("윤서진", Sex.FEMALE, LocalDate.parse("1977-07-07"));
		String form = "nameHangul=윤서진&sex=FEMALE&birthDate=1977-07-07&preferredLanguage=ko&version=0&phone=";
		mvc.perform(post("/patients/" + patient).with(login.as(clerk))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(form + "010-1111-1111")).andExpect(redirectedUrlPattern("/patients/*?changed"));
		mvc.perform(post("/patients/" + patient).with(login.as(clerk))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(form + "010-2222-2222"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Changed by someone else")))
			.andExpect(content().string(containsString("010-1111-1111")));
	}
}
