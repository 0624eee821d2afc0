package org.cutis.biopsy.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every state a specimen has reached, oldest first, as the database recorded it (see
 * V610__specimen_history.sql): also the reviews and communications an addendum reopened.
 */
@Component
public class SpecimenHistory {
	private final JdbcTemplate jdbc;
	private final SpecimenTracking tracking;

	SpecimenHistory(JdbcTemplate jdbc, SpecimenTracking tracking) {
		this.jdbc = jdbc;
		this.tracking = tracking;
	}

	/** Audited like a view of the specimen, and refused where the specimen itself would be. */
	@Transactional
	public List<Step> of(UUID specimenId) {
		tracking.view(specimenId);
		return jdbc.query("select status, at, by_user from specimen_step where specimen_id = ? order by id",
				(rs, i) -> new Step(rs.getString("status").toLowerCase(), rs.getTimestamp("at").toInstant(),
						rs.getString("by_user")),
				specimenId);
	}

	public record Step(String status, Instant at, String by) {
	}
}
