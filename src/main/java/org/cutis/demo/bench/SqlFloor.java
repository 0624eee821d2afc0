package org.cutis.demo.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cutis.shared.database.RunningDatabase;

/**
 * The floor of an operation (issue 15): the data its answer shows, fetched by the bare SQL of
 * {@link Floors} over JDBC from the same database, with the same samples, the same number of
 * clients and the same bounds — what the request would cost if nothing but the database did the
 * work. Cutis's p95 over the floor's is the ratio the benchmark reports.
 * <p>
 * A word of report text has no index in SQL, so its floor is the plain scan that stops at the
 * first page of reports holding the word (unranked: the cheapest thing that shows twenty of them).
 */
final class SqlFloor {
	private final RunningDatabase database;

	private SqlFloor(RunningDatabase database) {
		this.database = database;
	}

	/** The embedded database of a data directory while its Cutis runs; empty otherwise (an external database, or Cutis stopped). */
	static Optional<SqlFloor> of(Path dataDir) {
		return RunningDatabase.of(dataDir).map(SqlFloor::new);
	}

	/** The parameters of each statement of an operation's floor for one sample. */
	static List<Object[]> parameters(String operation, String sample) {
		List<Object[]> out = new ArrayList<>();
		for (Floors.Step step : floor(operation).steps()) {
			out.add(step.parameters().apply(sample));
		}
		return out;
	}

	private static Floors.Floor floor(String operation) {
		Floors.Floor floor = Floors.FLOORS.get(operation);
		if (floor == null) {
			throw new IllegalArgumentException("no floor SQL for " + operation);
		}
		return floor;
	}

	/** {@code clients} connections run the operation's statements until the time or the count is used up. */
	Latencies run(Operation operation, int clients, int seconds, int maxRequests) throws Exception {
		Floors.Floor floor = floor(operation.name());
		AtomicBoolean told = new AtomicBoolean();
		return Load.run(operation.name() + " (floor)", clients, seconds, maxRequests, () -> {
			Connection connection = database.connect();
			try (Statement setup = connection.createStatement()) {
				setup.execute(Floors.AUDIT_TABLE);
			}
			connection.setAutoCommit(false);
			List<PreparedStatement> statements = new ArrayList<>();
			for (Floors.Step step : floor.steps()) {
				statements.add(connection.prepareStatement(step.sql()));
			}
			return new Load.Client() {
				@Override
				public boolean send(Load.Timer timer) throws SQLException {
					String sample = operation.sample().get();
					List<Object[]> parameters = new ArrayList<>();
					for (Floors.Step step : floor.steps()) {
						parameters.add(step.parameters().apply(sample));
					}
					timer.start();
					try {
						for (int s = 0; s < statements.size(); s++) {
							PreparedStatement statement = statements.get(s);
							Object[] values = parameters.get(s);
							for (int i = 0; i < values.length; i++) {
								statement.setObject(i + 1, values[i]);
							}
							read(statement);
						}
						finish(connection, floor.rollback());
						timer.stop();
						return true;
					}
					catch (SQLException e) {
						connection.rollback();
						if (!told.getAndSet(true)) {
							System.err.println(operation.name() + " (floor): " + e.getMessage());
						}
						return false;
					}
				}

				@Override
				public void close() throws SQLException {
					connection.close();
				}
			};
		});
	}

	private static void finish(Connection connection, boolean rollback) throws SQLException {
		if (rollback) {
			connection.rollback();
		}
		else {
			connection.commit();
		}
	}

	/** Every column of every row read, as a page would read them. */
	private static void read(PreparedStatement statement) throws SQLException {
		if (!statement.execute()) {
			return;
		}
		try (ResultSet rows = statement.getResultSet()) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int i = 1; i <= columns; i++) {
					rows.getObject(i);
				}
			}
		}
	}
}
