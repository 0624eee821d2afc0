package org.cutis.shared.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL as a user meets it: one owner per data directory, durable, self-healing after kill -9. */
class EmbeddedDatabaseTests {

	@Test
	void refusesASecondStartOnTheSameDataDirectoryWithAClearMessage(@TempDir Path dir) {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(dir)) {
			assertThatThrownBy(() -> EmbeddedDatabase.start(dir)).isInstanceOf(DataDirectoryInUse.class)
				.hasMessageContaining("already running on the data directory");
		}
	}

	@Test
	void closingStopsTheServer(@TempDir Path dir) throws Exception {
		EmbeddedDatabase db = EmbeddedDatabase.start(dir);
		long pid = Long.parseLong(Files.readAllLines(dir.resolve("pg/postmaster.pid")).get(0).trim());
		db.close();
		assertThat(OrphanedPostmaster.isRunning(pid)).isFalse();
	}

	@Test
	void keepsDataAcrossRestartsAndRunsDurably(@TempDir Path dir) throws Exception {
		try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
			try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), "");
					Statement s = c.createStatement()) {
				s.execute("create table kept (v text)");
				s.execute("insert into kept values ('김민수')");
				assertThat(single(s, "show synchronous_commit")).isEqualTo("on");
				assertThat(single(s, "show fsync")).isEqualTo("on");
				assertThat(single(s, "show listen_addresses")).isEqualTo("127.0.0.1");
			}
		}
		try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
				Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), "");
				Statement s = c.createStatement()) {
			assertThat(single(s, "select v from kept")).isEqualTo("김민수");
		}
	}

	@Test
	void afterKillMinus9NoCommittedRowIsLostAndTheOrphanedServerIsStopped(@TempDir Path dir) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				CrashingRegistrar.class.getName(), dir.toString())
			.redirectErrorStream(true)
			.start();
		int lastCommitted = 0;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("COMMITTED ")) {
					lastCommitted = Integer.parseInt(line.substring(10));
					if (lastCommitted >= 200) {
						// SIGKILL: no shutdown hook runs, postgres is left behind as an orphan
						new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
						break;
					}
				}
			}
		}
		child.waitFor(30, TimeUnit.SECONDS);
		long orphan = Long.parseLong(Files.readAllLines(dir.resolve("pg/postmaster.pid")).get(0).trim());
		assertThat(OrphanedPostmaster.isRunning(orphan)).isTrue();

		try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
				Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), "");
				Statement s = c.createStatement()) {
			assertThat(OrphanedPostmaster.isRunning(orphan)).isFalse();
			int committed = Integer.parseInt(single(s, "select count(*) from crash_probe"));
			assertThat(committed).isGreaterThanOrEqualTo(lastCommitted);
			assertThat(single(s, "select count(*) from crash_probe where id <= " + lastCommitted))
				.isEqualTo(Integer.toString(lastCommitted));
		}
	}

	private static String single(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
