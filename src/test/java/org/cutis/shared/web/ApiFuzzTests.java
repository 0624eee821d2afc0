package org.cutis.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDirectory;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never gives a server error. Reads the running application's OpenAPI document and
 * sends every operation thousands of hostile variations (see {@link OpenApiFuzzer}) as an
 * administrator, as a clerk and as a clinician who may perform the operation, against real
 * records. Fails on any 5xx, and on an API error that is not a problem detail.
 */
@CutisTest
class ApiFuzzTests {
	/**
	 * Fixed, so a failure is reproducible. To explore further: {@code -Dcutis.fuzz.seed=N} and
	 * {@code -Dcutis.fuzz.values=6} (hostile values per field) on the Maven command line.
	 */
	static final long SEED = Long.getLong("cutis.fuzz.seed", 20_261_130L);
	static final int VALUES_PER_FIELD = Integer.getInteger("cutis.fuzz.values", 2);
	static final int MINIMUM_REQUESTS = 2_000;

	@LocalServerPort
	int port;
	@Autowired
	Staff staff;
	@Autowired
	SignedCancers cancers;
	@Autowired
	BiopsyFlow biopsies;
	@Autowired
	Clinic clinic;
	@Autowired
	PatientDirectory patients;
	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();
	final JsonMapper json = JsonMapper.builder().build();

	record Caller(String role, String token) {
	}

	record Failure(String caller, OpenApiFuzzer.Request request, int status, String answer) {
		@Override
		public String toString() {
			return status + " as " + caller + ": " + request.describe() + "\n      -> "
					+ answer.substring(0, Math.min(answer.length(), 300));
		}
	}

	@Test
	void noOperationAnswersBadInputWithAServerError() throws Exception {
		long started = System.nanoTime();
		Caller admin = caller(Role.ADMIN, Department.ADMINISTRATION);
		Caller clerk = caller(Role.CLERK, Department.ADMINISTRATION);
		Map<String, Caller> clinicians = new LinkedHashMap<>();
		clinicians.put("dermatologist", caller(Role.DERMATOLOGIST, Department.DERMATOLOGY));
		clinicians.put("pathologist", caller(Role.PATHOLOGIST, Department.PATHOLOGY));
		clinicians.put("nurse", caller(Role.NURSE, Department.NURSING));
		Records records = records(clerk, clinicians.get("nurse"));

		JsonNode document = json.readTree(send(admin, new OpenApiFuzzer.Request("GET", "/api/docs.json", null, null,
				"application/json", "document")).body());
		List<OpenApiFuzzer.Request> requests = new OpenApiFuzzer(document, SEED, VALUES_PER_FIELD, records::value).requests();

		List<Failure> serverErrors = new ArrayList<>();
		List<Failure> notProblems = new ArrayList<>();
		int sent = 0;
		Map<String, Long> time = new java.util.TreeMap<>();
		for (OpenApiFuzzer.Request request : requests) {
			List<Caller> callers = new ArrayList<>(List.of(admin, clerk));
			if (reachesTheOperation(request)) {
				callers.add(clinicians.get(clinicianFor(request.path())));
			}
			for (Caller caller : callers) {
				long before = System.nanoTime();
				HttpResponse<byte[]> response = send(caller, request);
				time.merge(request.what().split(" ")[0], System.nanoTime() - before, Long::sum);
				sent++;
				String answer = new String(response.body(), StandardCharsets.UTF_8);
				if (response.statusCode() >= 500) {
					serverErrors.add(new Failure(caller.role(), request, response.statusCode(), answer));
				}
				else if (response.statusCode() >= 400 && response.statusCode() != 406
						&& !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
					notProblems.add(new Failure(caller.role(), request, response.statusCode(), answer));
				}
			}
		}
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		System.out.printf("API fuzz (seed %d): %d operations' variations, %d requests, %d with 5xx, %d 4xx without "
				+ "a problem detail, %d s%n", SEED, requests.size(), sent, serverErrors.size(), notProblems.size(),
				seconds);
		time.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
			.forEach(e -> System.out.printf("  %-12s %6d ms%n", e.getKey(), e.getValue() / 1_000_000));
		serverErrors.stream().limit(60).forEach(f -> System.out.println("  5xx " + f));
		notProblems.stream().limit(30).forEach(f -> System.out.println("  not a problem " + f));

		assertThat(sent).isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
		assertThat(serverErrors).as("requests answered with a server error").isEmpty();
		assertThat(notProblems).as("API errors that are not RFC 9457 problem details").isEmpty();
	}

