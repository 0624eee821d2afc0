package org.cutis.shared.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded PostgreSQL as a user meets it: one owner per data directory, durable, closed to
 * everyone without a password, self-healing after a kill -9 of Cutis or of the server itself.
 */
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
			try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.owner().user(), db.owner().password());
					Statement s = c.createStatement()) {
				s.execute("create table kept (v text)");
				s.execute("insert into kept values ('김민수')");
				assertThat(single(s, "show synchronous_commit")).isEqualTo("on");
				assertThat(single(s, "show fsync")).isEqualTo("on");
				assertThat(single(s, "show listen_addresses")).isEqualTo("127.0.0.1");
			}
		}
		try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
				Connection c = DriverManager.getConnection(db.jdbcUrl(), db.owner().user(), db.owner().password());
				Statement s = c.createStatement()) {
			assertThat(single(s, "select v from kept")).isEqualTo("김민수");
		}
	}

	@Test
	void afterKillMinus9NoCommittedRowIsLostAndTheOrphanedServerIsStopped(@TempDir Path dir) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				"-D" + PostgresBinaries.SHARED_PROPERTY + "=" + System.getProperty(PostgresBinaries.SHARED_PROPERTY, ""),
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
				Connection c = DriverManager.getConnection(db.jdbcUrl(), db.owner().user(), db.owner().password());
				Statement s = c.createStatement()) {
			assertThat(OrphanedPostmaster.isRunning(orphan)).isFalse();
			int committed = Integer.parseInt(single(s, "select count(*) from crash_probe"));
			assertThat(committed).isGreaterThanOrEqualTo(lastCommitted);
			assertThat(single(s, "select count(*) from crash_probe where id <= " + lastCommitted))
				.isEqualTo(Integer.toString(lastCommitted));
		}
	}

	@Test
	void everyRoleNeedsItsPasswordAndTheSuperusersIsKeptForTheOwnerOnly(@TempDir Path dir) throws Exception {
		try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, EmbeddedDatabase.Options.withoutArchiving())) {
			assertThat(Files.getPosixFilePermissions(dir.resolve("postgres.password")))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(Files.readString(dir.resolve("postgres.password")).strip()).isEqualTo(db.superuser().password());
			for (Credentials role : List.of(db.superuser(), db.owner(), db.application())) {
				assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), role.user(), "")).isInstanceOf(
						SQLException.class);
				assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), role.user(), "wrong"))
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("password authentication failed");
				try (Connection c = DriverManager.getConnection(db.jdbcUrl(), role.user(), role.password())) {
					assertThat(c.isValid(1)).isTrue();
				}
			}
			try (Connection c = DriverManager.getConnection(db.jdbcUrl("postgres"), db.superuser().user(),
					db.superuser().password()); Statement s = c.createStatement()) {
				assertThat(single(s, "select string_agg(type || ' ' || address || ' ' || auth_method, '; ')"
						+ " from pg_hba_file_rules")).isEqualTo("host 127.0.0.1 scram-sha-256");
				assertThat(single(s, "show unix_socket_directories")).isEmpty();
				assertThat(single(s, "select string_agg(rolname, ',') from pg_roles where rolname like 'cutis%' and"
						+ " (rolsuper or rolcreaterole or rolcreatedb or rolbypassrls)")).isNull();
				assertThat(single(s, "select pg_get_userbyid(datdba) from pg_database where datname = 'cutis'"))
					.isEqualTo("cutis_owner");
			}
		}
	}

	/**
	 * Finding 1 of issue 9: any other account of the machine connected to the embedded server as
	 * superuser. The suite runs as root in CI; the attempt is made as {@code nobody}.
	 */
	@Test
	void anotherAccountOfTheMachineCannotConnectWithoutThePassword(@TempDir Path dir) throws Exception {
		assumeTrue(PostgresBinaries.runningAsRoot(), "needs root to act as another account");
		Path probe = Files.createDirectories(dir.resolve("probe"));
		Files.copy(Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
				probe.resolve("driver.jar"));
		Files.writeString(probe.resolve("Probe.java"), """
				public class Probe {
				    public static void main(String[] args) {
				        for (String user : new String[] { "postgres", "cutis_owner", "cutis_app" }) {
				            for (String password : new String[] { "", "postgres", user }) {
				                try (var c = java.sql.DriverManager.getConnection(args[0], user, password)) {
				                    System.out.println("CONNECTED " + user);
				                } catch (java.sql.SQLException e) {
				                    System.out.println("REFUSED " + user + " " + e.getSQLState());
				                }
				            }
				        }
				    }
				}
				""");
		for (Path p : List.of(dir, probe, probe.resolve("driver.jar"), probe.resolve("Probe.java"))) {
			Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
		}
		try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("data"), EmbeddedDatabase.Options.withoutArchiving())) {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process nobody = new ProcessBuilder("runuser", "-u", "nobody", "--", java, "-cp", "driver.jar", "Probe.java",
					db.jdbcUrl()).directory(probe.toFile()).redirectErrorStream(true).start();
			String output = new String(nobody.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(nobody.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(output).doesNotContain("CONNECTED").contains("REFUSED postgres", "REFUSED cutis_app");
			assertThat(output.lines().filter(l -> l.startsWith("REFUSED"))).hasSize(9);
			// nor can it read the data or the password file
			Process read = new ProcessBuilder("runuser", "-u", "nobody", "--", "cat",
					dir.resolve("data/postgres.password").toString()).redirectErrorStream(true).start();
			assertThat(read.waitFor()).isNotZero();
		}
	}

	/** A data directory of an older Cutis trusted every local connection: its first start closes it. */
	@Test
	void aDataDirectoryThatTrustedLocalUsersIsUpgradedAtItsFirstStart(@TempDir Path dir) throws Exception {
		// as the zonky library made it: initdb -A trust, superuser postgres without a password
		PostgresBinaries binaries = PostgresBinaries.forDataDirectory(dir);
		Process initdb = new ProcessBuilder(binaries.command("initdb", "-A", "trust", "-U", "postgres", "-D",
				dir.resolve("pg").toString(), "-E", "UTF-8")).redirectErrorStream(true).start();
		initdb.getInputStream().readAllBytes();
		assertThat(initdb.waitFor()).isZero();
		assertThat(Files.readString(dir.resolve("pg/pg_hba.conf"))).contains("trust");

		try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, EmbeddedDatabase.Options.withoutArchiving())) {
			assertThat(Files.readString(dir.resolve("pg/pg_hba.conf"))).doesNotContain("trust");
			assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", ""))
				.isInstanceOf(SQLException.class);
			try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres",
					Files.readString(dir.resolve("postgres.password")).strip())) {
				assertThat(c.isValid(1)).isTrue();
			}
		}
	}

	/**
	 * Rotating the superuser's password: with Cutis stopped, write a new one into the file; the next
	 * start finds the server refusing it and sets it, in single-user mode. The application's roles
	 * get new passwords at every start anyway.
	 */
	@Test
	void theSuperusersPasswordIsRotatedByWritingTheFile(@TempDir Path dir) throws Exception {
		String before;
		String applicationBefore;
		try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, EmbeddedDatabase.Options.withoutArchiving())) {
			before = db.superuser().password();
			applicationBefore = db.application().password();
		}
		SuperuserPassword.write(dir, "rotated-" + before.substring(0, 8));
		try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, EmbeddedDatabase.Options.withoutArchiving())) {
			assertThat(db.superuser().password()).isEqualTo("rotated-" + before.substring(0, 8));
			assertThat(db.application().password()).isNotEqualTo(applicationBefore);
			assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", before))
				.isInstanceOf(SQLException.class);
			try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.superuser().password())) {
				assertThat(c.isValid(1)).isTrue();
			}
		}
	}

	/**
	 * Finding 13 of issue 9: the server dies (the OOM killer's kill -9) and Cutis, its parent,
	 * restarts it at once on the same port; PostgreSQL's crash recovery keeps every commit.
	 */
	@Test
	void theSupervisorRestartsAServerThatWasKilledAndNothingCommittedIsLost(@TempDir Path dir) throws Exception {
		try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, EmbeddedDatabase.Options.withoutArchiving())) {
			List<EmbeddedDatabase.State> states = new CopyOnWriteArrayList<>();
			db.onStateChange(states::add);
			try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.owner().user(), db.owner().password());
					Statement s = c.createStatement()) {
				s.execute("create table kept (v integer)");
				s.execute("insert into kept select generate_series(1, 1000)");
			}
			long killed = db.pid();
			long start = System.nanoTime();
			new ProcessBuilder("kill", "-9", Long.toString(killed)).start().waitFor();
			while (db.state() != EmbeddedDatabase.State.RUNNING || db.restarts() == 0) {
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
				Thread.sleep(20);
			}
			assertThat(states).containsExactly(EmbeddedDatabase.State.RESTARTING, EmbeddedDatabase.State.RUNNING);
			assertThat(db.pid()).isNotEqualTo(killed);
			try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.owner().user(), db.owner().password());
					Statement s = c.createStatement()) {
				assertThat(single(s, "select count(*) from kept")).isEqualTo("1000");
			}
		}
	}

	private static String single(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
