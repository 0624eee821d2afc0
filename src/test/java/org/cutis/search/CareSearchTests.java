package org.cutis.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.cutis.clinic.visit.VisitAppointments;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.search.index.SearchDocument;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SearchPages;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Treatment records, visit notes and skin adverse events in the clinical search, made through
 * their modules' own APIs and found through {@code GET /api/v1/search}: by a Korean and an English
 * word when created, by the new word and not the old one when changed, gone when voided, and never
 * for a role that cannot open the record; and a rebuild from the database makes the same document
 * as the change did.
 */
@CutisTest
class CareSearchTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	SearchPages pages;
	@Autowired
	Staff staff;
	@Autowired
	SignedCancers cancers;
	@Autowired
	Clinic clinic;
	@Autowired
	VisitAppointments visits;
	@Autowired
	java.time.Clock clock;
	@Autowired
	List<Searchable> searchables;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	JdbcTemplate jdbc;

	String clerk;

	@BeforeEach
	void aClerk() {
		clerk = staff.create(Role.CLERK);
	}

	@AfterEach
	void backToToday() {
		visits.backToToday();
	}

	@Test
	void anExcisionIsFoundByItsWordsFollowsItsCorrectionAndVanishesWhenVoided() throws Exception {
		Signed s = cancers.melanoma("0.8", false);
		String surgeon = s.dermatologist();
		String body = api(surgeon, "/api/v1/cancers/" + s.cancerId() + "/excisions", """
				{"performedOn": "%s", "plannedMargin": 1, "marginUnit": "cm", "complications": "hematoma 혈종"}
				""".formatted(LocalDate.now(clock))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		long version = ((Number) JsonPath.read(body, "$.version")).longValue();
		for (String q : List.of("광범위 국소 절제", "혈종", "wide local excision", "hematoma")) {
			assertThat(ids(surgeon, q, "treatment")).as(q).contains(id);
		}
		// the re-excision specimen's accession finds it exactly
		assertThat(ids(s.nurse(), JsonPath.read(body, "$.specimenAccession"), "treatment")).contains(id);
		// a role that cannot open excisions never sees it
		assertThat(ids(clerk, "wide local excision", null)).doesNotContain(id);

		api(surgeon, "/api/v1/excisions/" + id + "/complications", """
				{"complications": "wound dehiscence 봉합부 벌어짐", "version": %d}
				""".formatted(version)).andExpect(status().isOk());
		assertThat(ids(surgeon, "dehiscence", "treatment")).contains(id);
		assertThat(ids(surgeon, "벌어짐", "treatment")).contains(id);
		assertThat(ids(surgeon, "hematoma", "treatment")).doesNotContain(id);
		assertThat(ids(surgeon, "혈종", "treatment")).doesNotContain(id);

		api(surgeon, "/api/v1/excisions/" + id + "/void", """
				{"reason": "recorded on the wrong cancer", "version": %d}
				""".formatted(version + 1)).andExpect(status().isOk());
		assertThat(ids(surgeon, "wide local excision", "treatment")).doesNotContain(id);
		assertThat(ids(surgeon, "벌어짐", null)).doesNotContain(id);
		rebuildAgrees("treatment", id);
	}

	@Test
	void aProcedureIsFoundInBothLanguagesAndVanishesWhenVoided() throws Exception {
		Signed s = cancers.melanoma("0.5", false);
		String derm = s.dermatologist();
		String id = JsonPath.read(api(derm, "/api/v1/procedures", """
				{"kind": "cryotherapy", "lesionId": "%s", "performedOn": "%s", "cycles": 2}
				""".formatted(s.lesionId(), LocalDate.now(clock))).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString(), "$.id");
		assertThat(ids(derm, "냉동치료", "treatment")).contains(id);
		assertThat(ids(derm, "cryotherapy", "treatment")).contains(id);
		assertThat(ids(clerk, "cryotherapy", null)).doesNotContain(id);
		api(derm, "/api/v1/procedures/" + id + "/void", "{\"reason\": \"wrong lesion\", \"version\": 0}")
			.andExpect(status().isOk());
		assertThat(ids(derm, "cryotherapy", "treatment")).doesNotContain(id);
		rebuildAgrees("treatment", id);
	}

	@Test
	void aMohsCaseFollowsItsStagesClosureAndAddendum() throws Exception {
		Signed s = cancers.signedAt("head", "nose", 12, "bcc", """
				{"diagnosis": "bcc", "bccSubtypes": "nodular"}
				""");
		String derm = s.dermatologist();
		String id = JsonPath.read(api(derm, "/api/v1/mohs-cases", """
				{"lesionId": "%s", "cancerId": "%s", "patient": "healthy", "recurrent": false, "priorRadiationAtSite": false}
				""".formatted(s.lesionId(), s.cancerId())).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
		for (String q : List.of("결절형", "기저세포암", "Mohs", "nodular")) {
			assertThat(ids(derm, q, "mohs")).as(q).contains(id);
		}
		assertThat(ids(clerk, "Mohs", null)).doesNotContain(id);

		// the first stage leaves tumour at a peripheral margin, the second is clear
		api(derm, "/api/v1/mohs-cases/" + id + "/stages", """
				{"blocks": [{"number": 1, "fromClock": 12, "toClock": 2, "margin": "clear"},
				            {"number": 2, "fromClock": 2, "toClock": 4, "margin": "peripheral"},
				            {"number": 3, "fromClock": 4, "toClock": 12, "margin": "clear"}], "frozenSectionMinutes": 35}
				""").andExpect(status().isCreated());
		assertThat(ids(derm, "측면 절제연", "mohs")).contains(id);
		assertThat(ids(derm, "peripheral", "mohs")).contains(id);
		api(derm, "/api/v1/mohs-cases/" + id + "/stages", """
				{"blocks": [{"number": 1, "fromClock": 2, "toClock": 4, "margin": "clear"}], "frozenSectionMinutes": 25}
				""").andExpect(status().isCreated());
		assertThat(ids(derm, "모든 절제연 음성", "mohs")).contains(id);
		assertThat(ids(derm, "peripheral", "mohs")).doesNotContain(id);
		assertThat(ids(derm, "측면", "mohs")).doesNotContain(id);

		api(derm, "/api/v1/mohs-cases/" + id + "/closure", """
				{"defectLengthMm": 18, "defectWidthMm": 14, "closure": "flap", "detail": "rotation"}
				""").andExpect(status().isOk());
		assertThat(ids(derm, "회전 피판", "mohs")).contains(id);
		assertThat(ids(derm, "rotation flap", "mohs")).contains(id);
		api(derm, "/api/v1/mohs-cases/" + id + "/sign", Staff.SIGNATURE_JSON).andExpect(status().isOk());
		api(derm, "/api/v1/mohs-cases/" + id + "/addenda",
				"{\"text\": \"Alar notching 비익 함몰 at day 7\", \"password\": \"" + Staff.PASSWORD + "\"}")
			.andExpect(status().isCreated());
		assertThat(ids(derm, "notching", "mohs")).contains(id);
		assertThat(ids(derm, "비익", "mohs")).contains(id);
		assertThat(ids(clerk, "notching", null)).doesNotContain(id);
		rebuildAgrees("mohs", id);
	}

	@Test
	void aSystemicCourseIsFoundByItsRegimenAndFollowsItsEnd() throws Exception {
		Signed s = cancers.melanoma("2.5", true);
		String oncologist = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		String id = JsonPath.read(api(oncologist, "/api/v1/systemic-courses", """
				{"cancerId": "%s", "regimen": "nivolumab", "setting": "adjuvant", "line": 1, "heightCm": 172,
				 "weightKg": 68.5, "startDate": "%s"}
				""".formatted(s.cancerId(), LocalDate.now(clock).minusDays(42))).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		for (String q : List.of("Nivolumab", "면역항암제", "수술 후 보조요법", "adjuvant", "ongoing")) {
			assertThat(ids(oncologist, q, "therapy")).as(q).contains(id);
		}
		assertThat(ids(clerk, "nivolumab", null)).doesNotContain(id);

		api(oncologist, "/api/v1/systemic-courses/" + id + "/end", """
				{"date": "%s", "reason": "toxicity", "note": "immune hepatitis 간염"}
				""".formatted(LocalDate.now(clock))).andExpect(status().isOk());
		for (String q : List.of("독성", "toxicity", "hepatitis", "간염")) {
			assertThat(ids(oncologist, q, "therapy")).as(q).contains(id);
		}
		assertThat(ids(oncologist, "ongoing", "therapy")).doesNotContain(id);
		assertThat(ids(oncologist, "진행 중", "therapy")).doesNotContain(id);
		assertThat(ids(s.nurse(), "nivolumab toxicity", "therapy")).contains(id);

		// a radiotherapy course of the same cancer: its target site as typed, intent and technique
		String radiation = staff.create(Role.RADIATION_ONCOLOGIST, Department.RADIATION_ONCOLOGY);
		String rt = JsonPath.read(api(radiation, "/api/v1/radiotherapy-courses", """
				{"cancerId": "%s", "site": "left axilla 왼쪽 겨드랑이", "intent": "adjuvant", "technique": "imrt",
				 "totalDoseGy": 48, "fractions": 20, "dosePerFractionGy": 2.4, "startDate": "%s", "endDate": null}
				""".formatted(s.cancerId(), LocalDate.now(clock).minusDays(30))).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		for (String q : List.of("방사선치료", "겨드랑이", "intensity-modulated", "axilla ongoing")) {
			assertThat(ids(radiation, q, "therapy")).as(q).contains(rt);
		}
		assertThat(ids(clerk, "axilla", null)).doesNotContain(rt);
		api(radiation, "/api/v1/radiotherapy-courses/" + rt + "/end",
				"{\"endDate\": \"%s\"}".formatted(LocalDate.now(clock).minusDays(2))).andExpect(status().isOk());
		assertThat(ids(radiation, "axilla ongoing", "therapy")).doesNotContain(rt);
		assertThat(ids(radiation, "axilla", "therapy")).contains(rt);
		rebuildAgrees("therapy", id);
		rebuildAgrees("therapy", rt);
	}

	@Test
	void aVisitNoteIsFoundOnceSignedAndFollowsItsAddendum() throws Exception {
		UUID patient = clinic.patient();
		String derm = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		UUID appointment = visits.today(patient, derm);
		String note = "/api/v1/appointments/" + appointment + "/visit-note";
		String draft = api(derm, note, """
				{"intervalHistory": "Draft only: xerosis 건조증"}
				""").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(draft, "$.id");
		int version = JsonPath.read(draft, "$.version");
		// a draft is nobody's search result, nor part of a rebuild
		assertThat(ids(derm, "xerosis", "visit-note")).doesNotContain(id);
		assertThat(rebuilt("visit-note", id)).isEmpty();

		api(derm, note, """
				{"version": %d, "intervalHistory": "Pruritus on both shins 양측 정강이 가려움",
				 "lymphNodes": [{"region": "inguinal-left", "palpable": true, "detail": "1 cm, soft, mobile"}],
				 "assessment": "no-evidence-of-disease", "plan": "Emollients, next visit in 3 months.",
				 "sign": true, "password": "%s"}
				""".formatted(version, Staff.PASSWORD)).andExpect(status().isOk());
		for (String q : List.of("가려움", "pruritus", "사타구니", "palpable", "질병의 증거 없음", "emollients")) {
			assertThat(ids(derm, q, "visit-note")).as(q).contains(id);
		}
		// the draft's words were replaced by the signed note's
		assertThat(ids(derm, "xerosis", "visit-note")).doesNotContain(id);
		assertThat(ids(derm, "건조증", "visit-note")).doesNotContain(id);
		assertThat(ids(clerk, "pruritus", null)).doesNotContain(id);

		api(derm, note + "/addenda", """
				{"text": "Inguinal node re-examined: reactive 반응성 림프절.", "password": "%s"}
				""".formatted(Staff.PASSWORD)).andExpect(status().isCreated());
		assertThat(ids(derm, "reactive", "visit-note")).contains(id);
		assertThat(ids(derm, "반응성", "visit-note")).contains(id);
		assertThat(ids(derm, "pruritus", "visit-note")).contains(id);
		rebuildAgrees("visit-note", id);
	}

	@Test
	void aSkinAdverseEventFollowsItsRegradeAndResolutionAndVanishesWhenVoided() throws Exception {
		UUID patient = clinic.patient();
		String derm = staff.create(Role.DERMATOLOGIST);
		LocalDate today = LocalDate.now(clock);
		String id = JsonPath.read(api(derm, "/api/v1/patients/" + patient + "/adverse-events", """
				{"term": "Rash acneiform", "findings": {"bsaPercent": 40, "symptoms": "severe"}, "onsetDate": "%s",
				 "drugs": [{"drug": "cetuximab", "attribution": "probable"}]}
				""".formatted(today.minusDays(5))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
		for (String q : List.of("여드름양 발진", "acneiform", "세툭시맙", "cetuximab", "3등급", "G3", "acneiform g3")) {
			assertThat(ids(derm, q, "adverse-event")).as(q).contains(id);
		}
		assertThat(ids(clerk, "acneiform", null)).doesNotContain(id);

		api(derm, "/api/v1/adverse-events/" + id + "/grade",
				"{\"grade\": 2, \"reason\": \"pustules mostly on the scalp\"}").andExpect(status().isOk());
		assertThat(ids(derm, "2등급", "adverse-event")).contains(id);
		assertThat(ids(derm, "여드름양 발진 G2", "adverse-event")).contains(id);
		assertThat(ids(derm, "3등급", "adverse-event")).doesNotContain(id);
		assertThat(ids(derm, "acneiform G3", "adverse-event")).doesNotContain(id);

		api(derm, "/api/v1/adverse-events/" + id + "/resolve", "{\"date\": \"%s\"}".formatted(today))
			.andExpect(status().isOk());
		assertThat(ids(derm, "acneiform resolved", "adverse-event")).contains(id);
		assertThat(ids(derm, "여드름양 발진 소실", "adverse-event")).contains(id);
		assertThat(ids(derm, "acneiform active", "adverse-event")).doesNotContain(id);

		mvc.perform(post("/adverse-events/" + id + "/void").with(login.as(derm)).with(csrf())
			.param("reason", "recorded on the wrong patient")).andExpect(status().is3xxRedirection());
		assertThat(ids(derm, "acneiform", "adverse-event")).doesNotContain(id);
		assertThat(ids(derm, "세툭시맙", null)).doesNotContain(id);
		rebuildAgrees("adverse-event", id);
	}

	/** What a rebuild makes of the record (none, or one document), read by its module as {@code ./cutis reindex} does. */
	List<SearchEntry> rebuilt(String type, String id) {
		List<SearchEntry> found = new ArrayList<>();
		new TransactionTemplate(transactions).executeWithoutResult(tx -> searchables.stream()
			.filter(s -> s.types().contains(type))
			.forEach(s -> s.documents(e -> {
				if (e.type().equals(type) && e.id().toString().equals(id)) {
					found.add(e);
				}
			})));
		return found;
	}

	/** The document a rebuild makes is the one the record's last change wrote. */
	void rebuildAgrees(String type, String id) {
		assertThat(rebuilt(type, id)).singleElement().satisfies(e -> {
			Map<String, Object> row = jdbc.queryForMap("select title, body, codes, record_date, department, state,"
					+ " permission, link, voided from search_document where key = ?", e.key());
			assertThat(row.get("title")).isEqualTo(e.title());
			assertThat(row.get("body")).isEqualTo(SearchDocument.body(e));
			assertThat(row.get("codes")).isEqualTo(SearchDocument.codes(e));
			assertThat(row.get("record_date")).hasToString(String.valueOf(e.date()));
			assertThat(row.get("department")).isEqualTo(e.department());
			assertThat(row.get("state")).isEqualTo(e.state());
			assertThat(row.get("permission")).isEqualTo(e.permission().name());
			assertThat(row.get("link")).isEqualTo(e.link());
			assertThat(row.get("voided")).isEqualTo(e.voided());
		});
	}

	ResultActions api(String user, String path, String json) throws Exception {
		return mvc.perform(post(path).with(login.as(user))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	/**
	 * The ids of every page of the answer (following {@code next}): the suite's shared database
	 * holds many other tests' records, so this test's record may be on a later page.
	 */
	List<Object> ids(String user, String q, String type) throws Exception {
		return pages.ids(user, "q", q, "type", type);
	}
}
