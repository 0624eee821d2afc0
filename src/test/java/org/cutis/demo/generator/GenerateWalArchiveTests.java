package org.cutis.demo.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

import org.cutis.shared.database.BulkLoad;
import org.cutis.shared.database.Credentials;
import org.cutis.shared.database.EmbeddedDatabase;
import org.cutis.shared.database.Migrations;
import org.cutis.surveillance.FollowUpCalendar;
import org.cutis.surveillance.plan.application.SurveillanceProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./cutis generate} and the WAL archive: a small center generated on the embedded server
 * as the command starts it ({@link BulkLoad}) leaves the archive empty, though the load wrote
 * many segments of WAL; the segments archived before it (no base backup needed them) are gone; the
 * next ordinary start archives again.
 */
class GenerateWalArchiveTests {
	private static final long SEGMENT = 1 << 20;

	@Test
	void aGeneratedCenterIsNotArchivedAndTheNextStartArchivesAgain(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("data");
		Path archive = data.resolve("wal-archive");
		try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
			Migrations.migrate(db);
			switchWal(db);
			awaitSegments(archive, 1);
		}
		assertThat(segments(archive)).isPositive();

		EmbeddedDatabase.Options options = BulkLoad.prepare(EmbeddedDatabase.Options.archivingTo(archive));
		assertThat(options.bulkLoad()).isTrue();
		assertThat(segments(archive)).as("segments archived before the load, which no backup needs").isZero();
		long walWritten;
		try (EmbeddedDatabase db = EmbeddedDatabase.start(data, options)) {
			assertThat(show(db, "archive_mode")).isEqualTo("off");
			assertThat(show(db, "synchronous_commit")).isEqualTo("off");
			long before = lsn(db);
			SyntheticCenter center = new SyntheticCenter(dataSource(db), Clock.systemUTC(),
					new FollowUpCalendar(new SurveillanceProperties("NCCN", Duration.ofDays(30), 0.15, 10)));
			SyntheticCenter.Written written = center.generate(1_500, 7L, (phase, done, total) -> {
			});
			assertThat(written.patients()).isEqualTo(1_500);
			switchWal(db);
			walWritten = lsn(db) - before;
		}
		assertThat(walWritten).as("WAL the load wrote").isGreaterThan(4 * SEGMENT);
		assertThat(segments(archive)).as("archived during the load").isZero();

		try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
			assertThat(show(db, "archive_mode")).isEqualTo("on");
			switchWal(db);
			awaitSegments(archive, 1);
		}
		// what the shutdown after the load left in pg_wal may be archived at the next start, no more
		assertThat(bytes(archive)).isLessThan(walWritten / 2);
	}

	private static DriverManagerDataSource dataSource(EmbeddedDatabase db) {
		return new DriverManagerDataSource(db.jdbcUrl(), db.application().user(), db.application().password());
	}

	/** A write, then the segment closed: the archiver (when on) copies it at once. */
	private static void switchWal(EmbeddedDatabase db) throws SQLException {
		try (Connection connection = connect(db, db.superuser()); Statement sql = connection.createStatement()) {
			sql.execute("create table if not exists wal_probe (at timestamptz)");
			sql.execute("insert into wal_probe values (now())");
			sql.execute("select pg_switch_wal()");
			sql.execute("checkpoint");
		}
	}

	private static long lsn(EmbeddedDatabase db) throws SQLException {
		try (Connection connection = connect(db, db.superuser()); Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery("select pg_current_wal_lsn() - '0/0'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String show(EmbeddedDatabase db, String setting) throws SQLException {
		try (Connection connection = connect(db, db.superuser()); Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static Connection connect(EmbeddedDatabase db, Credentials who) throws SQLException {
		return DriverManager.getConnection(db.jdbcUrl(), who.user(), who.password());
	}

	private static void awaitSegments(Path archive, int atLeast) throws Exception {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (segments(archive) < atLeast && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(segments(archive)).as("segments archived").isGreaterThanOrEqualTo(atLeast);
	}

	private static long segments(Path archive) throws IOException {
		try (Stream<Path> files = Files.list(archive)) {
			return files.filter(f -> f.getFileName().toString().matches("[0-9A-F]{24}")).count();
		}
	}

	private static long bytes(Path archive) throws IOException {
		try (Stream<Path> files = Files.list(archive)) {
			return files.mapToLong(f -> f.toFile().length()).sum();
		}
	}
}
