package org.cutis.biopsy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.cutis.shared.database.EmbeddedDatabase;
import org.cutis.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V620 on a database that ran the earlier migrations, as a running center's database has: the
 * per-state columns go only after every state they held is a step, with its reason or method;
 * the history V610's trigger recorded (the first review an addendum cleared) stays; specimens
 * older than V610, of which only the order was a step, get their later states from the columns.
 */
class SpecimenStepsMigrationTests {
	static final String MIGRATIONS = "src/main/resources/db/migration";
	static final String DATABASE = "v620_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	static final UUID PATIENT = UUID.randomUUID();
	static final UUID LESION = UUID.randomUUID();
	static final UUID LEGACY = UUID.randomUUID();
	static final UUID READDRESSED = UUID.randomUUID();
	static final UUID REJECTED = UUID.randomUUID();
	static final UUID VOIDED = UUID.randomUUID();
	static final UUID BENIGN = UUID.randomUUID();

	static EmbeddedDatabase server;
	static String url;

	@BeforeAll
	static void migrateACentersDatabase(@TempDir Path withoutV620) throws Exception {
		server = TestDatabase.get();
		try (Connection admin = DriverManager.getConnection(server.jdbcUrl(), server.superuser().user(),
				server.superuser().password());
				Statement sql = admin.createStatement()) {
			sql.execute("create database " + DATABASE);
		}
		url = server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/') + 1) + DATABASE;
		try (Stream<Path> files = Files.list(Path.of(MIGRATIONS))) {
			for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("V620__")).toList()) {
				Files.copy(file, withoutV620.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		// a center that started before the specimen history (V610) ...
		flyway("filesystem:" + withoutV620, "600").migrate();
		execute("""
				insert into patient (id, mrn, sex, birth_date, registered_at, registered_by)
				values ('%s', 'M620', 'FEMALE', '1961-04-02', '2026-01-02T00:00:00Z', 'clerk');
				insert into lesion (id, patient_id, number, site, laterality, body_view, map_x, map_y, impression,
				    suspicion, recorded_at, recorded_by)
				values ('%s', '%s', 1, 'back', 'LEFT', 'BACK', 40, 30, 'MELANOMA', 'HIGH', '2026-01-02T00:00:00Z', 'derm');
				""".formatted(PATIENT, LESION, PATIENT));
		// ... with a specimen amended, reviewed again and communicated before V610 (its first review is lost)
		execute(specimen(LEGACY, "S26-000001", "COMMUNICATED") + ";" + """
				update specimen set collected_at = '2026-01-03T01:00:00Z', collected_by = 'nurse',
				    sent_at = '2026-01-03T02:00:00Z', sent_by = 'nurse',
				    received_at = '2026-01-04T01:00:00Z', received_by = 'path',
				    reported_at = '2026-01-05T01:00:00Z', reported_by = 'path',
				    signed_at = '2026-01-05T02:00:00Z', signed_by = 'path', malignant = true,
				    amended_at = '2026-01-07T01:00:00Z',
				    reviewed_at = '2026-01-08T01:00:00Z', reviewed_by = 'derm2',
				    communicated_at = '2026-01-09T01:00:00Z', communicated_by = 'nurse2', communication_method = 'PHONE'
				where id = '%s'
				""".formatted(LEGACY));
		// ... then ran V610 and the pathology reports of V700, and worked with the trigger in place
		flyway("filesystem:" + withoutV620, "700").migrate();
		execute(report(LEGACY, "MELANOMA"));
		execute(specimen(READDRESSED, "S26-000002", "ORDERED"));
		walk(READDRESSED, "COLLECTED", "collected", "nurse", "2026-01-03T01:00:00Z");
		walk(READDRESSED, "SENT", "sent", "nurse", "2026-01-03T02:00:00Z");
		walk(READDRESSED, "RECEIVED", "received", "path", "2026-01-04T01:00:00Z");
		walk(READDRESSED, "REPORTED", "reported", "path", "2026-01-05T01:00:00Z");
		walk(READDRESSED, "SIGNED", "signed", "path", "2026-01-05T02:00:00Z");
		walk(READDRESSED, "REVIEWED", "reviewed", "derm1", "2026-01-06T01:00:00Z");
		walk(READDRESSED, "COMMUNICATED", "communicated", "nurse1", "2026-01-06T02:00:00Z");
		execute("update specimen set communication_method = 'IN_PERSON' where id = '%s'".formatted(READDRESSED));
		// the addendum: the old code cleared who reviewed and communicated; V610 had kept them
		execute("""
				update specimen set status = 'SIGNED', amended_at = '2026-01-07T01:00:00Z', reviewed_at = null,
				    reviewed_by = null, communicated_at = null, communicated_by = null, communication_method = null
				where id = '%s'
				""".formatted(READDRESSED));
		walk(READDRESSED, "REVIEWED", "reviewed", "derm2", "2026-01-08T01:00:00Z");
		execute(report(READDRESSED, "OTHER"));
		execute(specimen(REJECTED, "S26-000003", "ORDERED"));
		walk(REJECTED, "COLLECTED", "collected", "nurse", "2026-01-03T01:00:00Z");
		execute("""
				update specimen set status = 'REJECTED', rejected_at = '2026-01-04T01:00:00Z', rejected_by = 'path',
				    reject_reason = 'formalin leaked' where id = '%s'
				""".formatted(REJECTED));
		execute(specimen(VOIDED, "S26-000004", "ORDERED"));
		execute("""
				update specimen set status = 'VOIDED', voided_at = '2026-01-03T05:00:00Z', voided_by = 'derm',
				    void_reason = 'ordered on the wrong lesion' where id = '%s'
				""".formatted(VOIDED));
		execute(specimen(BENIGN, "S26-000005", "ORDERED"));
		walk(BENIGN, "COLLECTED", "collected", "nurse", "2026-01-03T01:00:00Z");
		walk(BENIGN, "SENT", "sent", "nurse", "2026-01-03T02:00:00Z");
		walk(BENIGN, "RECEIVED", "received", "path", "2026-01-04T01:00:00Z");
		walk(BENIGN, "REPORTED", "reported", "path", "2026-01-05T01:00:00Z");
		walk(BENIGN, "SIGNED", "signed", "path", "2026-01-05T02:00:00Z");
		execute(report(BENIGN, "BENIGN_NAEVUS"));

		// this release: V620, out of order as every module's migration is
		Flyway.configure()
			.dataSource(url, server.superuser().user(), server.superuser().password())
			.locations("classpath:db/migration")
			.outOfOrder(true)
			.load()
			.migrate();
	}

	@AfterAll
	static void dropTheDatabase() throws SQLException {
		try (Connection admin = DriverManager.getConnection(server.jdbcUrl(), server.superuser().user(),
				server.superuser().password());
				Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + DATABASE + " with (force)");
		}
	}

