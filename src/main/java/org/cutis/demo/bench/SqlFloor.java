package org.cutis.demo.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.cutis.shared.database.RunningDatabase;

/**
 * The floor of an operation (issue 15): the data its answer shows, fetched by bare SQL over JDBC
 * from the same database, with the same samples, the same number of clients and the same bounds —
 * what the request would cost if nothing but the database did the work. Cutis's p95 over the
 * floor's is the ratio the benchmark reports.
 * <p>
 * Each operation's SQL ({@link #SQL}) uses the indexes the schema has; a word of report text has
 * no index in SQL, so its floor is the plain scan that stops at the first page of reports holding
 * the word (unranked: the cheapest thing that shows twenty of them).
 */
final class SqlFloor {
	static final String COLUMNS = "d.key, d.type, d.record_id, d.patient_id, d.title, d.link, d.body";

	/** The bare SQL of each measured operation, by the operation's name; its one parameter is the sample. */
	static final Map<String, String> SQL = Map.of(
			"search name prefix", "select " + COLUMNS + " from patient p join search_document d"
					+ " on d.type = 'patient' and d.record_id = p.id"
					+ " where p.name_hangul >= ? and p.name_hangul < ? and p.voided_at is null"
					+ " order by p.name_hangul, p.id limit 21",
			"search MRN", "select " + COLUMNS + " from patient p join search_document d on d.patient_id = p.id"
					+ " where p.mrn = ? and not d.voided limit 21",
			"search accession", "select " + COLUMNS + " from specimen s join search_document d"
					+ " on d.type = 'specimen' and d.record_id = s.id where s.accession = ?",
			"search report word", "select " + COLUMNS + " from search_document d where d.body like ? limit 21");

	private final RunningDatabase database;

	private SqlFloor(RunningDatabase database) {
		this.database = database;
	}

	/** The embedded database of a data directory while its Cutis runs; empty otherwise (an external database, or Cutis stopped). */
	static Optional<SqlFloor> of(Path dataDir) {
		return RunningDatabase.of(dataDir).map(SqlFloor::new);
	}

	/** The SQL's parameters for one sample of the operation. */
	static Object[] parameters(String operation, String sample) {
		return switch (operation) {
			case "search name prefix" -> new Object[] { sample, prefixEnd(sample) };
			case "search report word" -> new Object[] { "%" + sample.replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%" };
			default -> new Object[] { sample };
		};
	}

	/** The first string after every string that begins with {@code prefix} (the last character raised by one). */
	static String prefixEnd(String prefix) {
		int last = prefix.codePointBefore(prefix.length());
		return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
	}

	/** {@code clients} connections run the operation's SQL until the time or the count is used up. */
	Latencies run(SearchBench.Operation operation, int clients, int seconds, int maxRequests) throws Exception {
		String sql = SQL.get(operation.name());
		if (sql == null) {
			throw new IllegalArgumentException("no floor SQL for " + operation.name());
		}
		return Load.run(operation.name() + " (floor)", clients, seconds, maxRequests, () -> {
			Connection connection = database.connect();
			PreparedStatement statement = connection.prepareStatement(sql);
			return new Load.Client() {
				@Override
				public boolean send(Load.Timer timer) {
					Object[] parameters = parameters(operation.name(), operation.query().get());
					timer.start();
					try {
						for (int i = 0; i < parameters.length; i++) {
							statement.setObject(i + 1, parameters[i]);
						}
						read(statement);
						timer.stop();
						return true;
					}
					catch (SQLException e) {
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

	/** Every column of every row read, as a page would read them. */
	private static void read(PreparedStatement statement) throws SQLException {
		try (ResultSet rows = statement.executeQuery()) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int i = 1; i <= columns; i++) {
					rows.getObject(i);
				}
			}
		}
	}
}
