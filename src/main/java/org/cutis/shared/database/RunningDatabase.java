package org.cutis.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The embedded database of a data directory while a Cutis runs on it, as the operator's tools
 * reach it from another process ({@code ./cutis backup}, the benchmark's floor): the port from
 * PostgreSQL's {@code postmaster.pid}, the superuser from {@code postgres.password}.
 */
public final class RunningDatabase {
	private final int port;
	private final Credentials superuser;

	private RunningDatabase(int port, Credentials superuser) {
		this.port = port;
		this.superuser = superuser;
	}

	/** The running database of {@code dataDir}; empty when no server runs there or no superuser password is kept. */
	public static Optional<RunningDatabase> of(Path dataDir) {
		Path pgData = dataDir.resolve("pg");
		if (!Files.exists(pgData.resolve("postmaster.pid"))) {
			return Optional.empty();
		}
		try {
			int port = port(pgData);
			return SuperuserPassword.read(dataDir).map(password -> new RunningDatabase(port, new Credentials("postgres", password)));
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	/** The port of the server running on {@code pgData}: the fourth line of its postmaster.pid. */
	static int port(Path pgData) throws IOException {
		List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"));
		return Integer.parseInt(lines.get(3).strip());
	}

	/** A new connection to Cutis's database as the superuser, over loopback. */
	public Connection connect() throws SQLException {
		return Postmaster.connect(port, EmbeddedDatabase.DATABASE, superuser);
	}
}
