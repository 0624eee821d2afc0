package org.cutis.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.cutis.identity.Role;
import org.cutis.search.index.SearchRebuild;
import org.cutis.support.BoardFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SearchPages;
import org.cutis.support.ReferralFlow;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Referrals, cancers with their stages and tumor board recommendations in the clinical search,
 * through {@code GET /api/v1/search}, on records made through the modules' own APIs: found by
 * Korean and English words when made, by the new words (and no longer the old) when changed,
 * gone when voided, an addendum found, and never shown to a role without the record's permission.
 * Every record carries a made-up word no other test uses, so the suite's many other melanomas
 * never push it beyond the pages followed.
 */
@CutisTest
class DiagnosisSearchTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	SearchPages pages;
	@Autowired
	Staff staff;
	@Autowired
	Clinic clinic;
	@Autowired
	SignedCancers cancers;
	@Autowired
	BoardFlow board;
	@Autowired
	ReferralFlow referrals;
	@Autowired
	TestClock clock;
	@Autowired
	SearchRebuild rebuild;
	@Autowired
	JdbcTemplate jdbc;

	String derm;
	String nurse;
	String clerk;

	@BeforeEach
	void staffOfEveryKind() {
		derm = staff.create(Role.DERMATOLOGIST);
		nurse = staff.create(Role.NURSE);
		clerk = staff.create(Role.CLERK);
	}

	/** A word of letters only (a digit would make it an identifier), no dictionary has. */
	static String unique() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	@Test
	void aReferralIsFoundByWhoSentItAndWhyFollowsItsTriageAndLeavesWithItsPatient() throws Exception {
		String word = unique();
		UUID patient = clinic.patient();
		String referral = referral(patient, "R/O melanoma, left sole, enlarging " + word + " (주민번호 610314-2345678)");
		// who sent it, why, how urgent, the note as written; Korean and English
		for (String q : List.of("피부암 의심 " + word, "하늘숲피부과의원 " + word, "흑색종 의심 신속 " + word,
				"suspected skin cancer " + word, "melanoma sole " + word, "Jiwon " + word, "분류 대기 " + word)) {
			assertThat(ids(search(derm, q, "referral"))).as(q).contains(referral);
		}
		// a resident registration number typed into the note is never indexed
		assertThat(jdbc.queryForObject("select body from search_document where key = ?", String.class,
				"referral:" + referral)).doesNotContain("610314").doesNotContain("2345678").contains(word);
		assertThat(ids(search(derm, "610314-2345678", null))).doesNotContain(referral);
		// the triage worklist is for all staff; a patient account does not see its referrals
		assertThat(ids(search(clerk, word, "referral"))).contains(referral);
		String portal = staff.createPatientAccount(patient);
		assertThat(ids(search(portal, word, null))).doesNotContain(referral);
		assertThat(ids(search(portal, "피부암 의심", null))).doesNotContain(referral);

		// declined: the new state and the reason are found, the old state no longer
		String why = unique();
		mvc.perform(post("/api/v1/referrals/" + referral + "/decline").with(login.as(nurse))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"already treated elsewhere " + why + "\"}"))
			.andExpect(status().isOk());
		assertThat(ids(search(derm, "거절 " + word, "referral"))).contains(referral);
		assertThat(ids(search(derm, "declined " + word, "referral"))).contains(referral);
		assertThat(ids(search(derm, "treated elsewhere " + why, "referral"))).contains(referral);
		assertThat(ids(search(derm, "분류 대기 " + word, "referral"))).doesNotContain(referral);
		assertThat(ids(search(derm, word, "referral", "state", "declined"))).contains(referral);
		assertThat(ids(search(derm, word, "referral", "state", "received"))).doesNotContain(referral);

		// an open referral of a registration voided in error is voided with it (after the void commits)
		String other = unique();
		UUID wrong = clinic.patient();
		String open = referral(wrong, "lesion on the scalp " + other);
		assertThat(ids(search(derm, other, "referral"))).contains(open);
		mvc.perform(post("/api/v1/patients/" + wrong + "/void").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"registered twice\"}"))
			.andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(15))
			.until(() -> !ids(search(derm, other, "referral")).contains(open));
		assertThat(ids(search(derm, "피부암 의심 " + other, null))).doesNotContain(open);
	}

	@Test
	void aCancerIsFoundByDiagnosisSiteCodesAndStageAndARestageReplacesTheStage() throws Exception {
		String word = unique();
		SignedCancers.Signed s = cancers.signed("melanoma", """
				{"diagnosis": "melanoma", "histologicSubtype": "superficial spreading %s", "breslowMm": 0.6,
				 "ulceration": false, "mitoticRatePerMm2": 2, "peripheralMarginInvolved": false, "deepMarginInvolved": false}
				""".formatted(word));
		String cancer = s.cancerId().toString();
		// 0.6 mm, not ulcerated: pT1a, stage IA, with the diagnosis in both languages and its codes
		for (String q : List.of("흑색종 " + word, "흑색종이 " + word, "melanoma " + word, "malignant melanoma " + word,
				"IA " + word, "pT1a " + word, "T1a N0 " + word, "pT1a cN0 cM0 " + word, "372244006 " + word)) {
			assertThat(ids(search(derm, q, "cancer"))).as(q).contains(cancer);
		}
		assertThat(ids(search(nurse, word, "cancer"))).contains(cancer);
		String icd10 = jdbc.queryForObject("select title from search_document where key = ?", String.class,
				"cancer:" + cancer).split(" · ")[0];
		assertThat(icd10).startsWith("C43.");
		assertThat(ids(search(derm, icd10, "cancer"))).contains(cancer);
		// the clerk (no clinical records) never sees it, whatever is typed
		assertThat(ids(search(clerk, word, null))).doesNotContain(cancer);
		assertThat(ids(search(clerk, "흑색종 " + word, null))).doesNotContain(cancer);

		// deeper levels: 2.4 mm, restaged from the addendum (after it commits) to pT3a, stage IIA
		cancers.correct(s, "{\"breslowMm\": 2.4}");
		Awaitility.await().atMost(Duration.ofSeconds(15))
			.until(() -> ids(search(derm, "IIA " + word, "cancer")).contains(cancer));
		for (String q : List.of("pT3a " + word, "T3a N0 M0 " + word, "흑색종 " + word, "melanoma " + word)) {
			assertThat(ids(search(derm, q, "cancer"))).as(q).contains(cancer);
		}
		for (String q : List.of("IA " + word, "pT1a " + word, "T1a " + word)) {
			assertThat(ids(search(derm, q, "cancer"))).as(q).doesNotContain(cancer);
		}

		// the clinician overrides the stage: the new stage is the one found
		mvc.perform(post("/api/v1/cancers/" + cancer + "/staging/override").with(login.as(derm))
			.contentType(MediaType.APPLICATION_JSON).content("{\"stage\": \"IIB\", \"reason\": \"ulcerated on review\"}"))
			.andExpect(status().isOk());
		assertThat(ids(search(derm, "IIB " + word, "cancer"))).contains(cancer);
		assertThat(ids(search(derm, "IIA " + word, "cancer"))).doesNotContain(cancer);
		assertThat(ids(search(derm, word, "cancer", "state", "overridden"))).contains(cancer);
	}

	@Test
	void aSignedRecommendationIsFoundByItsPlanAndQuestionAndAnAddendumAddsItsWords() throws Exception {
		String word = unique();
		SignedCancers.Signed s = cancers.melanoma("1.5", false);
		BoardFlow.Listed listed = board.listed(s);
		try {
			board.sign(listed, "curative", List.of("{\"type\": \"wide-local-excision\", \"detail\": \"1 cm " + word
					+ "\"}", "{\"type\": \"systemic-therapy\", \"detail\": \"immunotherapy\"}"));
			String recommendation = jdbc.queryForObject(
					"select id::text from board_recommendation where case_id = ?::uuid", String.class, listed.caseId());
			for (String q : List.of("광범위 국소 절제 " + word, "면역치료 " + word, "근치적 " + word,
					"wide local excision " + word, "immunotherapy " + word, "curative " + word,
					"adjuvant therapy " + word)) {
				assertThat(ids(search(derm, q, "recommendation"))).as(q).contains(recommendation);
			}
			Map<String, Object> hit = items(search(derm, word, "recommendation")).stream()
				.filter(i -> i.get("id").equals(recommendation))
				.findFirst()
				.orElseThrow();
			assertThat(hit.get("patientId")).isEqualTo(s.patientId().toString());
			assertThat(jdbc.queryForObject("select link from search_document where key = ?", String.class,
					"recommendation:" + recommendation)).isEqualTo("/tumor-board/cases/" + listed.caseId());
			// the clerk has no tumor board
			assertThat(ids(search(clerk, word, null))).doesNotContain(recommendation);

			// an addendum: its words are found at once, the recommendation marked amended
			String added = unique();
			assertThat(ids(search(derm, "PET staging first " + added, "recommendation"))).doesNotContain(recommendation);
			mvc.perform(post("/api/v1/tumor-board/cases/" + listed.caseId() + "/recommendation/addenda")
				.with(login.as(listed.chair())).contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"PET staging first " + added + "\"}")).andExpect(status().is2xxSuccessful());
			assertThat(ids(search(derm, "PET staging first " + added, "recommendation"))).contains(recommendation);
			assertThat(ids(search(derm, word, "recommendation", "state", "amended"))).contains(recommendation);
			assertThat(ids(search(derm, word, "recommendation", "state", "signed"))).doesNotContain(recommendation);
		}
		finally {
			clock.reset();
		}
	}

	/**
	 * A database whose rows were rebuilt before these types were indexed is rebuilt at the next start
	 * (its list of types differs), and the rebuild writes these types from the modules.
	 */
	@Test
	void aDatabaseRebuiltBeforeTheseTypesIsRebuiltWithThem() throws Exception {
		String word = unique();
		String referral = referral(clinic.patient(), "pigmented lesion " + word);
		assertThat(rebuild.types()).contains("cancer", "recommendation", "referral", "lesion", "patient");
		jdbc.update("insert into search_rebuild (format, rebuilt_at, documents, types) values (?, now(), 0, ?)"
				+ " on conflict (format) do update set types = excluded.types", SearchRebuild.FORMAT,
				"lesion,patient,report,specimen");
		assertThat(rebuild.formatIsCurrent()).isFalse();
		// the rows lost (as before these types were indexed), then the start's rebuild
		jdbc.update("delete from search_document where type = 'referral' and record_id = ?::uuid", referral);
		rebuild.rebuild((phase, done, total) -> {
		});
		assertThat(rebuild.formatIsCurrent()).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from search_document where type = 'referral' and record_id = ?::uuid",
				Long.class, referral)).isEqualTo(1L);
		assertThat(ids(search(derm, word, "referral"))).contains(referral);
	}

	/**
	 * A match scores by which readings found it, not by the length of its text: among equal matches
	 * the records of the last 30 days come first, though the index holds the older one first. Without
	 * the tie-breaker the older referral, indexed first, led the page.
	 */
	@Test
	void amongEqualMatchesTheRecentRecordComesFirst() throws Exception {
		String word = unique();
		try {
			clock.travelTo(java.time.Instant.now().minus(java.time.Duration.ofDays(60)));
			String older = referral(clinic.patient(), "pigmented lesion " + word);
			clock.reset();
			// a longer text with the same word: BM25 would have ranked it below the short one
			String recent = referral(clinic.patient(), "pigmented lesion " + word
					+ " noted by the patient's family physician at a routine visit, enlarging over some months");
			assertThat(ids(search(derm, word, "referral"))).containsExactly(recent, older);
		}
		finally {
			clock.reset();
		}
	}

	/**
	 * A synonym finds, it does not rank: the record holding the typed word comes before one that only
	 * its synonym found, though the latter is the more recent and was indexed last.
	 */
	@Test
	void whatWasTypedRanksBeforeWhatOnlyASynonymFound() throws Exception {
		UUID patient = clinic.patient();
		String typed = referral(patient, "니볼루맙 투여 중 발생한 발진");
		String synonym = referral(patient, "rash while on nivolumab");
		List<Object> found = ids(search(derm, "니볼루맙", "referral", "patient", patient.toString()));
		assertThat(found).containsExactly(typed, synonym);
	}

	/**
	 * The rebuild's rows go in by COPY and one upsert per chunk: a stale row is written over with the
	 * module's document, text with quotes, commas and line breaks arrives whole, and an empty field
	 * stays NULL.
	 */
	@Test
	void aRebuildWritesOverAStaleRowAndKeepsTheTextWhole() throws Exception {
		String word = unique();
		// the note travels in JSON: its quotes escaped there
		String note = "pigmented \\\"lesion\\\", irregular; border " + word;
		String referral = referral(clinic.patient(), note);
		String columns = "select key, type, record_id, patient_id, title, names, body, codes, record_date, department,"
				+ " state, permission, link, voided from search_document where type = 'referral' and record_id = ?::uuid";
		Map<String, Object> written = jdbc.queryForMap(columns, referral);
		assertThat((String) written.get("body")).contains("pigmented \"lesion\", irregular; border");
		assertThat(written).containsEntry("names", null);
		jdbc.update("update search_document set body = 'stale', title = 'stale', codes = 'stale', names = 'stale',"
				+ " state = null where type = 'referral' and record_id = ?::uuid", referral);
		rebuild.rebuild((phase, done, total) -> {
		});
		assertThat(jdbc.queryForMap(columns, referral)).isEqualTo(written);
		assertThat(ids(search(derm, word, "referral"))).contains(referral);
	}

	String referral(UUID patient, String note) throws Exception {
		return referrals.received(clerk, patient, note);
	}

	String search(String user, String q, String type) throws Exception {
		return search(user, q, type, null, null);
	}

	/** Every page of the answer (following {@code next}), as one {@code {"items": […]}}. */
	String search(String user, String q, String type, String filter, String value) throws Exception {
		List<Map<String, Object>> all = filter == null ? pages.items(user, "q", q, "type", type)
				: pages.items(user, "q", q, "type", type, filter, value);
		return net.minidev.json.JSONValue.toJSONString(Map.of("items", all));
	}

	static List<Map<String, Object>> items(String json) {
		return JsonPath.read(json, "$.items");
	}

	static List<Object> ids(String json) {
		return items(json).stream().map(i -> i.get("id")).toList();
	}
}
