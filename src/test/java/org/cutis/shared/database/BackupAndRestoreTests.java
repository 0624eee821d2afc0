package org.cutis.shared.database;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.cutis.shared.files.DirectoryFileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 11 of issue 9: {@code ./cutis backup} while the database is in use, then {@code ./cutis
 * restore}: the round trip gives back every table (row counts and checksums) and every stored
 * file exactly as they were when the backup finished; a restore to a time replays the archived WAL
 * past the backup, to a record written after it, and no further.
 */
class BackupAndRestoreTests {

	@Test
	void aRoundTripIsIdenticalAndARestoreToATimeReachesARecordWrittenAfterTheBackup(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("data");
		Path backups = dir.resolve("backups");
		Map<String, String> atBackup;
		Map<String, String> filesAtBackup;
		OffsetDateTime between;
		Path backup;
		AtomicInteger probed = new AtomicInteger();
		int probedBeforeBackup;
		try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
			Migrations.migrate(db);
			DirectoryFileStore store = new DirectoryFileStore(data.resolve("files"));
			Random random = new Random(11);
			for (int i = 0; i < 20; i++) {
				byte[] photo = new byte[1000 + random.nextInt(50_000)];
				random.nextBytes(photo);
				store.store(new ByteArrayInputStream(photo), "image/jpeg", 100_000);
			}
			// the registration number keys live beside the database, not in it (issue 10)
			Files.createDirectories(data.resolve("keys"));
			Files.writeString(data.resolve("keys/rrn-1.key"), "a registration number key\n");
			Files.setPosixFilePermissions(data.resolve("keys/rrn-1.key"),
					java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
			try (Connection app = connect(db, db.application()); Statement sql = app.createStatement()) {
				for (int i = 0; i < 50; i++) {
					sql.execute(patient("김민수" + i));
					sql.execute(audit("before " + i));
				}
			}
			try (Connection owner = connect(db, db.owner()); Statement sql = owner.createStatement()) {
				sql.execute("create table probe (id integer primary key)");
			}
			// a writer commits one row at a time throughout the backup: the copy must hold a prefix of them
			AtomicBoolean stop = new AtomicBoolean();
			Thread writer = new Thread(() -> {
				try (Connection owner = connect(db, db.owner()); Statement sql = owner.createStatement()) {
					while (!stop.get()) {
						sql.execute("insert into probe values (" + (probed.get() + 1) + ")");
						probed.incrementAndGet();
					}
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			});
			writer.start();
			while (probed.get() < 20) {
				Thread.sleep(5);
			}
			probedBeforeBackup = probed.get();
			String out = cli("backup", "--data-dir", data.toString(), "--to", backups.toString());
			stop.set(true);
			writer.join();
			assertThat(out).startsWith("Backup ");
			try (Stream<Path> made = Files.list(backups)) {
				backup = made.findFirst().orElseThrow();
			}
			assertThat(backup.getFileName().toString()).doesNotEndWith(".partial");
			atBackup = tables(db);
			filesAtBackup = files(data.resolve("files"));

			// after the backup: a record and a photo at one moment, another record later
			try (Connection app = connect(db, db.application()); Statement sql = app.createStatement()) {
				sql.execute(audit("after the backup"));
				store.store(new ByteArrayInputStream("a photo taken after the backup".getBytes()), "image/jpeg", 1000);
				Thread.sleep(1100);
				between = OffsetDateTime.now(ZoneOffset.ofHours(9));
				Thread.sleep(1100);
				sql.execute(audit("too late"));
			}
		}

		// the round trip, into another data directory
		Path copy = dir.resolve("copy");
		cli("restore", backup.toString(), "--data-dir", copy.toString());
		try (EmbeddedDatabase db = EmbeddedDatabase.start(copy, EmbeddedDatabase.Options.withoutArchiving())) {
			Map<String, String> restored = tables(db);
			int probes = Integer.parseInt(restored.remove("probe").split(" ")[0]);
			Map<String, String> expected = new TreeMap<>(atBackup);
			expected.remove("probe");
			assertThat(restored).isEqualTo(expected);
			assertThat(probes).isGreaterThanOrEqualTo(probedBeforeBackup);
			assertThat(single(db, "select count(*) = max(id) from probe")).as("no hole in the probe rows").isEqualTo("t");
			assertThat(single(db, "select count(*) from audit_entry where detail = 'after the backup'")).isEqualTo("0");
		}
		assertThat(files(copy.resolve("files"))).isEqualTo(filesAtBackup);
		assertThat(Files.readString(copy.resolve("keys/rrn-1.key"))).as("the key file is restored with its database")
			.isEqualTo("a registration number key\n");
		assertThat(Files.getPosixFilePermissions(copy.resolve("keys/rrn-1.key")))
			.isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

		// to a moment after the backup, in the original data directory
		cli("restore", backup.toString(), "--data-dir", data.toString(), "--to-time", between.toString());
		try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
			assertThat(single(db, "select count(*) from audit_entry where detail = 'after the backup'")).isEqualTo("1");
			assertThat(single(db, "select count(*) from audit_entry where detail = 'too late'")).isEqualTo("0");
			assertThat(single(db, "select count(*) from probe")).isEqualTo(Integer.toString(probed.get()));
		}
		assertThat(files(data.resolve("files"))).containsAllEntriesOf(filesAtBackup).hasSize(filesAtBackup.size() + 1);
		try (Stream<Path> kept = Files.list(data)) {
			assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("before-restore-"));
		}
	}

	@Test
	void aRestoreToATimeBeforeTheBackupFinishedIsRefused(@TempDir Path dir) throws Exception {
		Path backup = Files.createDirectories(dir.resolve("20260101T000000Z"));
		Files.writeString(backup.resolve(BackupDescription.FILE), """
				format=1
				label=cutis 20260101T000000Z
				started=2026-01-01T00:00:00Z
				finished=2026-01-01T00:00:05Z
				wal.start=000000010000000000000002
				wal.stop=000000010000000000000003
				wal.stop.lsn=0/3000100
				wal.timeline=1
				wal.archive=
				postgres.version=17.11
				pg.bytes=1
				files.bytes=0
				files.count=0
				""");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = DatabaseTools.run(new String[] { "restore", backup.toString(), "--data-dir",
				dir.resolve("data").toString(), "--to-time", "2026-01-01T09:00:01+09:00" }, System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("restore an older backup");
		assertThat(dir.resolve("data/pg")).doesNotExist();
	}

	@Test
	void keepingTheNewestBackupsDropsTheOlderOnesAndTheWalOnlyTheyNeeded(@TempDir Path dir) throws Exception {
		Path root = Files.createDirectories(dir.resolve("backups"));
		Path archive = Files.createDirectories(dir.resolve("wal-archive"));
		String[][] backups = { { "20260101T000000Z", "000000010000000000000002" },
				{ "20260102T000000Z", "000000010000000000000005" }, { "20260103T000000Z", "000000020000000000000009" } };
		for (String[] backup : backups) {
			Path made = Files.createDirectories(root.resolve(backup[0]));
			new BackupDescription(1, "cutis " + backup[0], java.time.Instant.EPOCH, java.time.Instant.EPOCH, backup[1],
					backup[1], "0/0", 1, archive, "17.11", 0, 0, 0).write(made);
		}
		for (String segment : new String[] { "000000010000000000000003", "000000010000000000000004",
				"000000010000000000000005", "000000010000000000000005.00000028.backup", "000000010000000000000006",
				"00000002.history", "000000020000000000000009" }) {
			Files.writeString(archive.resolve(segment), segment);
		}
		assertThat(BackupRetention.prune(root, 2, archive)).extracting(p -> p.getFileName().toString())
			.containsExactly("20260101T000000Z");
		try (Stream<Path> kept = Files.list(archive)) {
			assertThat(kept.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("000000010000000000000005",
					"000000010000000000000005.00000028.backup", "000000010000000000000006", "00000002.history",
					"000000020000000000000009");
		}
		assertThat(root.resolve("20260102T000000Z")).exists();
	}

	private static String cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = DatabaseTools.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).as("%s\n%s", out, err).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}

	private static String patient(String name) {
		return """
				insert into patient (id, mrn, name_hangul, sex, birth_date, registered_at, registered_by)
				values ('%s', '%s', '%s', 'FEMALE', '1961-04-02', now(), 'clerk')
				""".formatted(UUID.randomUUID(), UUID.randomUUID().toString().substring(0, 8), name);
	}

	private static String audit(String detail) {
		return "insert into audit_entry (at, username, role, action, detail) values (clock_timestamp(), 'clerk', 'clerk',"
				+ " 'VIEW', '" + detail + "')";
	}

	/** Every table of the schema: its row count and the MD5 of all its rows in order. */
	private static Map<String, String> tables(EmbeddedDatabase db) throws SQLException {
		Map<String, String> tables = new TreeMap<>();
		try (Connection c = connect(db, db.superuser()); Statement sql = c.createStatement()) {
			java.util.List<String> names = new java.util.ArrayList<>();
			try (ResultSet rs = sql.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
				while (rs.next()) {
					names.add(rs.getString(1));
				}
			}
			for (String table : names) {
				try (ResultSet rs = sql.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|'"
						+ " order by t::text)), '-') from " + table + " t")) {
					rs.next();
					tables.put(table, rs.getString(1));
				}
			}
		}
		assertThat(tables).containsKeys("audit_entry", "patient", "flyway_schema_history", "specimen_step");
		return tables;
	}

	private static Map<String, String> files(Path root) throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(root)) {
			for (Path file : all.filter(Files::isRegularFile).filter(f -> !root.relativize(f).startsWith("tmp")).toList()) {
				files.put(root.relativize(file).toString(), TreeCopy.hash(file));
			}
		}
		return files;
	}

	private static String single(EmbeddedDatabase db, String query) throws SQLException {
		try (Connection c = connect(db, db.superuser()); Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static Connection connect(EmbeddedDatabase db, Credentials credentials) throws SQLException {
		return DriverManager.getConnection(db.jdbcUrl(), credentials.user(), credentials.password());
	}
}
