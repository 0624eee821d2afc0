package org.cutis.patient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cutis.identity.Role;
import org.cutis.patient.application.RrnKeyring;
import org.cutis.patient.application.RrnReencryption;
import org.cutis.shared.CutisProperties;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, the contract of the registration essentials: {@code rrn} and {@code insurance} on
 * POST and PUT, the number masked in every view, whole only from {@code GET .../rrn} for the
 * permitted roles and audited, duplicates refused, the number encrypted at rest, key rotation.
 */
@CutisTest
class RegistrationEssentialsApiTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Clock clock;
	@Autowired
	RrnKeyring keys;
	@Autowired
	RrnReencryption reencryption;
	@Autowired
	CutisProperties cutis;

	String clerk;
	String nurse;
	String dermatologist;

	@BeforeEach
	void accounts() {
		clerk = staff.create(Role.CLERK);
		nurse = staff.create(Role.NURSE);
		dermatologist = staff.create(Role.DERMATOLOGIST);
	}

	/** A synthetic number nobody else in this test run has. */
	static Rrn fresh(LocalDate birth, Sex sex) {
		return Rrn.of(birth, sex, false, ThreadLocalRandom.current().nextInt(100_000));
	}

	ResultActions send(String method, String path, String user, String json, String language) throws Exception {
		var request = (method.equals("PUT") ? put(path) : post(path)).with(login.as(user))
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		return mvc.perform(request);
	}

	static String patient(String rrn, String sex, String birthDate, String insurance) {
		return """
				{"nameHangul": "이수진", "nameLatin": "LEE Sujin", "sex": "%s", "birthDate": "%s",
				 "rrn": %s, "insurance": %s}
				""".formatted(sex, birthDate, rrn == null ? "null" : "\"" + rrn + "\"", insurance);
	}

	String register(Rrn rrn, String insurance) throws Exception {
		String body = send("POST", "/api/v1/patients", clerk, patient(rrn.formatted(), rrn.sex().code(),
				rrn.birthDate().toString(), insurance), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rrn").value(rrn.masked()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	void registersWithTheNumberAndInsuranceAndShowsTheNumberMaskedInEveryView() throws Exception {
		Rrn rrn = fresh(LocalDate.of(1990, 1, 1), Sex.MALE);
		// without the hyphen, medical aid grade 1
		String body = send("POST", "/api/v1/patients", clerk, patient(rrn.digits(), "male", "1990-01-01",
				"{\"type\": \"medical-aid\", \"grade\": \"1\"}"), "ko")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rrn").value("900101-1******"))
			.andExpect(jsonPath("$.insurance.type").value("medical-aid"))
			.andExpect(jsonPath("$.insurance.grade").value("1"))
			.andExpect(content().string(not(containsString(rrn.digits().substring(6)))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");

		mvc.perform(get("/api/v1/patients/" + id).with(login.as(dermatologist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rrn").value("900101-1******"))
			.andExpect(jsonPath("$.insurance.type").value("medical-aid"))
			.andExpect(content().string(not(containsString(rrn.digits().substring(6)))));
		// found by the whole number (through its keyed hash), shown masked
		mvc.perform(get("/api/v1/patients").param("q", rrn.formatted()).with(login.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)))
			.andExpect(jsonPath("$.items[0].rrn").value("900101-1******"))
			.andExpect(content().string(not(containsString(rrn.digits().substring(6)))));
		// and the search's audit line does not hold the number either
		assertThat(jdbc.queryForList("select detail from audit_entry where patient_id = ? and action = 'SEARCH'",
				String.class, UUID.fromString(id)))
			.isNotEmpty()
			.allSatisfy(detail -> assertThat(detail).doesNotContain(rrn.digits().substring(6)));
	}

	@Test
	void refusesBadNumbersAndInsuranceNamingTheFieldsInTheUsersLanguage() throws Exception {
		send("POST", "/api/v1/patients", clerk, patient("12345", "male", "1990-01-01", "null"), "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rrn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("주민등록번호")));
		send("POST", "/api/v1/patients", clerk, patient("901301-1234567", "male", "1990-01-01", "null"), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rrn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("birth date")));
		// birth date and sex must be those of the digits (and all problems come at once)
		send("POST", "/api/v1/patients", clerk,
				patient("900101-2234567", "male", "1991-01-01", "{\"type\": \"medical-aid\"}"), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("rrn")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("insurance.grade")))
			.andExpect(jsonPath("$.errors[?(@.field == 'rrn')].message").value(hasItem(containsString("1990-01-01"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'rrn')].message").value(hasItem(containsString("sex"))));
		// 2000s: the seventh digit must be 3 or 4
		send("POST", "/api/v1/patients", clerk, patient("050505-1234567", "male", "2005-05-05", "null"), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rrn"));
		send("POST", "/api/v1/patients", clerk,
				patient(null, "male", "1990-01-01", "{\"type\": \"self-pay\", \"grade\": \"1\"}"), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("insurance.grade"));
		send("POST", "/api/v1/patients", clerk, patient(null, "male", "1990-01-01", "{\"type\": \"private\"}"), "ko")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("insurance.type"));
	}

	@Test
	void acceptsANumberWithoutAValidCheckDigitAndAForeignRegistrationNumber() throws Exception {
		Rrn checked = fresh(LocalDate.of(1985, 3, 15), Sex.FEMALE);
		String unchecked = checked.digits().substring(0, 12) + ((checked.digits().charAt(12) - '0' + 1) % 10);
		send("POST", "/api/v1/patients", clerk, patient(unchecked, "female", "1985-03-15",
				"{\"type\": \"national-health-insurance\"}"), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rrn").value("850315-2******"));
		Rrn foreigner = Rrn.of(LocalDate.of(1979, 8, 8), Sex.MALE, true, ThreadLocalRandom.current().nextInt(100_000));
		send("POST", "/api/v1/patients", clerk, patient(foreigner.formatted(), "male", "1979-08-08",
				"{\"type\": \"self-pay\"}"), "en")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rrn").value("790808-5******"))
			.andExpect(jsonPath("$.insurance.type").value("self-pay"))
			.andExpect(jsonPath("$.insurance.grade").doesNotExist());
	}

	@Test
	void theWholeNumberIsForRegistrationStaffAndPhysiciansOnlyAndEveryLookIsAudited() throws Exception {
		Rrn rrn = fresh(LocalDate.of(1962, 7, 21), Sex.FEMALE);
		String id = register(rrn, "{\"type\": \"national-health-insurance\"}");

		mvc.perform(get("/api/v1/patients/" + id + "/rrn").with(login.as(nurse))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/patients/" + id + "/rrn").with(login.as(staff.create(Role.ADMIN))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/patients/" + id + "/rrn").with(login.as(staff.create(Role.PATHOLOGIST))))
			.andExpect(status().isForbidden());
		assertThat(views(id, "rrn")).isZero();

		mvc.perform(get("/api/v1/patients/" + id + "/rrn").with(login.as(clerk)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rrn").value(rrn.formatted()));
		mvc.perform(get("/api/v1/patients/" + id + "/rrn").with(login.as(dermatologist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rrn").value(rrn.formatted()));
		assertThat(views(id, "rrn")).isEqualTo(2);
		assertThat(jdbc.queryForList("select username from audit_entry where patient_id = ? and action = 'VIEW'"
				+ " and record_type = 'rrn' order by id", String.class, UUID.fromString(id)))
			.containsExactly(clerk, dermatologist);
	}

	int views(String patientId, String recordType) {
		return jdbc.queryForObject("select count(*) from audit_entry where patient_id = ? and action = 'VIEW'"
				+ " and record_type = ?", Integer.class, UUID.fromString(patientId), recordType);
	}

	@Test
	void aSecondChartWithTheSameNumberIsRefusedNamingTheNumberAndTheExistingChart() throws Exception {
		Rrn rrn = fresh(LocalDate.of(1958, 3, 14), Sex.MALE);
		String id = register(rrn, "null");
		String mrn = jdbc.queryForObject("select mrn from patient where id = ?", String.class, UUID.fromString(id));
		send("POST", "/api/v1/patients", clerk, """
				{"nameHangul": "김민수", "sex": "male", "birthDate": "1958-03-14", "rrn": "%s"}
				""".formatted(rrn.digits()), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rrn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(mrn)));
		// nor can another chart take it on a change
		Rrn other = fresh(LocalDate.of(1958, 3, 14), Sex.MALE);
		String second = register(other, "null");
		send("PUT", "/api/v1/patients/" + second, clerk, """
				{"nameHangul": "이수진", "sex": "male", "birthDate": "1958-03-14", "rrn": "%s", "version": 0}
				""".formatted(rrn.formatted()), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rrn"));
	}

	@Test
	void theDatabaseHoldsTheNumberEncryptedNeverItsDigits() throws Exception {
		Rrn rrn = fresh(LocalDate.of(1971, 7, 9), Sex.FEMALE);
		String id = register(rrn, "null");
		Map<String, Object> row = jdbc.queryForMap("select * from patient where id = ?", UUID.fromString(id));
		byte[] cipher = (byte[]) row.get("rrn_cipher");
		String back = rrn.digits().substring(6);
		assertThat(cipher).hasSizeGreaterThan(12 + 13);
		assertThat(new String(cipher, StandardCharsets.ISO_8859_1)).doesNotContain(back);
		assertThat(HexFormat.of().formatHex(cipher)).doesNotContain(back);
		assertThat(Base64.getEncoder().encodeToString(cipher)).doesNotContain(back);
		assertThat(row.get("rrn_key_id")).isEqualTo(keys.currentKeyId());
		assertThat((String) row.get("rrn_hash")).hasSize(64).doesNotContain(back);
		row.forEach((column, value) -> {
			if (value != null && !(value instanceof byte[])) {
				assertThat(value.toString()).as(column).doesNotContain(back);
			}
		});
		// the same number twice gives two ciphertexts (a random nonce per value)
		String second = register(fresh(LocalDate.of(1971, 7, 9), Sex.FEMALE), "null");
		jdbc.update("update patient set rrn_cipher = null, rrn_key_id = null, rrn_hash = null, rrn_masked = null"
				+ " where id = ?", UUID.fromString(second));
		send("PUT", "/api/v1/patients/" + second, clerk, """
				{"nameHangul": "이수진", "sex": "female", "birthDate": "1971-07-09", "rrn": "%s", "version": 0}
				""".formatted(rrn.formatted()), "en").andExpect(status().isBadRequest());
		// the key file is outside the database, readable by its owner only
		Path keyFile = cutis.dataDir().resolve("keys/rrn-" + keys.currentKeyId() + ".key");
		assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
	}

	@Test
	void aChangeKeepsTheMaskedNumberReplacesAWholeOneAndChecksTheNumberAgainstChangedDetails() throws Exception {
		Rrn rrn = fresh(LocalDate.of(1980, 12, 24), Sex.MALE);
		String id = register(rrn, "{\"type\": \"national-health-insurance\"}");
		// a client that read the masked number and sends it back keeps the number
		send("PUT", "/api/v1/patients/" + id, clerk, """
				{"nameHangul": "이수진", "sex": "male", "birthDate": "1980-12-24", "rrn": "801224-1******",
				 "insurance": {"type": "industrial-accident"},
				 "specialCopay": {"number": "V193-2023-0042", "registeredOn": "2023-05-02"}, "version": 0}
				""", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rrn").value("801224-1******"))
			.andExpect(jsonPath("$.insurance.type").value("industrial-accident"))
			.andExpect(jsonPath("$.specialCopay.expiresOn").value("2028-05-02"));
		mvc.perform(get("/api/v1/patients/" + id + "/rrn").with(login.as(clerk)))
			.andExpect(jsonPath("$.rrn").value(rrn.formatted()));
		// a changed birth date no longer fits the number kept
		send("PUT", "/api/v1/patients/" + id, clerk, """
				{"nameHangul": "이수진", "sex": "male", "birthDate": "1981-12-24", "version": 1}
				""", "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rrn"));
		// a corrected number replaces it; the history keeps the masked form only
		Rrn corrected = fresh(LocalDate.of(1981, 12, 24), Sex.MALE);
		send("PUT", "/api/v1/patients/" + id, clerk, """
				{"nameHangul": "이수진", "sex": "male", "birthDate": "1981-12-24", "rrn": "%s", "version": 1}
				""".formatted(corrected.digits()), "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rrn").value("811224-1******"))
			.andExpect(jsonPath("$.insurance.type").value("industrial-accident"));
		assertThat(jdbc.queryForList("select snapshot from patient_revision where patient_id = ?", String.class,
				UUID.fromString(id)))
			.hasSize(2)
			.allSatisfy(snapshot -> assertThat(snapshot).contains("rrn=801224-1******")
				.doesNotContain(rrn.digits().substring(6)));
	}

	@Test
	void aNewKeyBecomesCurrentAndTheRotationReencryptsTheOlderNumbers() throws Exception {
		Rrn rrn = fresh(LocalDate.of(1944, 2, 2), Sex.FEMALE);
		String id = register(rrn, "null");
		String before = keys.currentKeyId();
		byte[] oldCipher = jdbc.queryForObject("select rrn_cipher from patient where id = ?", byte[].class,
				UUID.fromString(id));

		// the operator puts the next key file in place (as the README says) and Cutis starts again
		String next = Long.toString(Long.parseLong(before) + 1);
		Path file = cutis.dataDir().resolve("keys/rrn-" + next + ".key");
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		keys.load();
		assertThat(keys.currentKeyId()).isEqualTo(next);
		assertThat(reencryption.reencrypt()).isPositive();

		assertThat(jdbc.queryForObject("select count(*) from patient where rrn_key_id <> ?", Integer.class, next))
			.isZero();
		assertThat(jdbc.queryForObject("select rrn_cipher from patient where id = ?", byte[].class,
				UUID.fromString(id)))
			.isNotEqualTo(oldCipher);
		mvc.perform(get("/api/v1/patients/" + id + "/rrn").with(login.as(clerk)))
			.andExpect(jsonPath("$.rrn").value(rrn.formatted()));
		// the hash key is not rotated: duplicates are still found
		send("POST", "/api/v1/patients", clerk, patient(rrn.formatted(), "female", "1944-02-02", "null"), "en")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rrn"));
		assertThat(reencryption.reencrypt()).isZero();
	}
}
