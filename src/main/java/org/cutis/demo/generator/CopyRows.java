package org.cutis.demo.generator;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Rows of one table in PostgreSQL's CSV form, sent with {@code COPY ... FROM STDIN} through the
 * JDBC driver's {@link CopyManager}: one round trip for thousands of rows, with the table's
 * constraints and triggers checked as for any insert. An empty unquoted field is NULL.
 */
final class CopyRows {
	/** Nanoseconds spent in COPY by table, over the whole run: the command prints where the time went. */
	private static final Map<String, LongAdder> NANOS = new ConcurrentSkipListMap<>();
	private final String table;
	private final String columns;
	private final StringBuilder csv = new StringBuilder(1 << 16);
	private boolean lineStarted;
	private long rows;

	CopyRows(String table, String columns) {
		this.table = table;
		this.columns = columns;
	}

	CopyRows add(Object value) {
		if (lineStarted) {
			csv.append(',');
		}
		lineStarted = true;
		if (value == null) {
			return this;
		}
		if (value instanceof String s) {
			csv.append('"').append(s.replace("\"", "\"\"")).append('"');
		}
		else if (value instanceof Instant || value instanceof LocalDate || value instanceof UUID || value instanceof Number
				|| value instanceof Boolean) {
			csv.append(value);
		}
		else {
			throw new IllegalArgumentException("not a column value: " + value.getClass());
		}
		return this;
	}

	void end() {
		csv.append('\n');
		lineStarted = false;
		rows++;
	}

	/** Adds whole rows gathered as arrays (for rows a later step completes, as accession numbers). */
	static CopyRows rows(CopyRows into, java.util.List<Object[]> rows) {
		for (Object[] row : rows) {
			for (Object value : row) {
				into.add(value);
			}
			into.end();
		}
		return into;
	}

	long rows() {
		return rows;
	}

	/** Sends the rows gathered so far and starts afresh; returns how many were written. */
	long copy(Connection connection) throws SQLException {
		if (rows == 0) {
			return 0;
		}
		long started = System.nanoTime();
		try {
			CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
			long written = copy.copyIn("copy " + table + " (" + columns + ") from stdin with (format csv)",
					new StringReader(csv.toString()));
			csv.setLength(0);
			rows = 0;
			NANOS.computeIfAbsent(table, t -> new LongAdder()).add(System.nanoTime() - started);
			return written;
		}
		catch (IOException e) {
			throw new SQLException("COPY into " + table + " failed", e);
		}
	}

	/** Seconds spent in COPY so far, by table, the slowest first. */
	static Map<String, Double> secondsByTable() {
		Map<String, Double> seconds = new java.util.LinkedHashMap<>();
		NANOS.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
			.forEach(e -> seconds.put(e.getKey(), e.getValue().sum() / 1e9));
		return seconds;
	}
}
