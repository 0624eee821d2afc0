package org.cutis.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The recall list as the nightly run leaves it (V1891): the generated items are the list the
 * application computes (GeneratedSurveillanceChecks compares them), so the generated patients are
 * not marked stale by the COPY's triggers, and a center generated into a database without
 * surveillance plans is computed today. Into one that had plans, the first look computes the whole
 * list, as the others' items may need it.
 */
final class RecallKept {
	private RecallKept() {
	}

	static boolean noPlans(Connection connection) throws SQLException {
		try (var statement = connection.createStatement();
				var rs = statement.executeQuery("select not exists (select 1 from surveillance_plan)")) {
			return rs.next() && rs.getBoolean(1);
		}
	}

	/** The chunk's own patients, whose items it wrote as computed. */
	static void notStale(Connection connection, List<UUID> patients) throws SQLException {
		try (var statement = connection.prepareStatement("delete from recall_stale where patient_id = any(?)")) {
			statement.setArray(1, connection.createArrayOf("uuid", patients.toArray()));
			statement.executeUpdate();
		}
	}

	static void computed(Connection connection, LocalDate today, Instant at) throws SQLException {
		try (var statement = connection.prepareStatement("""
				insert into recall_computed (id, computed_on, computed_at) values (true, ?, ?)
				on conflict (id) do update set computed_on = excluded.computed_on, computed_at = excluded.computed_at
				""")) {
			statement.setObject(1, today);
			statement.setTimestamp(2, Timestamp.from(at));
			statement.executeUpdate();
		}
	}
}
