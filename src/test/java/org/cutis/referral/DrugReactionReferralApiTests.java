package org.cutis.referral;

import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, the contract of a drug-reaction referral: drugs from the catalogue (or marked free
 * entries), the treating oncologist as a staff account or an outside one, and red flags that make
 * the referral urgent with the SCAR warning and put it first on the triage worklist.
 */
@CutisTest
class DrugReactionReferralApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	DrugReactionReferrals drugReactions;

	String clerk;
	String nurse;
	String oncologist;
	String patientId;

	@BeforeEach
	void setUp() throws Exception {
		clerk = staff.create(Role.CLERK, Department.ADMINISTRATION);
		nurse = staff.create(Role.NURSE, Department.NURSING);
		oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		patientId = JsonPath.read(mvc.perform(post("/api/v1/patients").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "김민준", "nameLatin": "KIM Minjun", "sex": "male", "birthDate": "1961-03-03"}
					"""))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	ResultActions refer(String lang, String drugs, String oncologistJson, String redFlags, String urgency)
			throws Exception {
		return mvc.perform(post("/api/v1/referrals").with(login.as(clerk))
			.header("Accept-Language", lang)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"patientId": "%s", "source": {"kind": "internal", "department": "hematology-oncology"},
					 "reason": "skin-problem-during-cancer-treatment", "urgency": "%s",
					 "drugs": %s, %s, "redFlags": %s, "note": "rash"}
					""".formatted(patientId, urgency, drugs, oncologistJson, redFlags)));
	}

	@Test
	void redFlagsRaiseARoutineReferralToUrgentWithTheScarWarningAndPutItFirstOnTheWorklist() throws Exception {
		// a fast-track melanoma referral waits already: the red-flag referral still comes first
		String fastTrack = JsonPath.read(mvc.perform(post("/api/v1/referrals").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"patientId": "%s", "source": {"kind": "external", "clinic": "연세피부과의원"},
					 "reason": "suspected-skin-cancer", "urgency": "suspected-melanoma-fast-track"}
					""".formatted(patientId)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String id = JsonPath.read(refer("en", "[{\"drug\": \"pembrolizumab\"}, {\"drug\": \"ipilimumab\"}]",
				"\"oncologist\": \"" + oncologist + "\"", "[\"skin-detachment\", \"mucosal-involvement\"]", "routine")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.urgency").value("urgent"))
			.andExpect(jsonPath("$.urgencyRaisedFrom").value("routine"))
			.andExpect(jsonPath("$.scarWarning").value(true))
			.andExpect(jsonPath("$.redFlags", contains("mucosal-involvement", "skin-detachment")))
			.andExpect(jsonPath("$.drugs[0].code").value("pembrolizumab"))
			.andExpect(jsonPath("$.drugs[0].nameKo").value("펨브롤리주맙"))
			.andExpect(jsonPath("$.drugs[0].nameEn").value("Pembrolizumab"))
			.andExpect(jsonPath("$.drugs[0].drugClass").value("immune-checkpoint-inhibitor"))
			.andExpect(jsonPath("$.drugs[0].freeEntry").value(false))
			.andExpect(jsonPath("$.drugs[1].code").value("ipilimumab"))
			.andExpect(jsonPath("$.oncologist.name").value("Test oncologist"))
			.andExpect(jsonPath("$.oncologist.departments", contains("hematology-oncology")))
			.andExpect(jsonPath("$.outsideOncologist").value(nullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String worklist = mvc.perform(get("/api/v1/referrals?size=200").with(login.as(nurse)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<String> ids = JsonPath.read(worklist, "$[*].referral.id");
		java.util.List<Boolean> warnings = JsonPath.read(worklist, "$[*].referral.scarWarning");
		assertThat(ids.indexOf(id)).isNotNegative().isLessThan(ids.indexOf(fastTrack));
		// every red-flag referral (other tests' too) before every other one
		assertThat(warnings.indexOf(false)).isGreaterThan(warnings.lastIndexOf(true));

		// the skin-care clinic's view of the same referral
		DrugReactionReferral referral = drugReactions.find(UUID.fromString(id)).orElseThrow();
		assertThat(referral.oncologistUsername()).isEqualTo(oncologist);
		assertThat(referral.redFlags()).containsExactly(RedFlag.MUCOSAL_INVOLVEMENT, RedFlag.SKIN_DETACHMENT);
		assertThat(referral.scarWarning()).isTrue();
		assertThat(referral.drugs()).extracting(ReferralDrug::code).containsExactly("pembrolizumab", "ipilimumab");
		assertThat(referral.drugs().get(0).drugClass()).isEqualTo(org.cutis.drug.DrugClass.IMMUNE_CHECKPOINT_INHIBITOR);
		assertThat(drugReactions.ofPatient(UUID.fromString(patientId))).extracting(DrugReactionReferral::referralId)
			.containsExactly(UUID.fromString(id));
	}

	@Test
	void withoutRedFlagsTheReferrersUrgencyStaysAndAFreeEntryAndAnOutsideOncologistAreKept() throws Exception {
		refer("en", "[{\"drug\": \"cetuximab\"}, {\"drug\": \"Tebentafusp\", \"freeEntry\": true}]",
				"\"outsideOncologist\": {\"name\": \"박종양\", \"hospital\": \"서울대학교병원\"}", "[]", "routine")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.urgency").value("routine"))
			.andExpect(jsonPath("$.urgencyRaisedFrom").value(nullValue()))
			.andExpect(jsonPath("$.scarWarning").value(false))
			.andExpect(jsonPath("$.drugs[0].drugClass").value("egfr-inhibitor"))
			.andExpect(jsonPath("$.drugs[1].code").value(nullValue()))
			.andExpect(jsonPath("$.drugs[1].nameEn").value("Tebentafusp"))
			.andExpect(jsonPath("$.drugs[1].freeEntry").value(true))
			.andExpect(jsonPath("$.oncologist").value(nullValue()))
			.andExpect(jsonPath("$.outsideOncologist.name").value("박종양"))
			.andExpect(jsonPath("$.outsideOncologist.hospital").value("서울대학교병원"))
			.andExpect(jsonPath("$.cancerDrugs").value(nullValue()));
		// a faster choice stays: a red flag on a fast-track referral keeps the fast track
		refer("en", "[{\"drug\": \"vemurafenib\"}]", "\"oncologist\": \"" + oncologist + "\"", "[\"fever\"]",
				"suspected-melanoma-fast-track")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.urgency").value("suspected-melanoma-fast-track"))
			.andExpect(jsonPath("$.scarWarning").value(true));
	}

	@Test
	void anUnknownDrugWithoutTheFreeEntryMarkAnUnknownRedFlagAndANonOncologistAreFieldErrorsInEnglish()
			throws Exception {
		String dermatologist = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		refer("en", "[{\"drug\": \"cetuximab\"}, {\"drug\": \"Tebentafusp\"}]", "\"oncologist\": \"" + dermatologist + "\"",
				"[]", "routine")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("drugs[1].drug", "oncologist")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("no active drug \"Tebentafusp\"")))
			.andExpect(jsonPath("$.errors[1].message")
				.value("This is not an active oncologist or radiation oncologist account."));
		refer("en", "[{\"drug\": \"cetuximab\"}]", "\"oncologist\": \"" + oncologist + "\"", "[\"itching\"]", "routine")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("redFlags"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Unknown red flag \"itching\"")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(
					"mucosal-involvement, skin-detachment, fever, facial-oedema, disproportionate-pain, "
							+ "eosinophilia-or-organ-involvement")));
		refer("en", "[{\"drug\": \"cetuximab\"}]", "\"outsideOncologist\": {\"name\": \"박종양\"}", "[]", "routine")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("outsideOncologist.hospital")));
		refer("en", "[]", "\"oncologist\": null", "[]", "routine")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("drugs", "oncologist")));
	}

	@Test
	void theSameRefusalsInKorean() throws Exception {
		String nurseAsOncologist = staff.create(Role.NURSE, Department.HEMATOLOGY_ONCOLOGY);
		refer("ko", "[{\"drug\": \"테벤타푸스프\"}]", "\"oncologist\": \"" + nurseAsOncologist + "\"", "[]", "routine")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("drugs[0].drug"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("약 목록에 사용 중인 약 \"테벤타푸스프\"")))
			.andExpect(jsonPath("$.errors[1].field").value("oncologist"))
			.andExpect(jsonPath("$.errors[1].message").value("사용 중인 종양내과 또는 방사선종양학과 의사 계정이 아닙니다."));
		refer("ko", "[{\"drug\": \"cetuximab\"}]", "\"oncologist\": \"" + oncologist + "\"", "[\"가려움\"]", "routine")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("redFlags"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("알 수 없는 경고 징후 \"가려움\"")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("허용 값: mucosal-involvement")));
	}

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void everyRedFlagAndDrugClassHasALabelInBothLanguagesAndATooLongFreeEntryIsAFieldError() throws Exception {
		for (java.util.Locale locale : java.util.List.of(java.util.Locale.KOREAN, java.util.Locale.ENGLISH)) {
			for (RedFlag flag : RedFlag.values()) {
				assertThat(messages.getMessage("referral.redFlag." + flag.code(), null, null, locale)).isNotBlank();
			}
			for (org.cutis.drug.DrugClass drugClass : org.cutis.drug.DrugClass.values()) {
				assertThat(messages.getMessage("drug.class." + drugClass.code(), null, null, locale)).isNotBlank();
			}
		}
		refer("en", "[{\"drug\": \"%s\", \"freeEntry\": true}]".formatted("x".repeat(121)),
				"\"oncologist\": \"" + oncologist + "\"", "[]", "routine")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("drugs[0].drug"))
			.andExpect(jsonPath("$.errors[0].message").value("At most 120 characters."));
	}
}