	@Test
	void theColumnsAreGoneAndRoleAndBehaviourCame() throws SQLException {
		List<String> columns = strings("select column_name from information_schema.columns"
				+ " where table_name = 'specimen' order by column_name");
		assertThat(columns).noneMatch(c -> c.endsWith("_at") || c.endsWith("_by") || c.endsWith("_reason"))
			.doesNotContain("malignant", "communication_method")
			.contains("status", "role", "result_behaviour");
		assertThat(strings("select role from specimen where accession <= 'S26-000005'")).hasSize(5).containsOnly("DIAGNOSTIC");
	}

	@Test
	void aSpecimenOlderThanTheHistoryGetsEveryStateItsColumnsHeld() throws SQLException {
		assertThat(steps(LEGACY)).containsExactly("ORDERED derm", "COLLECTED nurse", "SENT nurse", "RECEIVED path",
				"REPORTED path", "SIGNED path", "AMENDED null", "REVIEWED derm2", "COMMUNICATED nurse2 PHONE");
	}

	@Test
	void theHistoryTheTriggerKeptStaysAndIsNotDoubled() throws SQLException {
		assertThat(steps(READDRESSED)).containsExactly("ORDERED derm", "COLLECTED nurse", "SENT nurse",
				"RECEIVED path", "REPORTED path", "SIGNED path", "REVIEWED derm1", "COMMUNICATED nurse1",
				"AMENDED null", "REVIEWED derm2");
	}

	@Test
	void theReasonsMoveOntoTheirSteps() throws SQLException {
		assertThat(steps(REJECTED)).containsExactly("ORDERED derm", "COLLECTED nurse",
				"REJECTED path formalin leaked");
		assertThat(steps(VOIDED)).containsExactly("ORDERED derm", "VOIDED derm ordered on the wrong lesion");
	}

