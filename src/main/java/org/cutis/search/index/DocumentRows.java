package org.cutis.search.index;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A rebuild's document rows on their way into {@code search_document}: gathered column by column
 * and written by one {@code insert ... select from unnest(arrays) ... on conflict do update} per
 * chunk, one round trip and one statement for thousands of rows. Issue 15 measured the rows
 * phase of a million patients' rebuild at 332 s when each chunk of 500 rows was a JDBC batch of
 * single-row upserts. (COPY into a staging table would need a temporary table, which the
 * application's database role may not create, or a table of its own that every chunk deletes
 * from.)
 */
final class DocumentRows {
	private static final String COLUMNS = "key, type, record_id, patient_id, title, names, body, codes, record_date,"
			+ " department, state, permission, link, voided";
	private static final String UPSERT = "insert into search_document (" + COLUMNS + ", updated_at)"
			// a key given twice in one chunk: the later row wins, as it did row by row (one upsert cannot touch a
			// row twice); sorted by key, the inserts also walk the primary key in order
			+ " select distinct on (key) " + COLUMNS + ", ? from unnest(?::varchar[], ?::varchar[], ?::uuid[],"
			+ " ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::varchar[], ?::varchar[],"
			+ " ?::varchar[], ?::varchar[], ?::boolean[]) with ordinality as d(" + COLUMNS + ", n)"
			+ " order by key, n desc on conflict (key) do update set type = excluded.type,"
			+ " record_id = excluded.record_id, patient_id = excluded.patient_id, title = excluded.title,"
			+ " names = excluded.names, body = excluded.body, codes = excluded.codes,"
			+ " record_date = excluded.record_date, department = excluded.department, state = excluded.state,"
			+ " permission = excluded.permission, link = excluded.link, voided = excluded.voided,"
			+ " updated_at = excluded.updated_at";
	private static final int WIDTH = 14;

	private final List<List<String>> columns = new ArrayList<>();
	private final Instant now;

	DocumentRows(Instant now) {
		this.now = now;
		for (int i = 0; i < WIDTH; i++) {
			columns.add(new ArrayList<>());
		}
	}

	void add(SearchDocument d) {
		Object[] row = { d.key(), d.type(), d.recordId(), d.patientId(), d.title(), d.names(), d.body(), d.codes(),
				d.recordDate(), d.department(), d.state(), d.permission(), d.link(), d.voided() };
		for (int i = 0; i < WIDTH; i++) {
			columns.get(i).add(row[i] == null ? null : row[i].toString());
		}
	}

	int size() {
		return columns.get(0).size();
	}

	/** Upserts the gathered rows into {@code search_document} and starts afresh. */
	void write(Connection connection) throws SQLException {
		if (size() == 0) {
			return;
		}
		try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
			upsert.setTimestamp(1, Timestamp.from(now));
			List<Array> arrays = new ArrayList<>();
			for (int i = 0; i < WIDTH; i++) {
				Array array = connection.createArrayOf("text", columns.get(i).toArray(String[]::new));
				arrays.add(array);
				upsert.setArray(i + 2, array);
			}
			upsert.executeUpdate();
			for (Array array : arrays) {
				array.free();
			}
		}
		columns.forEach(List::clear);
	}
}
