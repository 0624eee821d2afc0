package org.cutis.tumorboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.cutis.clinical.Diagnosis;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.pathology.CorrelationRecorded;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerFactsChanged;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.DiagnosisKind;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Pdf;
import org.cutis.support.PathologyFlow;
import org.cutis.support.PathologyFlow.Signed;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How cases reach the board and come back, through the API and the real pathology-to-staging
 * flow where it works today, and by publishing the staging and pathology events as documented
 * where today's publisher is not there yet (Merkel cell carcinoma, an indeterminate T, changed
 * facts, an event delivered twice by the publication registry).
 */
@CutisTest
class BoardProposalsApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;
	@Autowired
	PathologyFlow pathology;
	@Autowired
	CancerDirectory cancers;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TestClock clock;
	@Autowired
	ApplicationEventPublisher publisher;
	@Autowired
	TransactionTemplate transactions;

	String derm;
	String nurse;
	String pathologist;
	String chair;

	@BeforeEach
	void staff() {
		derm = staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY);
		nurse = staff.create(Role.NURSE, Department.NURSING);
		pathologist = staff.create(Role.PATHOLOGIST, Department.PATHOLOGY);
		chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
	}

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	ResultActions json(String user, String path, String body) throws Exception {
		return mvc.perform(post(path).with(login.as(user)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String meeting(Instant at) throws Exception {
		return JsonPath.read(json(nurse, "/api/v1/tumor-board/meetings", """
				{"title": "재제안 시험 위원회", "scheduledAt": "%s", "cutOffHoursBefore": 24, "place": "302호", "chair": "%s"}
				""".formatted(at, chair)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$[0].id");
	}

	Signed melanoma(String breslowMm) throws Exception {
		return pathology.signed(derm, nurse, pathologist, clinic.patient(), "melanoma",
				PathologyFlow.melanoma(breslowMm));
	}

	/** The cancer the signed report opened (staging runs after the signature commits). */
	UUID cancerOf(Signed signed) {
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !cancers.cancersOf(signed.patientId()).isEmpty());
		return cancers.cancersOf(signed.patientId()).get(0).id();
	}

	String proposals() throws Exception {
		return mvc.perform(get("/api/v1/tumor-board/proposals").with(login.as(nurse)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	/** The id of the one proposal of this cancer with this reason, once the listener has made it. */
	String awaitProposal(UUID cancerId, String reason) {
		String filter = "$[?(@.cancerId == '" + cancerId + "' && @.reason == '" + reason + "')].id";
		Awaitility.await().atMost(Duration.ofSeconds(15))
			.until(() -> JsonPath.<List<String>>read(proposals(), filter).size() == 1);
		return JsonPath.<List<String>>read(sneaky(this::proposals), filter).get(0);
	}

	/** Publishes as the staging and pathology modules do: in a transaction, delivered after it commits. */
	void publish(Object event) {
		transactions.executeWithoutResult(status -> publisher.publishEvent(event));
	}

	/** Every delivery to the tumor board of the events naming {@code marker} has completed (a loaded CI machine may take a while). */
	void awaitDelivered(Object marker, int deliveries) {
		Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Map<String, Object> counts = jdbc.queryForMap("""
					select count(*) as delivered, count(*) filter (where completion_date is null) as pending
					from event_publication where listener_id like '%tumorboard%' and serialized_event like ?
					""", "%" + marker + "%");
			assertThat(((Number) counts.get("delivered")).intValue()).isGreaterThanOrEqualTo(deliveries);
			assertThat(((Number) counts.get("pending")).intValue()).isZero();
		});
	}

	/**
	 * The case on the meeting's list, quorate, signed by the chair on the meeting's day; the test
	 * goes on after the meeting (the clock is reset after each test).
	 */
	void discuss(String caseId) throws Exception {
		Instant at = Instant.now().plus(Duration.ofDays(3));
		String meetingId = meeting(at);
		json(nurse, "/api/v1/tumor-board/meetings/" + meetingId + "/cases", """
				{"caseId": "%s", "question": "Adjuvant therapy?", "ecog": 0}
				""".formatted(caseId)).andExpect(status().isOk());
		json(nurse, "/api/v1/tumor-board/cases/" + caseId + "/attendance", """
				{"attendees": [{"department": "dermatology"}, {"department": "hematology-oncology"}, {"department": "pathology"}]}
				""").andExpect(jsonPath("$.quorate").value(true));
		clock.travelTo(at);
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", """
				{"password": "test-password-1", "intent": "curative", "items": [{"type": "wide-local-excision", "detail": "1-2 cm"}]}
				""").andExpect(status().isCreated()).andExpect(jsonPath("$.boardCase.status").value("discussed"));
	}

	@Test
	void aDiscussedMelanomaUpstagedByItsSentinelNodeComesBackRestagedWithWhatChanged() throws Exception {
		Signed signed = melanoma("1.5");
		UUID cancerId = cancerOf(signed);
		String discussed = awaitProposal(cancerId, "melanoma-stage");
		discuss(discussed);
		mvc.perform(get("/api/v1/tumor-board/cases/" + discussed).with(login.as(nurse)))
			.andExpect(jsonPath("$.stageAtDiscussion").value("IB"))
			.andExpect(jsonPath("$.boardCase.dataChangedSinceDiscussion").value(false));

		// a positive sentinel node, confirmed by the dermatologist: pN1a, stage IIIA
		String pending = JsonPath.read(json(derm, "/api/v1/cancers/" + cancerId + "/workup-results", """
				{"kind": "slnb", "slnb": {"nodesExamined": 3, "nodesPositive": 1, "largestDepositMm": 0.8, "ene": false}}
				""").andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.proposal.id");
		mvc.perform(post("/api/v1/cancers/" + cancerId + "/staging/" + pending + "/accept").with(login.as(derm)))
			.andExpect(jsonPath("$.current.effectiveStage").value("IIIA"));

		String again = awaitProposal(cancerId, "restaged");
		String item = "$[?(@.id == '" + again + "')]";
		mvc.perform(get("/api/v1/tumor-board/proposals").with(login.as(nurse)))
			.andExpect(jsonPath(item + ".stage").value(hasItem("IIIA")))
			.andExpect(jsonPath(item + ".status").value(hasItem("proposed")))
			.andExpect(jsonPath(item + ".lesionId").value(hasItem(signed.lesionId().toString())))
			.andExpect(jsonPath(item + ".changes[*]").value(hasItem(containsString("pN1a"))))
			// the existing fields stay
			.andExpect(jsonPath(item + ".patientId").value(hasItem(signed.patientId().toString())))
			.andExpect(jsonPath(item + ".dataChangedSinceDiscussion").value(hasItem(false)));
		mvc.perform(get("/api/v1/tumor-board/cases/" + discussed).with(login.as(nurse)))
			.andExpect(jsonPath("$.boardCase.dataChangedSinceDiscussion").value(true))
			.andExpect(jsonPath("$.changesSinceDiscussion[*]").value(hasItem(containsString("pN1a"))));
		mvc.perform(get("/tumor-board").with(login.as(nurse)).locale(Locale.ENGLISH))
			.andExpect(content().string(allOf(containsString("proposal-" + again),
					containsString("Restaged after the board&#39;s discussion"), containsString("pN1a"),
					containsString("What changed"))));
		mvc.perform(get("/tumor-board").with(login.as(nurse)).locale(Locale.KOREAN))
			.andExpect(content().string(allOf(containsString("위원회 논의 후 병기 변경"), containsString("변경 내용"))));
	}

	@Test
	void changedFactsAfterTheDiscussionFlagItAndProposeTheCancerOnceEvenWhenDeliveredTwice() throws Exception {
		Signed signed = melanoma("1.5");
		UUID cancerId = cancerOf(signed);
		String discussed = awaitProposal(cancerId, "melanoma-stage");
		discuss(discussed);

		CancerFactsChanged addendum = new CancerFactsChanged(cancerId, signed.patientId(), "addendum",
				List.of("Breslow: 1.5 → 2.4 mm"), Instant.now());
		publish(addendum);
		publish(addendum);
		awaitDelivered(cancerId, 2);
		assertThat(jdbc.queryForObject("select count(*) from board_case where cancer_id = ? and reason = 'FACTS_CHANGED'",
				Integer.class, cancerId)).isOne();
		String again = awaitProposal(cancerId, "facts-changed");
		mvc.perform(get("/api/v1/tumor-board/proposals").with(login.as(nurse)))
			.andExpect(jsonPath("$[?(@.id == '" + again + "')].changes[*]").value(hasItem("Breslow: 1.5 → 2.4 mm")));
		mvc.perform(get("/api/v1/tumor-board/cases/" + discussed).with(login.as(nurse)))
			.andExpect(jsonPath("$.boardCase.dataChangedSinceDiscussion").value(true))
			.andExpect(jsonPath("$.changesSinceDiscussion").value(hasItem("Breslow: 1.5 → 2.4 mm")));

		// more facts while the case waits: they join it
		publish(new CancerFactsChanged(cancerId, signed.patientId(), "workup-result",
				List.of("SLNB left-axilla: 0 of 2 positive"), Instant.now()));
		awaitDelivered(cancerId, 3);
		mvc.perform(get("/api/v1/tumor-board/cases/" + again).with(login.as(nurse)))
			.andExpect(jsonPath("$.boardCase.changes", hasSize(2)))
			.andExpect(jsonPath("$.boardCase.reason").value("facts-changed"));
		assertThat(jdbc.queryForObject("select count(*) from board_case where cancer_id = ? and status = 'PROPOSED'",
				Integer.class, cancerId)).isOne();
	}

	@Test
	void aDiscordantBenignResultGoesToTheBoardAsALesionWithoutACancer() throws Exception {
		Signed benign = pathology.signed(derm, nurse, pathologist, clinic.patient(), "melanoma", """
				{"diagnosis": "benign-naevus", "microscopy": "compound naevus without atypia"}
				""");
		pathology.discordant(derm, benign.reportId(), "Clinically a changing melanoma: sampling error?");
		String filter = "$[?(@.reportId == '" + benign.reportId() + "')]";
		Awaitility.await().atMost(Duration.ofSeconds(15))
			.until(() -> JsonPath.<List<Object>>read(proposals(), filter).size() == 1);
		String caseId = JsonPath.<List<String>>read(proposals(), filter + ".id").get(0);
		mvc.perform(get("/api/v1/tumor-board/proposals").with(login.as(nurse)))
			.andExpect(jsonPath(filter + ".reason").value(hasItem("discordant")))
			.andExpect(jsonPath(filter + ".lesionId").value(hasItem(benign.lesionId().toString())));
		assertThat(jdbc.queryForMap("select cancer_id, lesion_id from board_case where id = ?::uuid", caseId))
			.containsEntry("cancer_id", null).containsEntry("lesion_id", benign.lesionId());

		// the registry delivers the correlation again: still one case for the report
		publish(new CorrelationRecorded(benign.reportId(), benign.specimenId(), benign.patientId(), benign.lesionId(),
				Diagnosis.BENIGN_NAEVUS, Diagnosis.MELANOMA, true, "Clinically a changing melanoma: sampling error?"));
		awaitDelivered(benign.reportId(), 2);
		assertThat(jdbc.queryForObject("select count(*) from board_case where report_id = ?", Integer.class,
				benign.reportId())).isOne();

		mvc.perform(get("/api/v1/tumor-board/cases/" + caseId).with(login.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cancer").doesNotExist())
			.andExpect(jsonPath("$.correlation.diagnosis").value("benign-naevus"))
			.andExpect(jsonPath("$.correlation.clinicalImpression").value("melanoma"))
			.andExpect(jsonPath("$.correlation.note").value("Clinically a changing melanoma: sampling error?"))
			.andExpect(jsonPath("$.lesion.id").value(benign.lesionId().toString()))
			.andExpect(jsonPath("$.lesion.label").isString())
			.andExpect(jsonPath("$.lesion.photos[0].id").value(benign.photoId()));
		mvc.perform(get("/tumor-board/cases/" + caseId).with(login.as(derm)).locale(Locale.KOREAN))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("양성 모반"), containsString("흑색종"),
					containsString("Clinically a changing melanoma"), containsString("암 진단 없음"),
					containsString("/photos/" + benign.photoId()))));

		Instant at = Instant.now().plus(Duration.ofDays(3));
		String meetingId = meeting(at);
		json(nurse, "/api/v1/tumor-board/meetings/" + meetingId + "/cases", """
				{"caseId": "%s", "question": "Re-excise for a definitive diagnosis?"}
				""".formatted(caseId)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("accepted"));
		mvc.perform(get("/tumor-board/meetings/" + meetingId).with(login.as(nurse)).locale(Locale.ENGLISH))
			.andExpect(content().string(allOf(containsString("case-" + caseId),
					containsString("Pathology: Benign naevus · clinical impression: Melanoma"),
					containsString("Clinically a changing melanoma: sampling error?"))));
		byte[] pdf = mvc.perform(get("/api/v1/tumor-board/meetings/" + meetingId + "/packet.pdf").with(login.as(chair))
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Pdf.text(pdf)).contains(Clinic.HANGUL_NAME).contains("Benign naevus").contains("Melanoma")
			.contains("Clinically a changing melanoma").contains("no cancer diagnosis");
		// discussed like any case: the recommendation is signed on the meeting's day
		json(nurse, "/api/v1/tumor-board/cases/" + caseId + "/attendance", """
				{"attendees": [{"department": "dermatology"}, {"department": "hematology-oncology"}, {"department": "pathology"}]}
				""").andExpect(jsonPath("$.quorate").value(true));
		clock.travelTo(at);
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", """
				{"password": "test-password-1", "intent": "curative", "items": [{"type": "wide-local-excision", "detail": "re-excision, 5 mm"}]}
				""").andExpect(status().isCreated()).andExpect(jsonPath("$.stageAtDiscussion").doesNotExist());
	}

	@Test
	void aCancerIsOnAMeetingsListOnceWhetherSubmittedTwiceOrAlsoProposed() throws Exception {
		Signed signed = melanoma("1.5");
		UUID cancerId = cancerOf(signed);
		String proposal = awaitProposal(cancerId, "melanoma-stage");
		String meetingId = meeting(Instant.now().plus(Duration.ofDays(6)));
		String path = "/api/v1/tumor-board/meetings/" + meetingId + "/cases";
		String submitted = JsonPath.read(json(derm, path, """
				{"cancerId": "%s", "question": "Adjuvant therapy?"}
				""".formatted(cancerId)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.id");
		json(derm, path, """
				{"cancerId": "%s", "question": "Adjuvant therapy or a trial?", "ecog": 1, "needsPlasticSurgery": true}
				""".formatted(cancerId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(submitted))
			.andExpect(jsonPath("$.question").value("Adjuvant therapy or a trial?"));
		// and from the cancer page
		mvc.perform(post("/cancers/" + cancerId + "/tumor-board").with(login.as(derm))
			.param("meetingId", meetingId).param("question", "Adjuvant therapy, a trial, or observation?"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList("select id::text from board_case where cancer_id = ? and meeting_id = ?::uuid "
				+ "and status = 'ACCEPTED'", String.class, cancerId, meetingId)).containsExactly(submitted);

		// the rule's proposal for the same cancer joins the listed case and stays on record, merged
		json(nurse, path, "{\"caseId\": \"%s\"}".formatted(proposal))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(submitted))
			.andExpect(jsonPath("$.question").value("Adjuvant therapy, a trial, or observation?"));
		mvc.perform(get("/api/v1/tumor-board/cases/" + proposal).with(login.as(nurse)))
			.andExpect(jsonPath("$.boardCase.status").value("merged"))
			.andExpect(jsonPath("$.boardCase.mergedInto").value(submitted));
		mvc.perform(get("/api/v1/tumor-board/cases/" + submitted).with(login.as(nurse)))
			.andExpect(jsonPath("$.ecog").value(1))
			.andExpect(jsonPath("$.mergedProposals[0].id").value(proposal))
			.andExpect(jsonPath("$.mergedProposals[0].reason").value("melanoma-stage"));
		mvc.perform(get("/api/v1/tumor-board/proposals").with(login.as(nurse)))
			.andExpect(jsonPath("$[*].id").value(not(hasItem(proposal))));
		mvc.perform(get("/api/v1/tumor-board/meetings/" + meetingId).with(login.as(nurse)))
			.andExpect(jsonPath("$.cases[?(@.cancerId == '" + cancerId + "' && @.status == 'accepted')]", hasSize(1)));
		json(nurse, "/api/v1/tumor-board/cases/" + proposal + "/defer", "{\"reason\": \"later\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("merged")));
	}

	@Test
	void theRecommendationCannotBeSignedBeforeTheMeetingsDay() throws Exception {
		Signed signed = melanoma("1.5");
		UUID cancerId = cancerOf(signed);
		String caseId = awaitProposal(cancerId, "melanoma-stage");
		Instant at = Instant.now().plus(Duration.ofDays(3));
		String meetingId = meeting(at);
		json(nurse, "/api/v1/tumor-board/meetings/" + meetingId + "/cases", "{\"caseId\": \"%s\"}".formatted(caseId))
			.andExpect(status().isOk());
		json(nurse, "/api/v1/tumor-board/cases/" + caseId + "/attendance", """
				{"attendees": [{"department": "dermatology"}, {"department": "hematology-oncology"}, {"department": "pathology"}]}
				""").andExpect(jsonPath("$.quorate").value(true));
		String day = LocalDate.ofInstant(at, clock.getZone()).toString();
		String recommendation = """
				{"password": "test-password-1", "intent": "curative", "items": [{"type": "wide-local-excision", "detail": "1-2 cm"}]}
				""";
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", recommendation)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("The recommendation cannot be signed before the meeting's day (" + day + ")."));
		mvc.perform(post("/api/v1/tumor-board/cases/" + caseId + "/recommendation").with(login.as(chair))
			.header("Accept-Language", "ko").contentType(MediaType.APPLICATION_JSON).content(recommendation))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("회의일(" + day + ") 전에는 권고안에 서명할 수 없습니다."));
		mvc.perform(get("/api/v1/tumor-board/cases/" + caseId).with(login.as(chair)))
			.andExpect(jsonPath("$.boardCase.status").value("accepted"))
			.andExpect(jsonPath("$.recommendation").doesNotExist());

		// the meeting's day, before its hour: signed
		clock.travelTo(at.atZone(clock.getZone()).toLocalDate().atStartOfDay(clock.getZone()).toInstant());
		json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", recommendation)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.boardCase.status").value("discussed"));
	}

	@Test
	void aT1bMelanomaWithoutSentinelNodeIsProposedByItsClinicalStage() throws Exception {
		UUID cancerId = cancerOf(melanoma("0.8"));
		String caseId = awaitProposal(cancerId, "melanoma-stage");
		assertThat(caseId).isNotNull();
	}

	@Test
	void merkelCellCarcinomaAndAnIndeterminateTAreProposedOnceEachWhateverTheDeliveries() throws Exception {
		Signed merkel = pathology.signed(derm, nurse, pathologist, clinic.patient(), "merkel-cell-carcinoma", """
				{"diagnosis": "merkel-cell-carcinoma", "microscopy": "small round blue cells, CK20 dot-like"}
				""");
		UUID merkelCancer = cancerOf(merkel);
		CancerStaged merkelStaged = new CancerStaged(merkelCancer, merkel.patientId(), merkel.lesionId(),
				UUID.randomUUID(), DiagnosisKind.OTHER, Diagnosis.MERKEL_CELL_CARCINOMA, LocalDate.now(), null, null,
				null, null, null, false, false, false, List.of());
		publish(merkelStaged);
		publish(merkelStaged);
		awaitProposal(merkelCancer, "merkel-cell-carcinoma");
		awaitDelivered(merkelCancer, 2);
		assertThat(jdbc.queryForObject("select count(*) from board_case where cancer_id = ?", Integer.class,
				merkelCancer)).isOne();

		// a thin melanoma (IA, not proposed), then a staging whose T could not be determined
		Signed thin = melanoma("0.5");
		UUID melanomaCancer = cancerOf(thin);
		publish(new CancerStaged(melanomaCancer, thin.patientId(), thin.lesionId(), UUID.randomUUID(),
				DiagnosisKind.MELANOMA, Diagnosis.MELANOMA, LocalDate.now(), null, null, null, "pTX", null, false,
				false, false, List.of("pT: pT1a → pTX")));
		String caseId = awaitProposal(melanomaCancer, "stage-indeterminate");
		mvc.perform(get("/api/v1/tumor-board/proposals").with(login.as(nurse)))
			.andExpect(jsonPath("$[?(@.id == '" + caseId + "')].changes[*]").value(hasItem("pT: pT1a → pTX")));
		mvc.perform(get("/tumor-board").with(login.as(nurse)).locale(Locale.ENGLISH))
			.andExpect(content().string(allOf(containsString("Merkel cell carcinoma"),
					containsString("stage indeterminate"))));
	}

	interface Call<T> {
		T call() throws Exception;
	}

	static <T> T sneaky(Call<T> call) {
		try {
			return call.call();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
