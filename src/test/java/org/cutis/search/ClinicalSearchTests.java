package org.cutis.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.PatientRegistration;
import org.cutis.patient.Sex;
import org.cutis.search.index.SearchIndexState;
import org.cutis.search.index.SearchRebuild;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SearchPages;
import org.cutis.support.PathologyFlow;
import org.cutis.support.Staff;
import net.minidev.json.JSONValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clinical search through {@code GET /api/v1/search} and the page behind the header box, on
 * records made through the modules' own APIs: accession numbers exact, the Korean and
 * English cases, what each role may see, voided records gone, the index following changes, the
 * database fallback, a rebuild, and hostile input.
 */
@CutisTest
class ClinicalSearchTests {
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
	SearchRebuild rebuild;
	@Autowired
	JdbcTemplate jdbc;

	String derm;
	String nurse;
	String pathologist;
	String clerk;

	@BeforeEach
	void staffOfEveryKind() {
		derm = staff.create(Role.DERMATOLOGIST);
		nurse = staff.create(Role.NURSE);
		pathologist = staff.create(Role.PATHOLOGIST);
		clerk = staff.create(Role.CLERK);
	}

	/** A patient with a Hangul name no other test uses (three random syllables after 김). */
	UUID patient(String hangul, String latin) {
		return registration.register(new PatientDetails(hangul, latin, Sex.FEMALE, LocalDate.of(1961, 3, 14),
				"010-" + (1000 + ThreadLocalRandom.current().nextInt(9000)) + "-5678", null, "ko", null, null, null, null));
	}

	static String uniqueName() {
		StringBuilder name = new StringBuilder("김");
		for (int i = 0; i < 2; i++) {
			name.appendCodePoint(0xAC00 + ThreadLocalRandom.current().nextInt(11172));
		}
		return name.toString();
	}

	@Test
	void anAccessionNumberFindsItsSpecimenExactlyAndNeverNames() throws Exception {
		UUID patient = patient(uniqueName(), "Sanders Sally");
		BiopsyFlow.Ordered ordered = biopsy.order(derm, patient, "melanoma", "punch");
		List<Map<String, Object>> items = items(search(nurse, ordered.accession()));
		assertThat(items).isNotEmpty()
			.allSatisfy(item -> assertThat(item.get("patientId")).isEqualTo(patient.toString()));
		assertThat(items).anySatisfy(item -> {
			assertThat(item.get("type")).isEqualTo("specimen");
			assertThat(item.get("id")).isEqualTo(ordered.specimenId());
			assertThat((String) item.get("snippet")).contains("<mark>" + ordered.accession() + "</mark>");
		});
		// lower case and without the hyphen: the same specimen; a number nobody has: nothing, not the S-names
		assertThat(items(search(nurse, ordered.accession().toLowerCase()))).extracting(i -> i.get("id")).contains(ordered.specimenId());
		assertThat(items(search(nurse, ordered.accession().replace("-", "")))).extracting(i -> i.get("id"))
			.contains(ordered.specimenId());
		assertThat(items(search(nurse, "S99-999999"))).isEmpty();
		assertThat(items(search(clerk, "S99-999999"))).isEmpty();
		// the clerk may find the patient but not the specimen
		assertThat(items(search(clerk, ordered.accession()))).isEmpty();
	}

