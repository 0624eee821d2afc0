package org.cutis.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditEntry;
import org.cutis.audit.AuditLog;
import org.cutis.audit.AuditQuery;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 6 at the API, one sub-finding at a time, over real HTTP (so the container's error
 * page and the filters in front of Spring MVC take part): bad input is a 4xx problem detail that
 * names the field in the caller's language, never a 500.
 */
@CutisTest
class BadInputApiTests {
	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	Clinic clinic;
	@Autowired
	AuditLog audit;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	final JsonMapper json = JsonMapper.builder().build();
	String clerk;
	String clerkToken;

	record Answer(int status, String contentType, JsonNode body) {
		String field() {
			return body.path("errors").path(0).path("field").asString();
		}

		String message() {
			return body.path("errors").path(0).path("message").asString();
		}
	}

	@BeforeEach
	void clerk() throws Exception {
		clerk = staff.create(Role.CLERK, Department.ADMINISTRATION);
		clerkToken = token(clerk);
	}

	String token(String username) throws Exception {
		Answer issued = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Authorization", basic(username, Staff.PASSWORD))
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(issued.status()).isEqualTo(201);
		return issued.body().get("token").asString();
	}

	Answer post(String token, String path, String contentType, String body) throws Exception {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "en")
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	Answer get(String token, String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "en")
			.GET());
	}

	Answer send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String type = response.headers().firstValue("Content-Type").orElse("");
		JsonNode body = type.contains("json") && !response.body().isBlank() ? json.readTree(response.body())
				: json.createObjectNode();
		return new Answer(response.statusCode(), type, body);
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static final String PATIENT = """
			{"nameHangul": "김민수", "nameLatin": "KIM Minsu", "sex": "male", "birthDate": "1958-03-14"%s}
			""";

	@Test
	void aWrongContentTypeIs415() throws Exception {
		String voiding = "/api/v1/patients/" + clinic.patient() + "/void";
		for (String type : List.of("text/plain", "application/xml", "*/*", "garbage", "application/json; charset=klingon")) {
			Answer answer = post(clerkToken, voiding, type, "{\"reason\": \"registered twice\"}");
			assertThat(answer.status()).as(type).isEqualTo(415);
			assertThat(answer.contentType()).as(type).startsWith("application/problem+json");
			assertThat(answer.body().path("detail").asString()).as(type).contains("application/json");
		}
	}

	@Test
	void aNulCharacterInJsonTextIs400NamingTheField() throws Exception {
		Answer answer = post(clerkToken, "/api/v1/patients", "application/json",
				PATIENT.formatted(", \"address\": \"Seoul\\u0000Jongno\""));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.field()).isEqualTo("address");
		assertThat(answer.message()).contains("NUL");
		Answer nested = post(clerkToken, "/api/v1/patients", "application/json",
				PATIENT.formatted(", \"emergencyContact\": {\"name\": \"\\u0000\"}"));
		assertThat(nested.field()).isEqualTo("emergencyContact.name");
	}

	@Test
	void aNulCharacterInAQueryParameterIs400NamingIt() throws Exception {
		Answer answer = get(clerkToken, "/api/v1/patients?q=kim%00");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.field()).isEqualTo("q");
		assertThat(answer.message()).contains("NUL");
	}

	@Test
	void parametersThatAreNoUtf8Are400() throws Exception {
		Answer answer = get(clerkToken, "/api/v1/patients?q=%FF%FE");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aNulCharacterInTheLoginNameIs400NamingIt() throws Exception {
		Answer answer = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Authorization", basic("admin\u0000", "whatever"))
			.header("Accept-Language", "ko")
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.field()).isEqualTo("username");
		assertThat(answer.message()).isEqualTo("허용되지 않는 NUL 문자(\\0)가 들어 있습니다.");
	}

	@Test
	void aLoginNameLongerThanItsColumnIsRefusedAndTheAttemptAudited() throws Exception {
		String name = "x" + UUID.randomUUID().toString().replace("-", "") + "y".repeat(167);
		assertThat(name).hasSize(200);
		Answer answer = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Authorization", basic(name, "whatever"))
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(answer.status()).isEqualTo(401);
		List<AuditEntry> failed = audit.find(new AuditQuery(null, null, AuditAction.LOGIN_FAILED, null, null, null, 500))
			.stream()
			.filter(e -> e.user().startsWith(name.substring(0, 40)))
			.toList();
		assertThat(failed).isNotEmpty();
		assertThat(failed.get(0).user()).hasSize(60).endsWith("\u2026");
		assertThat(failed.get(0).recordId()).hasSize(100).startsWith(name.substring(0, 99));
	}

	@Test
	void textLongerThanItsColumnIs400NamingTheFieldBeforeTheDatabase() throws Exception {
		String patient = clinic.patient().toString();
		Answer voided = post(clerkToken, "/api/v1/patients/" + patient + "/void", "application/json",
				"{\"reason\": \"" + "r".repeat(501) + "\"}");
		assertThat(voided.status()).isEqualTo(400);
		assertThat(voided.field()).isEqualTo("reason");
		assertThat(voided.message()).isEqualTo("At most 500 characters.");
		// the patient is not voided: nothing was half-saved
		assertThat(get(clerkToken, "/api/v1/patients/" + patient).body().path("voided").asBoolean()).isFalse();

		Answer relation = post(clerkToken, "/api/v1/patients", "application/json",
				PATIENT.formatted(", \"emergencyContact\": {\"name\": \"KIM Jisu\", \"relation\": \"" + "딸".repeat(101)
						+ "\"}"));
		assertThat(relation.status()).isEqualTo(400);
		assertThat(relation.field()).isEqualTo("emergencyRelation");
		assertThat(relation.message()).isEqualTo("At most 100 characters.");
		// an emoji is one character in PostgreSQL, as in the column's length
		Answer emoji = post(clerkToken, "/api/v1/patients", "application/json",
				PATIENT.formatted(", \"emergencyContact\": {\"name\": \"KIM Jisu\", \"relation\": \""
						+ "\ud83d\udc69".repeat(100) + "\"}"));
		assertThat(emoji.status()).isEqualTo(201);
	}

	@Test
	void numbersOutOfRangeAre400NamingTheField() throws Exception {
		String nurse = token(staff.create(Role.NURSE, Department.NURSING));
		Answer cutOff = post(nurse, "/api/v1/tumor-board/meetings", "application/json", """
				{"title": "Board", "scheduledAt": "2031-01-07T08:00:00Z", "cutOffHoursBefore": 9223372036854775807,
				 "place": "Room 3", "chair": "%s"}
				""".formatted(staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY)));
		assertThat(cutOff.status()).isEqualTo(400);
		assertThat(cutOff.field()).isEqualTo("cutOffHoursBefore");

		Answer version = post(clerkToken, "/api/v1/patients", "application/json",
				PATIENT.formatted(", \"version\": 9223372036854775808"));
		assertThat(version.status()).isEqualTo(400);
		assertThat(version.field()).isEqualTo("version");

		String derm = token(staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY));
		Answer size = post(derm, "/api/v1/patients/" + clinic.patient() + "/lesions", "application/json", """
				{"view": "back", "x": 40, "y": 30, "site": "back", "laterality": "left", "sizeMm": 1e20,
				 "impression": "melanoma", "suspicion": "high"}
				""");
		assertThat(size.status()).isEqualTo(400);
		assertThat(size.field()).isEqualTo("sizeMm");
	}

	@Test
	void datesBeyondTheYear9999Are400() throws Exception {
		String admin = token(staff.create(Role.ADMIN, Department.ADMINISTRATION));
		Answer from = get(admin, "/api/v1/audit?from=%2B999999999-12-31");
		assertThat(from.status()).isEqualTo(400);
		assertThat(from.field()).isEqualTo("from");
		Answer birth = post(clerkToken, "/api/v1/patients", "application/json", """
				{"nameLatin": "KIM Minsu", "sex": "male", "birthDate": "+10000-01-01"}
				""");
		assertThat(birth.status()).isEqualTo(400);
		assertThat(birth.field()).isEqualTo("birthDate");
	}

	@Test
	void anUnknownFieldIsRefusedNamingIt() throws Exception {
		Answer answer = post(clerkToken, "/api/v1/patients", "application/json",
				PATIENT.formatted(", \"adress\": \"Seoul\""));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.field()).isEqualTo("adress");
		assertThat(answer.message()).isEqualTo("Unknown field; check its name.");
		Answer nested = post(clerkToken, "/api/v1/patients", "application/json",
				PATIENT.formatted(", \"emergencyContact\": {\"nmae\": \"KIM Jisu\"}"));
		assertThat(nested.field()).isEqualTo("emergencyContact.nmae");
	}

	@Test
	void aNullEntryInAListIsRefusedNamingTheList() throws Exception {
		String nurse = token(staff.create(Role.NURSE, Department.NURSING));
		Answer answer = post(nurse, "/api/v1/tumor-board/cases/" + UUID.randomUUID() + "/attendance",
				"application/json", "{\"attendees\": [null]}");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.field()).isEqualTo("attendees");
	}

	@Test
	void aMalformedIdInAnApiPathIsNotFound() throws Exception {
		String derm = token(staff.create(Role.DERMATOLOGIST, Department.DERMATOLOGY));
		for (String path : List.of("/api/v1/patients/not-a-uuid", "/api/v1/lesions/1", "/api/v1/specimens/%20",
				"/api/v1/cancers/00000000-0000-0000-0000-00000000000g", "/api/v1/patients/" + UUID.randomUUID())) {
			Answer answer = get(derm, path);
			assertThat(answer.status()).as(path).isEqualTo(404);
			assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
		}
	}
}
