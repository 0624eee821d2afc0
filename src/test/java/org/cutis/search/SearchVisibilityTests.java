package org.cutis.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.cutis.identity.Permission;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.PatientRegistration;
import org.cutis.patient.Sex;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.PathologyFlow;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
 * The seeded patient has a signed melanoma report: patient, lesion, specimen and report documents,
 * plus whatever other modules index on those steps. A kind with no record of the seeded patient is
 * checked on any record of its kind in the database (other tests' records); a kind with no record
 * at all is named in the output: add a step that makes one to {@link #seed()}.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchVisibilityTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
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

	@BeforeAll
	void seed() throws Exception {
		derm = staff.create(Role.DERMATOLOGIST);
		nurse = staff.create(Role.NURSE);
		pathologist = staff.create(Role.PATHOLOGIST);
		mine = patient(ClinicalSearchTests.uniqueName(), "Visible Vera");
		other = patient(ClinicalSearchTests.uniqueName(), "Other Olga");
		record = pathology.signed(derm, nurse, pathologist, mine, "melanoma", PathologyFlow.melanoma("0.6"));
		pathology.signed(derm, nurse, pathologist, other, "melanoma", PathologyFlow.melanoma("0.7"));
		accession = jdbc.queryForObject("select accession from specimen where id = ?", String.class, record.specimenId());
		for (Role role : Role.values()) {
			users.put(role, role == Role.PATIENT ? staff.createPatientAccount(mine) : staff.create(role));
		}
	}

	UUID patient(String hangul, String latin) {
		return registration.register(new PatientDetails(hangul, latin, Sex.FEMALE, LocalDate.of(1970, 5, 20),
				"010-" + (1000 + ThreadLocalRandom.current().nextInt(9000)) + "-4321", null, "ko", null, null, null, null));
	}

	@Test
	void everyRoleSeesExactlyTheKindsItsPermissionsAllowAndPatientsOnlyTheirOwn() throws Exception {
		Set<String> types = new TreeSet<>();
		modules.forEach(m -> types.addAll(m.types()));
		assertThat(types).contains("patient", "specimen", "lesion", "report");
		List<Doc> mineDocs = docs("patient_id = ?", mine);
		List<Doc> otherDocs = docs("patient_id = ?", other);
		List<Doc> withAccession = docs("patient_id = ? and (' ' || lower(coalesce(codes, '')) || ' ') like ?", mine,
				"% " + accession.toLowerCase() + " %");
		assertThat(withAccession).extracting(Doc::type).contains("specimen", "report");
		// the four kinds of the seeded steps, under the permissions their pages need
		Map<String, Permission> expected = Map.of("patient", Permission.PATIENT_READ, "lesion", Permission.LESION_READ,
				"specimen", Permission.SPECIMEN_READ, "report", Permission.REPORT_READ);
		expected.forEach((type, permission) -> assertThat(mineDocs)
			.filteredOn(d -> d.type().equals(type)).as(type).isNotEmpty()
			.allSatisfy(d -> assertThat(d.permission()).isEqualTo(permission)));
		// kinds the seeded patient has no record of: any record of the kind, someone else's
		Map<String, Doc> elsewhere = new LinkedHashMap<>();
		List<String> unchecked = new ArrayList<>();
		for (String type : types) {
			if (mineDocs.stream().noneMatch(d -> d.type().equals(type))) {
				docs("type = ? and not patient_voided and patient_id is not null order by updated_at desc limit 1", type)
					.forEach(d -> elsewhere.put(type, d));
				if (!elsewhere.containsKey(type)) {
					unchecked.add(type);
				}
			}
		}
		System.out.printf("search visibility: %d roles x kinds %s; checked elsewhere %s; no record to check %s%n",
				Role.values().length, types, elsewhere.keySet(), unchecked);

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
			for (Doc d : elsewhere.values()) {
				Set<String> seen = keys(user,
						"patient", d.patientId().toString(), "type", d.type());
				boolean may = d.permission().allows(role) && (role != Role.PATIENT || d.patientId().equals(mine));
				if (seen.contains(d.key()) != may) {
					differences.add(role.code() + " " + d.key() + ": seen " + seen.contains(d.key()) + ", may " + may);
				}
			}
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
		List<Map<String, Object>> all = new ArrayList<>();
		String next = null;
		for (int page = 0; page < 60; page++) {
			MockHttpServletRequestBuilder request = get("/api/v1/search");
			for (int i = 0; i < params.length; i += 2) {
				request.param(params[i], params[i + 1]);
			}
			if (next != null) {
				request.param("next", next);
			}
			String json = mvc.perform(request.with(login.as(user))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			all.addAll(JsonPath.<List<Map<String, Object>>>read(json, "$.items"));
			next = JsonPath.read(json, "$.next");
			// the search pages up to its deepest offset; the suite's shared database may hold more
			if (next == null || Integer.parseInt(next) > org.cutis.search.query.SearchQuery.MAX_OFFSET) {
				break;
			}
		}
		return all;
	}
}