	/**
	 * A request that is well-formed up to one field: sent a third time as a clinician who may
	 * perform the operation, so the operation's own checks (and the database) see the bad value.
	 */
	static boolean reachesTheOperation(OpenApiFuzzer.Request request) {
		return List.of("plausible", "field ", "missing ", "item ", "100,001", "unknown", "multipart field", "file ")
			.stream()
			.anyMatch(request.what()::startsWith);
	}

	/** The clinician who may perform the operation, so the fuzzer reaches past the role check. */
	static String clinicianFor(String path) {
		if (path.startsWith("/api/v1/reports") || path.matches("/api/v1/specimens/[^/]+/report.*")) {
			return "pathologist";
		}
		if (path.startsWith("/api/v1/tumor-board") || path.startsWith("/api/v1/referrals")
				|| path.startsWith("/api/v1/specimens") || path.startsWith("/api/v1/action-items")) {
			return "nurse";
		}
		return "dermatologist";
	}

	HttpResponse<byte[]> send(Caller caller, OpenApiFuzzer.Request request) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + caller.token())
			.header("Accept", request.accept())
			.header("Accept-Language", request.path().hashCode() % 2 == 0 ? "ko" : "en");
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(request.body()));
		return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	Caller caller(Role role, Department department) throws Exception {
		String username = staff.create(role, department);
		String basic = Base64.getEncoder()
			.encodeToString((username + ":" + Staff.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/tokens"))
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		return new Caller(role.code(), json.readTree(issued.body()).get("token").asString());
	}

	/**
	 * Real records for the ids in the paths, so a request gets past "not found" to the checks of
	 * the operation: a signed, staged melanoma with its board case and work-up, a second specimen
	 * received and waiting for its report, a referral, a meeting, and a staff account to change.
	 */
	Records records(Caller clerk, Caller nurse) throws Exception {
		SignedCancers.Signed melanoma = cancers.melanoma("1.2", false);
		BiopsyFlow.Ordered waiting = cancers.receivedNewLesion(melanoma, "melanoma");
		Records r = new Records();
		r.ids.put("patients", melanoma.patientId().toString());
		r.ids.put("lesions", melanoma.lesionId());
		r.ids.put("specimens", waiting.specimenId());
		r.ids.put("reports", melanoma.reportId());
		r.ids.put("cancers", melanoma.cancerId().toString());
		r.ids.put("photo", jdbc.queryForObject("select id::text from lesion_photo where lesion_id = ?::uuid limit 1",
				String.class, melanoma.lesionId()));
		r.ids.put("workup-orders", jdbc.queryForList("select id::text from workup_order where cancer_id = ?",
				String.class, melanoma.cancerId()).stream().findFirst().orElse(UUID.randomUUID().toString()));
		r.ids.put("staging", jdbc.queryForObject("select id::text from staging_record where cancer_id = ? "
				+ "order by sequence desc limit 1", String.class, melanoma.cancerId()));
		r.ids.put("cases", jdbc.queryForList("select id::text from board_case where cancer_id = ?", String.class,
				melanoma.cancerId()).stream().findFirst().orElse(UUID.randomUUID().toString()));
		r.ids.put("referrals", created(clerk, "/api/v1/referrals", """
				{"patientId": "%s", "source": {"kind": "internal", "department": "hematology-oncology"},
				 "reason": "suspected-skin-cancer", "urgency": "routine"}
				""".formatted(melanoma.patientId())).get("id").asString());
		r.ids.put("meetings", created(nurse, "/api/v1/tumor-board/meetings", """
				{"title": "Fuzz board", "scheduledAt": "2031-01-07T08:00:00Z", "cutOffHoursBefore": 24, "place": "Room 3",
				 "chair": "%s"}
				""".formatted(staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY))).get(0).get("id").asString());
		r.mrn = patients.find(melanoma.patientId()).orElseThrow().mrn();
		r.accession = waiting.accession();
		r.dermatologist = melanoma.dermatologist();
		r.staffToChange = staff.create(Role.NURSE, Department.NURSING);
		r.patientForReferral = clinic.patient().toString();
		return r;
	}

	JsonNode created(Caller caller, String path, String body) throws Exception {
		HttpResponse<byte[]> response = send(caller, new OpenApiFuzzer.Request("POST", path, "application/json",
				body.getBytes(StandardCharsets.UTF_8), "application/json", "record"));
		String answer = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(response.statusCode()).as(answer).isBetween(200, 201);
		return json.readTree(answer);
	}

	/** Real ids and plausible values by path and parameter, or by schema and property. */
	static final class Records {
		final Map<String, String> ids = new LinkedHashMap<>();
		String mrn;
		String accession;
		String dermatologist;
		String staffToChange;
		String patientForReferral;

		String value(String where, String name) {
			if (where.startsWith("/api/")) {
				return pathValue(where, name);
			}
			return propertyValue(where, name);
		}

		private String pathValue(String path, String name) {
			String[] parts = path.split("/");
			String resource = parts.length > 3 ? parts[3] : "";
			if (resource.equals("tumor-board") && parts.length > 4) {
				resource = parts[4];
			}
			return switch (name) {
				case "patientId" -> ids.get("patients");
				case "lesionId" -> ids.get("lesions");
				case "specimenId" -> ids.get("specimens");
				case "orderId" -> ids.get("workup-orders");
				case "recordId" -> ids.get("staging");
				case "username" -> staffToChange;
				case "rule" -> "melanoma.t";
				case "q" -> "kim";
				case "id" -> ids.get(resource);
				default -> null;
			};
		}

		private String propertyValue(String schema, String name) {
			return switch (schema + "." + name) {
				case "EventRequest.type" -> "reject";
				case "Source.kind" -> "internal";
				case "Source.department" -> "hematology-oncology";
				case "WorkupResultRequest.kind" -> "slnb";
				case "Override.stage" -> "IIA";
				case "StaffForm.username" -> "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
				default -> switch (name) {
					case "patientId" -> patientForReferral;
					case "cancerId" -> ids.get("cancers");
					case "caseId" -> ids.get("cases");
					case "orderId" -> ids.get("workup-orders");
					case "photoId" -> ids.get("photo");
					case "nameHangul" -> "김민수";
					case "nameLatin" -> "KIM Minsu";
					case "sex" -> "male";
					case "birthDate" -> "1958-03-14";
					case "phone" -> "010-1234-5678";
					case "preferredLanguage" -> "ko";
					case "view", "site" -> "back";
					case "laterality" -> "left";
					case "impression", "diagnosis" -> "melanoma";
					case "suspicion" -> "high";
					case "technique" -> "punch";
					case "purpose" -> "diagnostic";
					case "correlation" -> "concordant";
					case "intent" -> "curative";
					case "department" -> "dermatology";
					case "reason" -> "registered twice by mistake";
					case "urgency" -> "routine";
					case "mrn" -> mrn;
					case "accession" -> accession;
					case "method" -> "phone";
					case "chair", "dermatologist", "username" -> dermatologist;
					case "videoLink" -> "https://video.example.org/board";
					case "x" -> "40";
					case "y" -> "30";
					case "sizeMm" -> "7";
					case "breslowMm" -> "1.2";
					case "ecog" -> "0";
					case "weeks" -> "1";
					case "cutOffHoursBefore" -> "24";
					case "version" -> "0";
					default -> null;
				};
			};
		}
	}
}
