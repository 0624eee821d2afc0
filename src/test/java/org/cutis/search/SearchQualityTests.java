package org.cutis.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cutis.identity.Role;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.PatientRegistration;
import org.cutis.patient.Sex;
import org.cutis.search.index.SearchIndexState;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SearchPages;
import org.cutis.support.PathologyFlow;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page's filters (diagnosis, department, state, dates; a patient's records), the
 * highlighting of name parts and beginnings, health while the index is rebuilt or failed, and
 * hostile values in every parameter, for the API and the page.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQualityTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	SearchPages pages;
	@Autowired
	Staff staff;
	@Autowired
	BiopsyFlow biopsy;
	@Autowired
	PathologyFlow pathology;
	@Autowired
	PatientRegistration registration;
	@Autowired
	SearchIndexState state;
	@Autowired
	JdbcTemplate jdbc;

	String derm;
	String nurse;
	String pathologist;
	String admin;
	UUID patient;
	String hangul;
	PathologyFlow.Signed melanoma;
	String bcc;
	String scc;
	String naevus;

	@BeforeAll
	void seed() throws Exception {
		derm = staff.create(Role.DERMATOLOGIST);
		nurse = staff.create(Role.NURSE);
		pathologist = staff.create(Role.PATHOLOGIST);
		admin = staff.create(Role.ADMIN);
		hangul = ClinicalSearchTests.uniqueName();
		patient = registration.register(new PatientDetails(hangul, "Zorbanek Quillotta", Sex.MALE,
				LocalDate.of(1955, 7, 1), "010-" + (1000 + ThreadLocalRandom.current().nextInt(9000)) + "-1111", null,
				"ko", null, null, null, null));
		melanoma = pathology.signed(derm, nurse, pathologist, patient, "melanoma", PathologyFlow.melanoma("0.8"));
		bcc = biopsy.lesion(derm, patient, "front", "cheek", 6, "bcc");
		scc = biopsy.lesion(derm, patient, "front", "cheek", 7, "cscc");
		naevus = biopsy.lesion(derm, patient, "back", "back", 3, "benign-naevus");
	}

	@Test
	void filtersByDiagnosisDepartmentStateAndDates() throws Exception {
		String p = patient.toString();
		String report = melanoma.reportId().toString();
		String specimen = melanoma.specimenId().toString();
		String lesion = melanoma.lesionId().toString();
		assertThat(ids("diagnosis", "melanoma", "patient", p)).contains(report, specimen, lesion)
			.doesNotContain(bcc, scc, naevus, p);
		assertThat(ids("diagnosis", "bcc", "patient", p)).containsExactly(bcc);
		assertThat(ids("diagnosis", "scc", "patient", p)).containsExactly(scc);
		assertThat(ids("diagnosis", "other", "patient", p)).containsExactly(naevus);
		// with words: the words and the filter
		assertThat(ids("q", "cheek", "diagnosis", "bcc", "patient", p)).containsExactly(bcc);
		assertThat(ids("q", "흑색종", "diagnosis", "bcc", "patient", p)).isEmpty();
		// department: pathology holds the specimen and the report, dermatology the lesions (either spelling)
		assertThat(ids("department", "pathology", "patient", p)).containsExactlyInAnyOrder(report, specimen);
		assertThat(ids("department", "DERMATOLOGY", "patient", p)).contains(lesion, bcc, scc, naevus)
			.doesNotContain(report, specimen);
		// state: the signed report's specimen is not yet communicated; the report is signed, none is a draft
		assertThat(ids("state", "uncommunicated", "patient", p)).containsExactly(specimen);
		assertThat(ids("state", "signed", "type", "report", "patient", p)).containsExactly(report);
		assertThat(ids("state", "draft", "patient", p)).isEmpty();
		// dates: the report's day includes it, the day after excludes it
		LocalDate day = jdbc.queryForObject("select record_date from search_document where key = ?", LocalDate.class,
				"report:" + report);
		assertThat(ids("patient", p, "type", "report", "from", day.toString(), "to", day.toString())).containsExactly(report);
		assertThat(ids("patient", p, "type", "report", "from", day.plusDays(1).toString())).isEmpty();
		assertThat(ids("patient", p, "type", "report", "to", day.minusDays(1).toString())).isEmpty();
		// a kind or dates alone select nothing (nothing was typed)
		assertThat(ids("type", "report")).isEmpty();

		// the page: a plain GET form, the filters kept, the results
		String page = page(derm, get("/search").param("diagnosis", "melanoma").param("department", "pathology")
			.param("patient", p));
		assertThat(page).contains("<select id=\"diagnosis\" name=\"diagnosis\"", "<select id=\"department\"",
				"<select id=\"state\"", "name=\"from\"", "name=\"to\"", "method=\"get\"")
			.contains("<option value=\"melanoma\" selected=\"selected\">흑색종</option>")
			.contains("/specimens/" + specimen + "/report")
			.contains("name=\"patient\" value=\"" + p + "\"")
			.doesNotContain("/lesions/" + bcc);
		String english = page(derm, get("/search").param("state", "uncommunicated").param("patient", p).param("lang", "en"));
		assertThat(english).contains("Specimens with results not yet communicated", "Diagnosis", "/specimens/" + specimen);
	}

	@Test
	void nameBeginningsAndTwoSyllablePartsAreHighlightedEscapedFirst() throws Exception {
		String part = hangul.substring(1);
		Map<String, Object> item = item(patient.toString(), "q", part);
		assertThat((String) item.get("snippet")).contains(hangul.charAt(0) + "<mark>" + part + "</mark>");
		// the API's title stays plain text; the page marks it
		assertThat((String) item.get("title")).doesNotContain("<mark>");
		assertThat(page(derm, get("/search").param("q", part))).contains(hangul.charAt(0) + "<mark>" + part + "</mark>");
		assertThat((String) item(patient.toString(), "q", "Zorb Quill").get("snippet"))
			.contains("<mark>Zorb</mark>anek", "<mark>Quill</mark>otta");
		assertThat((String) item(patient.toString(), "q", hangul.substring(0, 2)).get("snippet"))
			.contains("<mark>" + hangul.substring(0, 2) + "</mark>" + hangul.substring(2));
		// a report found by a word of its text: highlighted by the analyser (the particle dropped)
		assertThat((String) item(melanoma.reportId().toString(), "q", "흑색종이", "patient", patient.toString())
			.get("snippet")).contains("<mark>");
		// markup typed next to a name is never reflected as markup
		String page = page(derm, get("/search").param("q", part + " <mark>x</mark><script>alert(1)</script>"));
		assertThat(page).doesNotContain("<script>alert", "<mark>x</mark>");
	}

	@Test
	void aRebuildingOrFailedIndexIsDegradedNotDownAndAdministratorsAreTold() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		assertThat(page(admin, get("/home"))).doesNotContain("search-index-notice");
		try {
			state.rebuilding(120, 480);
			mvc.perform(get("/actuator/health")).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("DEGRADED"));
			assertThat(page(admin, get("/home"))).contains("id=\"search-index-notice\"", "검색 색인을 다시 만드는 중", "120",
					"480");
			assertThat(page(nurse, get("/home"))).doesNotContain("search-index-notice");
			// the desk still finds the patient, from the database
			assertThat(ids("q", jdbc.queryForObject("select mrn from patient where id = ?", String.class, patient)))
				.contains(patient.toString());
			state.failed(new IllegalStateException("index directory lost (test)"));
			mvc.perform(get("/actuator/health")).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("DEGRADED"));
			assertThat(page(admin, get("/home"))).contains("id=\"search-index-notice\"", "검색 색인에 문제가 있어");
		}
		finally {
			state.ready(0);
		}
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void hostileValuesInEveryParameterNeverFailNorReflectMarkup() throws Exception {
		// the query's own hostile values are ClinicalSearchTests'; here every other parameter, and markup in the query
		List<String> hostile = List.of("*:*", "\\", "<script>alert(1)</script>", "a\u0001b\u0085c\u202e", "x".repeat(10_000),
				"<mark>m</mark>");
		for (String param : List.of("q", "type", "from", "to", "diagnosis", "department", "state", "patient", "next")) {
			for (String value : param.equals("q") ? List.of("<mark>m</mark>", "\"<script>", "a\u0001b\u0085c") : hostile) {
				MockHttpServletResponse api = mvc.perform(get("/api/v1/search").param(param, value)
					.param(param.equals("q") ? "state" : "q", param.equals("q") ? "" : hangul).with(login.as(derm)))
					.andReturn().getResponse();
				assertThat(api.getStatus()).as(param + "=" + value).isIn(200, 400);
				assertThat(api.getContentAsString()).as(param).doesNotContain("<script", "<mark>m</mark>");
				MockHttpServletResponse page = mvc.perform(get("/search").param(param, value)
					.param(param.equals("q") ? "state" : "q", param.equals("q") ? "" : hangul).with(login.as(derm)))
					.andReturn().getResponse();
				assertThat(page.getStatus()).as(param + "=" + value).isIn(200, 400);
				assertThat(page.getContentAsString()).as(param).doesNotContain("<script>alert", "<mark>m</mark>");
			}
		}
		// a bad filter is named in the reader's language, on the page and in the API
		assertThat(page(derm, get("/search").param("q", "melanoma").param("diagnosis", "lymphoma")))
			.contains("진단 조건은 흑색종, 기저세포암, 편평세포암, 그 밖의 진단 중 하나입니다.");
		String problem = mvc.perform(get("/api/v1/search").param("q", "melanoma").param("patient", "x")
			.with(login.as(derm))).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(problem).contains("patient");
	}

	private String page(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(login.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private Map<String, Object> item(String id, String... params) throws Exception {
		return items(params).stream().filter(i -> id.equals(i.get("id"))).findFirst()
			.orElseThrow(() -> new AssertionError(id + " not found by " + List.of(params)));
	}

	private Set<String> ids(String... params) throws Exception {
		Set<String> ids = new TreeSet<>();
		items(params).forEach(i -> ids.add((String) i.get("id")));
		return ids;
	}

	/** Every page of the dermatologist's answer. */
	private List<Map<String, Object>> items(String... params) throws Exception {
		return pages.items(derm, params);
	}
}