	@Test
	void theResultsBehaviourComesFromItsReportOtherBeingUncertain() throws SQLException {
		assertThat(strings("select accession || ' ' || coalesce(result_behaviour, '-') from specimen"
				+ " where accession <= 'S26-000005' order by accession"))
			.containsExactly("S26-000001 MALIGNANT", "S26-000002 UNCERTAIN", "S26-000003 -", "S26-000004 -",
					"S26-000005 BENIGN");
	}

	/** V1860: each open specimen learns what the loop waits for and since when, from its steps. */
	@Test
	void theOpenSpecimensLearnWhatTheyWaitForAndSinceWhen() throws SQLException {
		assertThat(strings("select accession || ' ' || coalesce(path_awaits, '-') || ' '"
				+ " || coalesce(to_char(path_since at time zone 'UTC', 'YYYY-MM-DD HH24:MI'), '-') from specimen"
				+ " where accession <= 'S26-000005' order by accession"))
			.containsExactly("S26-000001 - -", "S26-000002 COMMUNICATION 2026-01-08 01:00", "S26-000003 - -",
					"S26-000004 - -", "S26-000005 BENIGN_REVIEW 2026-01-05 02:00");
	}

	@Test
	void theStepsStayAppendOnlyAndNoTriggerWritesThemAnyMore() throws SQLException {
		assertThatThrownBy(() -> execute("update specimen_step set by_user = 'x' where specimen_id = '%s'"
			.formatted(LEGACY))).hasMessageContaining("append-only");
		assertThatThrownBy(() -> execute("delete from specimen_step where specimen_id = '%s'".formatted(LEGACY)))
			.hasMessageContaining("append-only");
		UUID fresh = UUID.randomUUID();
		execute("""
				insert into specimen (id, accession, patient_id, lesion_id, site, laterality, technique,
				    clinical_impression, clinical_history, photo_id, status, role)
				values ('%s', 'S26-000009', '%s', '%s', 'back', 'LEFT', 'PUNCH', 'MELANOMA', 'x', '%s', 'ORDERED',
				    'RE_EXCISION')
				""".formatted(fresh, PATIENT, LESION, UUID.randomUUID()));
		assertThat(steps(fresh)).isEmpty();
	}

	static Flyway flyway(String location, String target) {
		var config = Flyway.configure().dataSource(url, server.superuser().user(), server.superuser().password()).locations(location).outOfOrder(true);
		return (target == null ? config : config.target(target)).load();
	}

	static String specimen(UUID id, String accession, String status) {
		return """
				insert into specimen (id, accession, patient_id, lesion_id, site, laterality, technique,
				    clinical_impression, clinical_history, photo_id, status, ordered_at, ordered_by)
				values ('%s', '%s', '%s', '%s', 'back', 'LEFT', 'PUNCH', 'MELANOMA', 'enlarging', '%s', '%s',
				    '2026-01-02T01:00:00Z', 'derm')
				""".formatted(id, accession, PATIENT, LESION, UUID.randomUUID(), status);
	}

	static String report(UUID specimen, String diagnosis) {
		return """
				insert into pathology_report (id, specimen_id, patient_id, lesion_id, diagnosis, status, drafted_at,
				    drafted_by, signed_at, signed_by)
				values ('%s', '%s', '%s', '%s', '%s', 'SIGNED', '2026-01-05T01:00:00Z', 'path', '2026-01-05T02:00:00Z',
				    'path')
				""".formatted(UUID.randomUUID(), specimen, PATIENT, LESION, diagnosis);
	}

	/** One change of state as the code before V620 wrote it: the status and that state's columns. */
	static void walk(UUID id, String status, String column, String by, String at) throws SQLException {
		execute("update specimen set status = '%s', %s_at = '%s', %s_by = '%s' where id = '%s'".formatted(status, column,
				at, column, by, id));
	}

	static List<String> steps(UUID specimen) throws SQLException {
		return strings(("select status || ' ' || coalesce(by_user, 'null')"
				+ " || coalesce(' ' || reason, '') || coalesce(' ' || communication_method, '')"
				+ " from specimen_step where specimen_id = '%s' order by at, id").formatted(specimen));
	}

	static void execute(String statements) throws SQLException {
		try (Connection c = DriverManager.getConnection(url, server.superuser().user(), server.superuser().password()); Statement sql = c.createStatement()) {
			sql.execute(statements);
		}
	}

	static List<String> strings(String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(url, server.superuser().user(), server.superuser().password());
				Statement sql = c.createStatement();
				ResultSet rows = sql.executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}
}
