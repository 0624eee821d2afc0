package org.cutis.staging.web;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.SignedCancers;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Work-up results on the cancer page and the board's case summary read in the reader's language. */
@CutisTest
class WorkupLanguageTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	SignedCancers cancers;

	@Test
	void workupResultsAreWrittenFromMessageKeys() throws Exception {
		String dermatologist = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		String cancerId = cancers.melanoma("1.5", false).cancerId().toString();
		for (String result : new String[] {
				"{\"kind\": \"slnb\", \"slnb\": {\"nodesExamined\": 3, \"nodesPositive\": 1, \"largestDepositMm\": 0.80, \"ene\": true}}",
				"{\"kind\": \"ct\", \"imaging\": {\"findings\": [{\"site\": \"lung\", \"metastasis\": \"yes\"}, {\"site\": \"liver\", \"metastasis\": \"indeterminate\"}]}}",
				"{\"kind\": \"ldh\", \"ldh\": {\"value\": 320, \"unit\": \"U/L\", \"upperLimitOfNormal\": 250}}" }) {
			mvc.perform(post("/api/v1/cancers/" + cancerId + "/workup-results").with(login.as(dermatologist))
				.contentType(MediaType.APPLICATION_JSON).content(result)).andExpect(status().isOk());
		}

		mvc.perform(get("/cancers/" + cancerId).with(login.as(dermatologist)).locale(Locale.KOREAN))
			.andExpect(content().string(allOf(containsString("3개 중 1개 양성, 최대 전이 병소 0.8 mm, 림프절 외 침범"),
					containsString("폐: 전이 있음, 간: 전이 불확실"), containsString("320 U/L (정상 상한 250), 상승"),
					not(containsString("1/3 positive")))));
		mvc.perform(get("/cancers/" + cancerId).with(login.as(dermatologist)).locale(Locale.ENGLISH))
			.andExpect(content().string(allOf(containsString("1/3 positive, largest deposit 0.8 mm, extranodal extension"),
					containsString("320 U/L (upper limit 250), elevated"))));

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !jdbc
			.queryForList("select id from board_case where cancer_id = ?::uuid", String.class, cancerId).isEmpty());
		String caseId = jdbc.queryForObject("select id::text from board_case where cancer_id = ?::uuid limit 1",
				String.class, cancerId);
		mvc.perform(get("/tumor-board/cases/" + caseId).with(login.as(dermatologist)).locale(Locale.KOREAN))
			.andExpect(content().string(allOf(containsString("감시림프절 생검: 결과 기록됨 — 3개 중 1개 양성"),
					containsString("CT: 결과 기록됨 — 폐: 전이 있음"), containsString("혈청 LDH: 결과 기록됨"),
					not(containsString("slnb: resulted")))));
		// the API keeps its stable English lines
		mvc.perform(get("/api/v1/tumor-board/cases/" + caseId).with(login.as(dermatologist)))
			.andExpect(jsonPath("$.cancer.workup[0]").value(containsString("slnb: resulted — 1/3 positive")))
			.andExpect(jsonPath("$.cancer.workupLines").doesNotExist());
	}
}
