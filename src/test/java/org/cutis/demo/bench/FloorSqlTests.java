package org.cutis.demo.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.cutis.support.CutisTest;
import org.cutis.support.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every floor statement of {@code ./cutis bench} runs on the real schema (after every migration),
 * with the parameters the bench gives it, so a renamed column breaks this test instead of the
 * benchmark at a million patients. Each runs in a transaction that is rolled back.
 */
@CutisTest
class FloorSqlTests {
	static final Map<String, String> SAMPLES = Map.of("chart (500 events)", "0b7d6a8e-9c1f-4b57-8f7a-3d2a1c4e5f60",
			"tumor board meeting", "5f0e1d2c-3b4a-4968-8776-655443322110", "tumor board packet PDF",
			"5f0e1d2c-3b4a-4968-8776-655443322110", "registration", "1960-01-01", "search name prefix", "김민",
			"search MRN", "10000180", "search accession", "S26-000016", "search report word", "흑색종");

	@Test
	void everyFloorStatementRunsOnTheSchema() throws Exception {
		assertThat(SAMPLES.keySet()).allMatch(Floors.FLOORS::containsKey);
		List<String> failures = new java.util.ArrayList<>();
		// the floor connects as the database's owner, as ./cutis bench does: the application's role may not make temporary tables
		try (Connection connection = TestDatabase.owner().getDataSource().getConnection()) {
			connection.setAutoCommit(false);
			try (Statement setup = connection.createStatement()) {
				setup.execute(Floors.AUDIT_TABLE);
			}
			for (Map.Entry<String, Floors.Floor> floor : Floors.FLOORS.entrySet()) {
				String sample = SAMPLES.getOrDefault(floor.getKey(), "");
				List<Object[]> parameters = SqlFloor.parameters(floor.getKey(), sample);
				List<Floors.Step> steps = floor.getValue().steps();
				for (int s = 0; s < steps.size(); s++) {
					java.sql.Savepoint before = connection.setSavepoint();
					try (PreparedStatement statement = connection.prepareStatement(steps.get(s).sql())) {
						Object[] values = parameters.get(s);
						for (int i = 0; i < values.length; i++) {
							statement.setObject(i + 1, values[i]);
						}
						statement.execute();
					}
					catch (java.sql.SQLException e) {
						failures.add(floor.getKey() + ", statement " + (s + 1) + ": " + e.getMessage());
						connection.rollback(before);
					}
				}
			}
			connection.rollback();
		}
		assertThat(failures).isEmpty();
	}
}
