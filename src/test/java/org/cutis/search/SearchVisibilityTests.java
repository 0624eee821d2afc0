package org.cutis.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cutis.clinic.visit.VisitAppointments;
import org.cutis.identity.Department;
import org.cutis.identity.Permission;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.PatientRegistration;
import org.cutis.patient.Sex;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.BoardFlow;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SearchPages;
import org.cutis.support.PathologyFlow;
import org.cutis.support.ReferralFlow;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every role finds, generated like the access matrix: one account of every role in
 * {@link Role} (a patient account for the seeded patient), records of every indexed kind the
 * modules declare ({@link Searchable#types()}), and for each role exactly the kinds whose permission
 * the role holds, a patient account only its own, a voided patient's records never.
 * <p>
 * The seeded patient has one record of every indexed kind, made through the modules' own APIs
 * ({@link #seed()}); a kind the modules index with no record of the seeded patient, or without its
 * permission named in the test, fails it: add a step that makes one to {@link #seed()}.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchVisibilityTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	SearchPages pages;
	@Autowired
	Staff staff;
	@Autowired
	PathologyFlow pathology;
	@Autowired
	BiopsyFlow biopsy;
	@Autowired
	PatientRegistration registration;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	List<Searchable> modules;
	@Autowired
	SearchDocuments documents;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	SignedCancers cancers;
	@Autowired
	BoardFlow board;
	@Autowired
	ReferralFlow referrals;
	@Autowired
	VisitAppointments visits;
	@Autowired
	TestClock clock;

	UUID mine;
	UUID other;
	PathologyFlow.Signed record;
	String accession;
	final Map<Role, String> users = new EnumMap<>(Role.class);
	String derm;
	String nurse;
	String pathologist;

	record Doc(String type, String id, UUID patientId, Permission permission) {
		String key() {
			return type + ":" + id;
		}
	}

	/**
	 * One record of every indexed kind for the seeded patient, each made through its module's own
	 * API as the clinic makes it: a signed melanoma of stage IB (patient, lesion, specimen, report,
	 * and the cancer staging opens), a referral, a procedure, a Mohs case, a systemic course, a skin
	 * adverse event, a signed visit note (a draft is never indexed) and the tumor board's signed
	 * recommendation. The other patient has a signed melanoma only.
	 */
	@BeforeAll
	void seed() throws Exception {
		derm = staff.create(Role.DERMATOLOGIST);
		nurse = staff.create(Role.NURSE);
		pathologist = staff.create(Role.PATHOLOGIST);
		mine = patient(ClinicalSearchTests.uniqueName(), "Visible Vera");
		other = patient(ClinicalSearchTests.uniqueName(), "Other Olga");
		for (Role role : Role.values()) {
			users.put(role, role == Role.PATIENT ? staff.createPatientAccount(mine) : staff.create(role));
		}
		// 1.5 mm: stage IB, the first stage the tumor board is proposed
		record = pathology.signed(derm, nurse, pathologist, mine, "melanoma", PathologyFlow.melanoma("1.5"));
		pathology.signed(derm, nurse, pathologist, other, "melanoma", PathologyFlow.melanoma("0.7"));
		accession = jdbc.queryForObject("select accession from specimen where id = ?", String.class, record.specimenId());
		UUID cancer = cancers.awaitCancer(record.lesionId());
		LocalDate today = LocalDate.now(clock);

		referrals.received(users.get(Role.CLERK), mine, "pigmented lesion of the back, enlarging");
		make(derm, "/api/v1/procedures", """
				{"kind": "cryotherapy", "lesionId": "%s", "performedOn": "%s", "cycles": 1}
				""".formatted(record.lesionId(), today));
		// a melanoma is no Mohs tumour by the appropriate use criteria: the surgeon says why
		make(derm, "/api/v1/mohs-cases", """
				{"lesionId": "%s", "cancerId": "%s", "tumor": "melanoma-in-situ", "patient": "healthy",
				 "recurrent": false, "priorRadiationAtSite": false, "reason": "staged excision declined"}
				""".formatted(record.lesionId(), cancer));
		make(staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY), "/api/v1/systemic-courses", """
				{"cancerId": "%s", "regimen": "nivolumab", "setting": "adjuvant", "line": 1, "heightCm": 165,
				 "weightKg": 60, "startDate": "%s"}
				""".formatted(cancer, today));
		make(derm, "/api/v1/patients/" + mine + "/adverse-events", """
				{"term": "Rash acneiform", "findings": {"bsaPercent": 20, "symptoms": "mild"}, "onsetDate": "%s",
				 "drugs": [{"drug": "cetuximab", "attribution": "possible"}]}
				""".formatted(today.minusDays(3)));
		try {
			UUID appointment = visits.today(mine, derm);
			make(derm, "/api/v1/appointments/" + appointment + "/visit-note", """
					{"intervalHistory": "No new lesions.", "lesionReviews": [{"lesionId": "%s", "finding": "unchanged"}],
					 "assessment": "no-evidence-of-disease", "plan": "Next visit in 3 months.",
					 "sign": true, "password": "%s"}
					""".formatted(record.lesionId(), Staff.PASSWORD));
		}
		finally {
			visits.backToToday();
		}
		try {
			BoardFlow.Listed listed = board.listed(new SignedCancers.Signed(derm, nurse, pathologist, mine,
					record.lesionId().toString(), record.specimenId().toString(), record.reportId().toString(), cancer));
			board.sign(listed, "curative", List.of("{\"type\": \"wide-local-excision\", \"detail\": \"2 cm\"}"));
		}
		finally {
			clock.reset();
		}
	}

	private void make(String user, String path, String json) throws Exception {
		mvc.perform(MockMvcRequestBuilders.post(path).with(login.as(user)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().is2xxSuccessful());
	}

	UUID patient(String hangul, String latin) {
		return registration.register(new PatientDetails(hangul, latin, Sex.FEMALE, LocalDate.of(1970, 5, 20),
				"010-" + (1000 + ThreadLocalRandom.current().nextInt(9000)) + "-4321", null, "ko", null, null, null, null));
	}

	@Test
	void everyRoleSeesExactlyTheKindsItsPermissionsAllowAndPatientsOnlyTheirOwn() throws Exception {
		Set<String> types = new TreeSet<>();
		modules.forEach(m -> types.addAll(m.types()));
		// every kind under the permission its page needs; a new kind is named here and seeded in seed()
		Map<String, Permission> expected = Map.ofEntries(Map.entry("patient", Permission.PATIENT_READ),
				Map.entry("lesion", Permission.LESION_READ), Map.entry("specimen", Permission.SPECIMEN_READ),
				Map.entry("report", Permission.REPORT_READ), Map.entry("cancer", Permission.CANCER_READ),
				Map.entry("referral", Permission.REFERRAL_READ), Map.entry("recommendation", Permission.BOARD_READ),
				Map.entry("treatment", Permission.PROCEDURE_READ), Map.entry("mohs", Permission.MOHS_READ),
				Map.entry("therapy", Permission.ONCOLOGY_READ), Map.entry("visit-note", Permission.VISIT_NOTE_READ),
				Map.entry("adverse-event", Permission.SKIN_AE_READ));
		assertThat(types).as("indexed kinds: name each one's permission here and seed a record of it in seed()")
			.containsExactlyInAnyOrderElementsOf(expected.keySet());
		List<Doc> mineDocs = docs("patient_id = ?", mine);
		List<Doc> otherDocs = docs("patient_id = ?", other);
		List<Doc> withAccession = docs("patient_id = ? and (' ' || lower(coalesce(codes, '')) || ' ') like ?", mine,
				"% " + accession.toLowerCase() + " %");
		assertThat(withAccession).extracting(Doc::type).contains("specimen", "report");
		// a kind without a record of the seeded patient would go unchecked: seed() makes one of each
		assertThat(mineDocs).extracting(Doc::type).as("kinds of the seeded patient's records")
			.containsAll(types);
		expected.forEach((type, permission) -> assertThat(mineDocs)
			.filteredOn(d -> d.type().equals(type)).as(type)
			.allSatisfy(d -> assertThat(d.permission()).isEqualTo(permission)));

		List<String> differences = new ArrayList<>();
		for (Role role : Role.values()) {
			String user = users.get(role);
			if (!Permission.CLINICAL_SEARCH.allows(role)) {
				mvc.perform(get("/api/v1/search").param("patient", mine.toString()).with(login.as(user)))
					.andExpect(status().isForbidden());
				continue;
			}
			compare(differences, role, "patient=mine", keys(user, "patient", mine.toString()),
					visible(mineDocs, role, mine));
			compare(differences, role, "patient=other", keys(user, "patient", other.toString()),
					visible(otherDocs, role, mine));
			// the text path: the accession number finds the specimen and its report, each if the role may see it
			compare(differences, role, "q=accession",
					keys(user, "q", accession, "patient", mine.toString()),
					visible(withAccession, role, mine));
		}
		assertThat(differences).isEmpty();
		mvc.perform(get("/api/v1/search").param("patient", mine.toString())).andExpect(status().isUnauthorized());
	}

	@Test
	void aVoidedPatientsRecordsVanishForEveryRoleAndComeBackWhenUnvoided() throws Exception {
		String name = ClinicalSearchTests.uniqueName();
		UUID voided = patient(name, "Voided Valerie");
		PathologyFlow.Signed signed = pathology.signed(derm, nurse, pathologist, voided, "melanoma",
				PathologyFlow.melanoma("1.1"));
		String lesion = biopsy.lesion(derm, voided, "back", "back", 4, "bcc");
		String voidedAccession = jdbc.queryForObject("select accession from specimen where id = ?", String.class,
				signed.specimenId());
		String mrn = jdbc.queryForObject("select mrn from patient where id = ?", String.class, voided);
		Set<String> ids = Set.of(voided.toString(), signed.lesionId().toString(), signed.specimenId().toString(),
				signed.reportId().toString(), lesion);
		List<String> queries = List.of(name, name.substring(1), mrn, voidedAccession, "흑색종", "기저세포암",
				"basal cell carcinoma", "melanoma");
		// before: the dermatologist finds every one of them
		Set<String> before = new LinkedHashSet<>();
		for (String q : queries) {
			before.addAll(ids(users.get(Role.DERMATOLOGIST), "q", q, "patient", voided.toString()));
		}
		assertThat(before).containsAll(ids);

		mvc.perform(post("/api/v1/patients/" + voided + "/void").with(login.as(users.get(Role.CLERK)))
			.contentType("application/json").content("{\"reason\": \"registered twice\"}")).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from search_document where patient_id = ? and not patient_voided",
				Long.class, voided)).isZero();
		for (Role role : Role.values()) {
			if (!Permission.CLINICAL_SEARCH.allows(role)) {
				continue;
			}
			for (String q : queries) {
				// identifiers and names over the whole index; the lesion words (hundreds of other
				// patients' melanomas) within the voided patient's records, and over the whole index once below
				boolean selective = !q.matches("[a-z ]+|흑색종|기저세포암");
				assertThat(selective ? ids(users.get(role), "q", q) : ids(users.get(role), "q", q, "patient", voided.toString()))
					.as(role + " " + q).doesNotContainAnyElementsOf(ids);
			}
			assertThat(ids(users.get(role), "patient", voided.toString())).isEmpty();
		}
		for (String q : List.of("흑색종", "basal cell carcinoma")) {
			assertThat(ids(users.get(Role.DERMATOLOGIST), "q", q, "type", "lesion")).doesNotContainAnyElementsOf(ids);
		}
		// a record of the voided patient written later is hidden too
		new TransactionTemplate(transactions).executeWithoutResult(tx -> documents.upsert(new SearchEntry("lesion",
				UUID.randomUUID(), voided, "L9", null, "흑색종 melanoma later", List.of(), LocalDate.now(), "DERMATOLOGY",
				"high", Permission.LESION_READ, "/lesions/x", false)));
		assertThat(jdbc.queryForObject("select count(*) from search_document where patient_id = ? and not patient_voided",
				Long.class, voided)).isZero();
		assertThat(ids(users.get(Role.DERMATOLOGIST), "patient", voided.toString())).isEmpty();

		// the registry has no un-voiding; the port supports it: the patient's document not voided brings all back
		SearchEntry unvoided = new SearchEntry("patient", voided, voided, name + " · " + mrn, name, null, List.of(mrn),
				LocalDate.now(), null, null, Permission.PATIENT_READ, "/patients/" + voided, false);
		new TransactionTemplate(transactions).executeWithoutResult(tx -> documents.upsert(unvoided));
		assertThat(ids(users.get(Role.DERMATOLOGIST), "patient", voided.toString()))
			.containsAll(ids);
		// and voided again, as the registry has it
		new TransactionTemplate(transactions).executeWithoutResult(tx -> documents.upsert(new SearchEntry("patient",
				voided, voided, name + " · " + mrn, name, null, List.of(mrn), LocalDate.now(), null, null,
				Permission.PATIENT_READ, "/patients/" + voided, true)));
		assertThat(ids(users.get(Role.DERMATOLOGIST), "patient", voided.toString())).isEmpty();
	}

	private List<Doc> docs(String where, Object... args) {
		return jdbc.query("select type, record_id, patient_id, permission from search_document where not voided and "
				+ where, (rs, i) -> new Doc(rs.getString("type"), rs.getString("record_id"),
						rs.getObject("patient_id", UUID.class), Permission.valueOf(rs.getString("permission"))), args);
	}

	/** What the role may see of these documents: its permissions, and for a patient account only its own. */
	private static Set<String> visible(List<Doc> docs, Role role, UUID ownPatient) {
		Set<String> keys = new TreeSet<>();
		for (Doc d : docs) {
			if (d.permission().allows(role) && (role != Role.PATIENT || ownPatient.equals(d.patientId()))) {
				keys.add(d.key());
			}
		}
		return keys;
	}

	private static void compare(List<String> differences, Role role, String what, Set<String> seen, Set<String> expected) {
		if (!seen.equals(expected)) {
			differences.add(role.code() + " " + what + ": saw " + seen + ", expected " + expected);
		}
	}

	/** type:id of every result, following {@code next}. */
	private Set<String> keys(String user, String... params) throws Exception {
		Set<String> keys = new TreeSet<>();
		for (Map<String, Object> item : items(user, params)) {
			keys.add(item.get("type") + ":" + item.get("id"));
		}
		return keys;
	}

	private Set<String> ids(String user, String... params) throws Exception {
		Set<String> ids = new TreeSet<>();
		for (Map<String, Object> item : items(user, params)) {
			ids.add((String) item.get("id"));
		}
		return ids;
	}

	private List<Map<String, Object>> items(String user, String... params) throws Exception {
		return pages.items(user, params);
	}
}
