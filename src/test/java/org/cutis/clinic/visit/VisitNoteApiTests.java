package org.cutis.clinic.visit;


import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.Appointments;
import org.cutis.clinic.VisitAssessment;
import org.cutis.clinic.VisitNoteSigned;
import org.cutis.identity.Role;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.SignedCancers.Signed;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visit note of issue 13 through its API: a draft saved and reopened, signing (every lesion
 * reviewed, the assessment and plan, the password again), a signed note that never changes
 * (refused by Cutis and by the database), signed addenda, relapse suspected that needs the cancer
 * and the lesions, the adverse event that must be the patient's, VisitNoteSigned, the patient's
 * visits newest first, field errors for bad input, optimistic locking and the audit.
 */
@CutisTest
@RecordApplicationEvents
class VisitNoteApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	Staff staff;
	@Autowired
	Clinic clinic;
	@Autowired
	SignedCancers cancers;
	@Autowired
	Appointments appointments;
	@Autowired
	VisitAppointments visitAppointments;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	ApplicationEvents events;
	@Autowired
	java.time.Clock clock;

	@org.junit.jupiter.api.AfterEach
	void backToToday() {
		visitAppointments.backToToday();
	}

	ResultActions post(String user, String path, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(login.as(user))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String note(UUID appointment) {
		return "/api/v1/appointments/" + appointment + "/visit-note";
	}

	static <T> T read(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
	}

	@Test
	void aDraftIsSavedThenSignedWithEveryLesionReviewedAndNeverChangesAfter() throws Exception {
		Signed s = cancers.melanoma("1.2", false);
		UUID appointment = visitAppointments.today(s.patientId(), s.dermatologist());

		// the first save creates the draft and marks the patient seen
		ResultActions draft = post(s.dermatologist(), note(appointment), """
				{"intervalHistory": "No new complaints since the excision.",
				 "lymphNodes": [{"region": "axillary-left", "palpable": false}]}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("draft"))
			.andExpect(jsonPath("$.patientId").value(s.patientId().toString()))
			.andExpect(jsonPath("$.lymphNodes[0].region").value("axillary-left"))
			.andExpect(jsonPath("$.lymphNodes[0].palpable").value(false));
		Integer version = read(draft, "$.version");
		assertThat(appointments.find(appointment).orElseThrow().status()).isEqualTo(AppointmentStatus.SEEN);

		// signing needs the assessment, the plan and the melanoma's lesion reviewed; nothing is asked before
		post(s.dermatologist(), note(appointment), """
				{"version": %d, "sign": true, "password": "%s"}
				""".formatted(version, Staff.PASSWORD))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("assessment")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("plan")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("lesionReviews")));

		// a wrong password: refused, the note stays a draft
		String complete = """
				{"version": %d, "intervalHistory": "No new complaints since the excision.",
				 "lesionReviews": [{"lesionId": "%s", "finding": "changed", "change": "Scar slightly raised, no pigment."}],
				 "lymphNodes": [{"region": "axillary-left", "palpable": false}, {"region": "inguinal-left", "palpable": true, "detail": "1 cm, soft, mobile"}],
				 "resultsReviewed": "Chest CT of last month: clear.",
				 "assessment": "no-evidence-of-disease", "plan": "Next visit in 3 months.", "sign": true, "password": "%s"}
				""";
		post(s.dermatologist(), note(appointment), complete.formatted(version, s.lesionId(), "wrong-password"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get(note(appointment)).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.status").value("draft"));

		ResultActions signed = post(s.dermatologist(), note(appointment),
				complete.formatted(version, s.lesionId(), Staff.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("signed"))
			.andExpect(jsonPath("$.signedBy").value(s.dermatologist()))
			.andExpect(jsonPath("$.signatureMethod").value("password"))
			.andExpect(jsonPath("$.assessment").value("no-evidence-of-disease"))
			.andExpect(jsonPath("$.lesionReviews[0].label").value("L1"))
			.andExpect(jsonPath("$.lesionReviews[0].finding").value("changed"))
			.andExpect(jsonPath("$.lymphNodes[1].detail").value("1 cm, soft, mobile"));
		String noteId = read(signed, "$.id");

		List<VisitNoteSigned> published = events.stream(VisitNoteSigned.class)
			.filter(e -> e.visitNoteId().toString().equals(noteId))
			.toList();
		assertThat(published).singleElement().satisfies(e -> {
			assertThat(e.appointmentId()).isEqualTo(appointment);
			assertThat(e.patientId()).isEqualTo(s.patientId());
			assertThat(e.clinician()).isEqualTo(s.dermatologist());
			assertThat(e.assessment()).isEqualTo(VisitAssessment.NO_EVIDENCE_OF_DISEASE);
			assertThat(e.cancerId()).isNull();
			assertThat(e.suspectedLesionIds()).isEmpty();
		});

		// signed: Cutis refuses a change, and so does the database
		post(s.dermatologist(), note(appointment), """
				{"plan": "changed my mind"}
				""").andExpect(status().isConflict());
		assertThatThrownBy(() -> jdbc.update("update visit_note set plan = 'tampered' where id = ?::uuid", noteId))
			.hasMessageContaining("signed");
		assertThatThrownBy(() -> jdbc.update("delete from visit_note where id = ?::uuid", noteId))
			.hasMessageContaining("never deleted");

		// corrected by a signed addendum
		post(s.dermatologist(), note(appointment) + "/addenda", """
				{"text": "Inguinal node re-examined: reactive.", "password": "%s"}
				""".formatted(Staff.PASSWORD))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.signedBy").value(s.dermatologist()));
		post(s.dermatologist(), note(appointment) + "/addenda", """
				{"text": "", "password": "%s"}
				""".formatted(Staff.PASSWORD))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		mvc.perform(get(note(appointment)).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.plan").value("Next visit in 3 months."))
			.andExpect(jsonPath("$.addenda", hasSize(1)))
			.andExpect(jsonPath("$.addenda[0].text").value("Inguinal node re-examined: reactive."));
		// the signed note as a PDF in Korean, the addendum above it
		byte[] pdf = mvc.perform(get(note(appointment) + ".pdf").with(login.as(s.dermatologist()))
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(org.cutis.support.Pdf.text(pdf)).contains("진료 기록", Clinic.HANGUL_NAME, "질병의 증거 없음",
				"겨드랑이(왼쪽)", "Inguinal node re-examined");
		// the application's role may not even try (append-only: select and insert only)
		assertThatThrownBy(() -> jdbc.update("delete from visit_note_addendum where visit_note_id = ?::uuid", noteId))
			.isNotNull();

		// every view and change audited
		List<String> audited = jdbc.queryForList(
				"select action from audit_entry where record_type = 'visit-note' and record_id = ?", String.class, noteId);
		assertThat(audited).contains("CREATE", "UPDATE", "VIEW");

		// the chart's timeline shows the signed note
		mvc.perform(get("/patients/" + s.patientId()).with(login.as(s.dermatologist())).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Visit note signed: No evidence of disease")));
	}

	@Test
	void anAddendumIsOnlyForASignedNoteAndADraftKeepsItsVersion() throws Exception {
		Signed s = cancers.melanoma("0.6", false);
		UUID appointment = visitAppointments.today(s.patientId(), s.dermatologist());
		post(s.dermatologist(), note(appointment) + "/addenda", """
				{"text": "too early", "password": "%s"}
				""".formatted(Staff.PASSWORD)).andExpect(status().isNotFound());
		Integer version = read(post(s.dermatologist(), note(appointment), """
				{"intervalHistory": "first"}
				""").andExpect(status().isOk()), "$.version");
		post(s.dermatologist(), note(appointment) + "/addenda", """
				{"text": "too early", "password": "%s"}
				""".formatted(Staff.PASSWORD)).andExpect(status().isConflict());
		mvc.perform(get(note(appointment) + ".pdf").with(login.as(s.dermatologist()))).andExpect(status().isConflict());
		post(s.dermatologist(), note(appointment), """
				{"version": %d, "intervalHistory": "second"}
				""".formatted(version)).andExpect(status().isOk());
		// someone saving over a version they did not read is refused
		post(s.dermatologist(), note(appointment), """
				{"version": %d, "intervalHistory": "third, from an old screen"}
				""".formatted(version)).andExpect(status().isConflict());
		mvc.perform(get(note(appointment)).with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$.intervalHistory").value("second"));
	}

	@Test
	void relapseSuspectedNeedsTheCancerAndTheLesionsAndANewLesionJoinsTheRegistry() throws Exception {
		Signed s = cancers.melanoma("2.5", true);
		Signed other = cancers.melanoma("1.0", false);
		UUID appointment = visitAppointments.today(s.patientId(), s.dermatologist());

		post(s.dermatologist(), note(appointment), """
				{"assessment": "relapse-suspected", "plan": "Re-biopsy."}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("cancerId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("suspectedLesionIds")));
		// another patient's cancer and lesion are not this patient's
		post(s.dermatologist(), note(appointment), """
				{"assessment": "relapse-suspected", "cancerId": "%s", "suspectedLesionIds": ["%s"]}
				""".formatted(other.cancerId(), other.lesionId())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("cancerId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("suspectedLesionIds[0]")));

		// an in-transit nodule near the scar: a new lesion, recorded from the note, where relapse is suspected
		ResultActions saved = post(s.dermatologist(), note(appointment), """
				{"lesionReviews": [{"lesionId": "%s", "finding": "unchanged"}],
				 "newLesions": [{"view": "back", "x": 42, "y": 33, "site": "back", "laterality": "left", "sizeMm": 4,
				                 "impression": "melanoma", "suspicion": "high", "suspected": true}],
				 "assessment": "relapse-suspected", "cancerId": "%s", "plan": "Re-biopsy of the new nodule."}
				""".formatted(s.lesionId(), s.cancerId())).andExpect(status().isOk())
			.andExpect(jsonPath("$.lesionReviews", hasSize(2)))
			.andExpect(jsonPath("$.lesionReviews[1].finding").value("new"))
			.andExpect(jsonPath("$.lesionReviews[1].label").value("L2"));
		String newLesion = read(saved, "$.lesionReviews[1].lesionId");
		assertThat((List<String>) read(saved, "$.suspectedLesionIds")).containsExactly(newLesion);
		mvc.perform(get("/api/v1/patients/" + s.patientId() + "/lesions").with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$[*].id", hasItem(newLesion)));

		// a bad new lesion: its fields named, nothing recorded
		post(s.dermatologist(), note(appointment), """
				{"newLesions": [{"view": "sideways", "x": 142, "y": 33, "site": "back", "laterality": "left",
				                 "impression": "melanoma", "suspicion": "high"}]}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("newLesions[0].view")));
		assertThat(jdbc.queryForObject("select count(*) from lesion where patient_id = ?", Integer.class, s.patientId()))
			.isEqualTo(2);

		String noteId = read(post(s.dermatologist(), note(appointment), """
				{"lesionReviews": [{"lesionId": "%s", "finding": "unchanged"}, {"lesionId": "%s", "finding": "new"}],
				 "assessment": "relapse-suspected", "cancerId": "%s", "suspectedLesionIds": ["%s", "%s"],
				 "plan": "Re-biopsy of the new nodule.", "sign": true, "password": "%s"}
				""".formatted(s.lesionId(), newLesion, s.cancerId(), newLesion, s.lesionId(), Staff.PASSWORD))
			.andExpect(status().isOk()), "$.id");
		assertThat(events.stream(VisitNoteSigned.class).filter(e -> e.visitNoteId().toString().equals(noteId)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.assessment()).isEqualTo(VisitAssessment.RELAPSE_SUSPECTED);
				assertThat(e.cancerId()).isEqualTo(s.cancerId());
				assertThat(e.suspectedLesionIds()).containsExactly(UUID.fromString(newLesion),
						UUID.fromString(s.lesionId()));
			});
	}

	@Test
	void aSkinAdverseEventMustBeThePatientsAndBadInputNamesTheField() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		UUID patient = clinic.patient();
		UUID stranger = clinic.patient();
		String own = adverseEvent(derm, patient);
		String theirs = adverseEvent(derm, stranger);
		UUID appointment = visitAppointments.today(patient, derm);

		post(derm, note(appointment), """
				{"assessment": "skin-adverse-event"}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("adverseEventId"));
		post(derm, note(appointment), """
				{"assessment": "skin-adverse-event", "adverseEventId": "%s"}
				""".formatted(theirs)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("adverseEventId"));
		post(derm, note(appointment), """
				{"assessment": "skin-adverse-event", "adverseEventId": "%s"}
				""".formatted(own)).andExpect(status().isOk())
			.andExpect(jsonPath("$.adverseEventId").value(own));

		// codes, required details and lengths: each a field error, never a 5xx
		post(derm, note(appointment), """
				{"assessment": "cured", "lymphNodes": [{"region": "armpit"}]}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("assessment")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("lymphNodes[0].region")));
		post(derm, note(appointment), """
				{"plan": "%s", "lymphNodes": [{"region": "cervical-left"}, {"region": "cervical-left"}]}
				""".formatted("x".repeat(4001))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("plan")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("lymphNodes[1].region")));
		post(derm, note(appointment), """
				{"lesionReviews": [{"lesionId": "%s", "finding": "changed"}]}
				""".formatted(UUID.randomUUID())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("lesionReviews[0].change")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("lesionReviews[0].lesionId")));
		post(derm, note(appointment), "{\"sign\": \"maybe\"}").andExpect(status().isBadRequest());
		post(derm, "/api/v1/appointments/" + UUID.randomUUID() + "/visit-note", "{}").andExpect(status().isNotFound());

		// a nurse reads notes but does not write them
		String nurse = staff.create(Role.NURSE);
		post(nurse, note(appointment), "{}").andExpect(status().isForbidden());
		mvc.perform(get(note(appointment)).with(login.as(nurse))).andExpect(status().isOk());
	}

	@Test
	void thePatientsVisitsComeNewestFirst() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		UUID patient = clinic.patient();
		UUID earlier = visitAppointments.visitIn(patient, derm, 1);
		post(derm, note(earlier), "{\"intervalHistory\": \"the first visit\"}").andExpect(status().isOk());
		UUID later = visitAppointments.visitIn(patient, derm, 2);
		post(derm, note(later), "{\"intervalHistory\": \"today\"}").andExpect(status().isOk());
		mvc.perform(get("/api/v1/patients/" + patient + "/visits").with(login.as(derm)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].appointmentId").value(later.toString()))
			.andExpect(jsonPath("$[0].note.intervalHistory").value("today"))
			.andExpect(jsonPath("$[1].appointmentId").value(earlier.toString()));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'visit-notes' and patient_id = ?",
				Integer.class, patient)).isEqualTo(1);
	}

	@Test
	void resultsReviewedAreThePatientsReportsByReferenceAndAReaderSeesTheDraftReadOnly() throws Exception {
		Signed s = cancers.melanoma("0.8", false);
		UUID appointment = visitAppointments.today(s.patientId(), s.dermatologist());
		String page = "/appointments/" + appointment + "/visit-note";

		// a reader who may not write: no note yet is said so, not refused
		mvc.perform(get(page).with(login.as(s.nurse())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"not-written\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"lesion-form\""))));

		// the form offers the signed pathology report (no previous visit: every result)
		mvc.perform(get(page).with(login.as(s.dermatologist())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + s.reportId() + "\"")))
			.andExpect(content().string(containsString("/specimens/" + s.specimenId() + "/report")));

		// a work-up result (the SLNB) is a result too, linked to its cancer's page
		post(s.dermatologist(), "/api/v1/cancers/" + s.cancerId() + "/workup-results", """
				{"kind": "slnb", "basin": "left-axilla", "slnb": {"nodesExamined": 2, "nodesPositive": 0}}
				""").andExpect(status().isOk());
		String slnb = jdbc.queryForObject("select id::text from workup_order where cancer_id = ? and result_at is not null",
				String.class, s.cancerId());
		mvc.perform(get(page).with(login.as(s.dermatologist())).header("Accept-Language", "ko"))
			.andExpect(content().string(containsString("value=\"" + slnb + "\"")))
			.andExpect(content().string(containsString("감시림프절 생검")));

		// an id that is not one of the patient's results is a field error naming its place
		post(s.dermatologist(), note(appointment), """
				{"resultsReviewed": ["%s", "%s"]}
				""".formatted(s.reportId(), UUID.randomUUID()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("resultsReviewed[1]"));
		post(s.dermatologist(), note(appointment), """
				{"resultsReviewed": ["not-an-id"]}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("resultsReviewed[0]"));

		// ids and free text; a text in resultsReviewed (as before) is still the free text
		post(s.dermatologist(), note(appointment), """
				{"intervalHistory": "Well since the excision.", "resultsReviewed": "Chest X-ray: clear."}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.resultsReviewedText").value("Chest X-ray: clear."))
			.andExpect(jsonPath("$.resultsReviewed", hasSize(0)));
		ResultActions draft = post(s.dermatologist(), note(appointment), """
				{"intervalHistory": "Well since the excision.", "resultsReviewed": ["%s", "%s"],
				 "resultsReviewedText": "Chest X-ray: clear."}
				""".formatted(s.reportId(), slnb)).andExpect(status().isOk())
			.andExpect(jsonPath("$.resultsReviewed[0]").value(s.reportId()))
			.andExpect(jsonPath("$.reviewedResults[0].kind").value("pathology-report"))
			.andExpect(jsonPath("$.reviewedResults[0].link").value("/specimens/" + s.specimenId() + "/report"))
			.andExpect(jsonPath("$.reviewedResults[1].kind").value("workup-result"))
			.andExpect(jsonPath("$.reviewedResults[1].link").value("/cancers/" + s.cancerId() + "#order-slnb"))
			.andExpect(jsonPath("$.resultsReviewedText").value("Chest X-ray: clear."));
		Integer version = read(draft, "$.version");

		// the nurse reads the draft: no form fields, no sign button, the report as a link
		mvc.perform(get(page).with(login.as(s.nurse())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"read-only-draft\"")))
			.andExpect(content().string(containsString("Well since the excision.")))
			.andExpect(content().string(containsString("id=\"reviewed-" + s.reportId() + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"intervalHistory\""))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"reviewedResultIds\""))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"lesion-form\""))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"sign-note\""))));
		assertThat(appointments.find(appointment).orElseThrow().status()).isEqualTo(AppointmentStatus.SEEN);

		// signed: the reference stays, on the patient's visits and in the PDF
		post(s.dermatologist(), note(appointment), """
				{"version": %d, "intervalHistory": "Well since the excision.", "resultsReviewed": ["%s"],
				 "lesionReviews": [{"lesionId": "%s", "finding": "unchanged"}],
				 "assessment": "no-evidence-of-disease", "plan": "Next visit in 6 months.", "sign": true, "password": "%s"}
				""".formatted(version, s.reportId(), s.lesionId(), Staff.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resultsReviewed[0]").value(s.reportId()));
		mvc.perform(get("/api/v1/patients/" + s.patientId() + "/visits").with(login.as(s.dermatologist())))
			.andExpect(jsonPath("$[0].note.reviewedResults[0].id").value(s.reportId()))
			.andExpect(jsonPath("$[0].note.reviewedResults[0].link").value("/specimens/" + s.specimenId() + "/report"));
		byte[] pdf = mvc.perform(get(note(appointment) + ".pdf").with(login.as(s.dermatologist()))
			.header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(org.cutis.support.Pdf.text(pdf)).contains("병리 보고서, L1: 흑색종");

		// the next visit offers only what came since this one
		UUID next = visitAppointments.visitIn(s.patientId(), s.dermatologist(), 2);
		mvc.perform(get("/appointments/" + next + "/visit-note").with(login.as(s.dermatologist())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"" + s.reportId() + "\""))));
	}

	String adverseEvent(String derm, UUID patient) throws Exception {
		return read(post(derm, "/api/v1/patients/" + patient + "/adverse-events", """
				{"term": "Rash acneiform", "findings": {"bsaPercent": 20, "symptoms": "mild"}, "onsetDate": "%s",
				 "drugs": [{"drug": "cetuximab", "attribution": "probable"}]}
				""".formatted(LocalDate.now(clock).minusDays(3))).andExpect(status().isCreated()), "$.id");
	}

}
