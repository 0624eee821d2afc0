package org.cutis.demo;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The synthetic center's tumor board: a weekly meeting and the signed cancers proposed to it. A
 * meeting holds a dozen or two cases however large the center is, so they are made the slow, true
 * way (lesion, biopsy, signed report through the services; the signature's events stage each
 * cancer and the eligibility rules propose it), not copied in: the meeting page and its packet
 * are then exactly what a clinic's would be.
 */
@Component
class GeneratedBoard {
	/** Signed cancers for the board, taking the demonstration's four stories in turn. */
	static final int CANCERS = 16;
	private static final Duration EVENTS_WAIT = Duration.ofSeconds(120);

	private final DemoTumorBoard board;
	private final DemoCancers cancers;
	private final JdbcTemplate jdbc;

	GeneratedBoard(DemoTumorBoard board, DemoCancers cancers, JdbcTemplate jdbc) {
		this.board = board;
		this.cancers = cancers;
		this.jdbc = jdbc;
	}

	/** Schedules the board (once per database), signs the cancers and waits for the proposals; the meetings with cases. */
	List<UUID> load(List<UUID> patients, long seed) throws InterruptedException {
		if (jdbc.queryForObject("select count(*) from board_meeting", Long.class) == 0) {
			board.load();
		}
		Random random = new Random(seed);
		int step = Math.max(1, patients.size() / CANCERS);
		try {
			for (int i = 0; i < CANCERS && i * step + 1 < patients.size(); i++) {
				cancers.signed(DemoCancers.BOARD_STORIES.get(i % DemoCancers.BOARD_STORIES.size()),
						patients.get(i * step + 1), random);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		// staging and the board's proposals follow the signatures after commit: wait until every event is handled
		long deadline = System.nanoTime() + EVENTS_WAIT.toNanos();
		while (System.nanoTime() < deadline
				&& jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class) > 0) {
			Thread.sleep(200);
		}
		return jdbc.queryForList("select m.id from board_meeting m where exists (select 1 from board_case c"
				+ " where c.meeting_id = m.id) order by m.scheduled_at", UUID.class);
	}
}