	@Test
	void patientsByMrnNamePartsBirthDateAndPhone() throws Exception {
		String name = uniqueName();
		UUID patient = patient(name, "Kim Minsu");
		String mrn = jdbc.queryForObject("select mrn from patient where id = ?", String.class, patient);
		String phone = jdbc.queryForObject("select phone from patient where id = ?", String.class, patient);
		for (String q : List.of(mrn, name, name.substring(1), name.substring(0, 2), phone, phone.replace("-", ""))) {
			assertThat(items(search(clerk, q))).as(q).extracting(i -> i.get("id")).contains(patient.toString());
		}
		assertThat(items(search(clerk, "1961-03-14"))).extracting(i -> i.get("id")).contains(patient.toString());
		assertThat(items(search(clerk, "kim minsu"))).extracting(i -> i.get("id")).contains(patient.toString());
		assertThat(items(search(clerk, "Kim Min"))).extracting(i -> i.get("id")).contains(patient.toString());
		// the search that showed the patient is audited with the query
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SEARCH' and patient_id = ?"
				+ " and detail = ?", Long.class, patient, "q=" + mrn)).isEqualTo(1L);
	}

	@Test
	void koreanAndEnglishWordsSynonymsAndTypos() throws Exception {
		UUID patient = patient(uniqueName(), null);
		PathologyFlow.Signed melanoma = pathology.signed(derm, nurse, pathologist, patient, "melanoma",
				PathologyFlow.melanoma("0.6"));
		String bcc = biopsy.lesion(derm, patient, "front", "cheek", 6, "bcc");
		for (String q : List.of("흑색종", "흑색종이", "melanoma", "Melanomas", "melnoma", "malignant melanoma",
				"superficial spreading")) {
			assertThat(items(search(derm, q, "report"))).as(q)
				.extracting(i -> i.get("id"))
				.contains(melanoma.reportId().toString());
		}
		for (String q : List.of("기저세포암", "basal cell carcinoma", "Basal cell")) {
			assertThat(items(search(derm, q, "lesion"))).as(q).extracting(i -> i.get("id")).contains(bcc);
		}
		String snippet = (String) items(search(derm, "melanoma", "report")).stream()
			.filter(i -> i.get("id").equals(melanoma.reportId().toString()))
			.findFirst()
			.orElseThrow()
			.get("snippet");
		assertThat(snippet).containsIgnoringCase("<mark>melanoma</mark>");
	}

	@Test
	void eachRoleSeesOnlyWhatItMayAndPatientsOnlyTheirOwn() throws Exception {
		UUID mine = patient(uniqueName(), null);
		UUID other = patient(uniqueName(), null);
		String myLesion = biopsy.lesion(derm, mine, "back", "back", 5, "melanoma");
		String otherLesion = biopsy.lesion(derm, other, "back", "back", 5, "melanoma");
		String portal = staff.createPatientAccount(mine);
		// the patient: own lesion, not the other's, not the other's record by MRN
		List<Object> seen = items(search(portal, "흑색종", "lesion")).stream().map(i -> i.get("id")).toList();
		assertThat(seen).contains(myLesion).doesNotContain(otherLesion);
		assertThat(items(search(portal, "melanoma"))).allSatisfy(i -> assertThat(i.get("patientId")).isEqualTo(mine.toString()));
		String otherMrn = jdbc.queryForObject("select mrn from patient where id = ?", String.class, other);
		assertThat(items(search(portal, otherMrn))).isEmpty();
		// the clerk: no clinical records; the dermatologist and the nurse: both lesions
		assertThat(items(search(clerk, "흑색종", "lesion"))).isEmpty();
		assertThat(items(search(derm, "흑색종", "lesion"))).extracting(i -> i.get("id")).contains(myLesion, otherLesion);
		assertThat(items(search(nurse, "흑색종", "lesion"))).extracting(i -> i.get("id")).contains(myLesion, otherLesion);
		// no search at all for monitoring accounts and anonymous callers
		mvc.perform(get("/api/v1/search").param("q", "흑색종").with(login.as(staff.create(Role.MONITORING))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/search").param("q", "흑색종")).andExpect(status().isUnauthorized());
	}

	@Test
	void theIndexFollowsChangesAndVoidedRecordsDisappear() throws Exception {
		String before = uniqueName();
		UUID patient = patient(before, null);
		String lesion = biopsy.lesion(derm, patient, "back", "back", 5, "actinic-keratosis");
		assertThat(items(search(derm, "광선각화증", "lesion"))).extracting(i -> i.get("id")).contains(lesion);
		mvc.perform(post("/lesions/" + lesion + "/void").with(login.as(derm)).with(csrf())
			.param("reason", "recorded on the wrong patient")).andExpect(status().is3xxRedirection());
		assertThat(items(search(derm, "광선각화증", "lesion"))).extracting(i -> i.get("id")).doesNotContain(lesion);
		// a new name is found at once, the old one no longer
		String after = uniqueName();
		long version = jdbc.queryForObject("select version from patient where id = ?", Long.class, patient);
		mvc.perform(put("/api/v1/patients/" + patient)
			.with(login.as(clerk)).contentType("application/json").content("""
					{"version": %d, "nameHangul": "%s", "sex": "female", "birthDate": "1961-03-14", "preferredLanguage": "ko"}
					""".formatted(version, after))).andExpect(status().isOk());
		assertThat(items(search(clerk, after))).extracting(i -> i.get("id")).contains(patient.toString());
		assertThat(items(search(clerk, before))).extracting(i -> i.get("id")).doesNotContain(patient.toString());
	}

	@Test
	void aRebuildAndTheDatabaseFallbackFindTheSameIdentifiers() throws Exception {
		UUID patient = patient(uniqueName(), null);
		BiopsyFlow.Ordered ordered = biopsy.order(derm, patient, "bcc", "shave");
		rebuild.massIndex((phase, done, total) -> {
		});
		assertThat(items(search(nurse, ordered.accession()))).extracting(i -> i.get("id")).contains(ordered.specimenId());
		try {
			state.failed(new IllegalStateException("index directory lost (test)"));
			assertThat(items(search(nurse, ordered.accession()))).extracting(i -> i.get("id")).contains(ordered.specimenId());
			assertThat(items(search(clerk, ordered.accession()))).isEmpty();
			String admin = staff.create(Role.ADMIN);
			String page = mvc.perform(get("/search").param("q", ordered.accession()).with(login.as(admin)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("id=\"search-fallback\"");
			// degraded, not down: the searches still answer (search-quality)
			mvc.perform(get("/actuator/health")).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
					.value("DEGRADED"));
		}
		finally {
			state.ready(0);
		}
	}

	@Test
	void hostileQueriesNeverFailNorReflectMarkup() throws Exception {
		UUID patient = patient(uniqueName(), null);
		biopsy.lesion(derm, patient, "back", "back", 5, "melanoma");
		for (String q : List.of("", " ", "*:*", "OR 1=1", "\"unbalanced", "\\", "melanoma)", "<script>alert(1)</script>",
				"a\u0000b\u0007c\u202e", "*", "?", "~", "title:x AND", "x".repeat(10_000), "흑색종".repeat(3_000),
				"S26-0000\u0000016", "%_%", "'; drop table patient; --")) {
			var api = mvc.perform(get("/api/v1/search").param("q", q).with(login.as(derm))).andReturn().getResponse();
			// 200, or 400 where the firewall refuses a NUL in the URL; never a 5xx
			assertThat(api.getStatus()).as(q).isIn(200, 400);
			assertThat(api.getContentAsString()).doesNotContain("<script>");
			var page = mvc.perform(get("/search").param("q", q).with(login.as(derm))).andReturn().getResponse();
			assertThat(page.getStatus()).as(q).isIn(200, 400);
			assertThat(page.getContentAsString()).doesNotContain("<script>alert");
		}
		for (Map.Entry<String, String> bad : Map.of("from", "2026-13-01", "type", "<b>", "next", "-1").entrySet()) {
			mvc.perform(get("/api/v1/search").param("q", "melanoma").param(bad.getKey(), bad.getValue())
				.with(login.as(derm))).andExpect(status().isBadRequest());
		}
		// the contract: exactly these keys
		String json = mvc.perform(get("/api/v1/search").param("q", "melanoma").with(login.as(derm)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Map<String, Object>>read(json, "$")).containsOnlyKeys("items", "next");
		assertThat(JsonPath.<List<Map<String, Object>>>read(json, "$.items").get(0)).containsOnlyKeys("type", "id",
				"patientId", "title", "snippet");
	}

	String search(String user, String q) throws Exception {
		return search(user, q, null);
	}

	/**
	 * Every page of the answer (following {@code next}), as one {@code {"items": […]}}: the suite's
	 * shared database holds many other tests' melanomas, so this test's record may be on a later page.
	 */
	String search(String user, String q, String type) throws Exception {
		return JSONValue.toJSONString(Map.of("items", pages.items(user, "q", q, "type", type)));
	}

	static List<Map<String, Object>> items(String json) {
		return JsonPath.read(json, "$.items");
	}
}
