package org.cutis.biopsy.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.biopsy.domain.Awaiting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The path log's reads of specimen.path_awaits and path_since (V1860), each from the partial index
 * specimen_path_log_idx (path_awaits, path_since, id): the first rows of a wait in order, one range
 * of a wait, and the counts. Only ids and times come back; the page's specimens are loaded after.
 */
@Component
class OpenSpecimens {
	/** One open specimen in the index: what it waits for, since when. */
	record Waiting(UUID id, String accession, Awaiting awaiting, Instant since) {
	}

	/** How many specimens wait for this, and how many of them are overdue. */
	record Count(long open, long overdue) {
	}

	private static final String COLUMNS = "select id, accession, path_awaits, path_since from specimen";
	private static final String IN_ORDER = " order by path_since, id";

	private final JdbcTemplate jdbc;

	OpenSpecimens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The first {@code limit} specimens of each wait, in the index's order, in one statement; each
	 * part stops after {@code limit} index entries, so the cost grows with the page asked for, not
	 * with the number of open specimens.
	 */
	List<Waiting> first(Collection<Awaiting> waits, long limit) {
		if (waits.isEmpty() || limit == 0) {
			return List.of();
		}
		List<String> parts = new ArrayList<>();
		List<Object> args = new ArrayList<>();
		for (Awaiting a : waits) {
			parts.add("(" + COLUMNS + " where path_awaits = ?" + IN_ORDER + " limit ?)");
			args.add(a.name());
			args.add(limit);
		}
		return jdbc.query(String.join(" union all ", parts), OpenSpecimens::waiting, args.toArray());
	}

	/** One stretch of a wait in order: offset and limit of one index range. */
	List<Waiting> range(Awaiting awaiting, long offset, int limit) {
		return jdbc.query(COLUMNS + " where path_awaits = ?" + IN_ORDER + " offset ? limit ?", OpenSpecimens::waiting,
				awaiting.name(), offset, limit);
	}

	/**
	 * The overdue specimens of one wait after {@code (since, id)} (null: from the start), for the
	 * nightly sweep to read them a chunk at a time.
	 */
	List<Waiting> overdueAfter(Awaiting awaiting, Instant overdueBefore, Waiting after, int limit) {
		if (after == null) {
			return jdbc.query(COLUMNS + " where path_awaits = ? and path_since < ?" + IN_ORDER + " limit ?",
					OpenSpecimens::waiting, awaiting.name(), Timestamp.from(overdueBefore), limit);
		}
		return jdbc.query(COLUMNS + " where path_awaits = ? and path_since < ? and (path_since, id) > (?, ?)" + IN_ORDER
				+ " limit ?", OpenSpecimens::waiting, awaiting.name(), Timestamp.from(overdueBefore),
				Timestamp.from(after.since()), after.id(), limit);
	}

	/**
	 * Open and overdue specimens per wait, in one pass over the partial index (an index-only scan:
	 * the cost grows with the number of OPEN specimens, a few milliseconds per hundred thousand, never
	 * with the closed ones that make up almost all of a center's history). Overdue is a range of each
	 * wait: path_since before the wait's boundary.
	 */
	Map<Awaiting, Count> counts(Map<Awaiting, Instant> overdueBefore) {
		StringBuilder overdue = new StringBuilder("case path_awaits");
		List<Object> args = new ArrayList<>();
		overdueBefore.forEach((a, before) -> {
			overdue.append(" when ? then path_since < ?");
			args.add(a.name());
			args.add(Timestamp.from(before));
		});
		overdue.append(" else false end");
		Map<Awaiting, Count> counts = new EnumMap<>(Awaiting.class);
		for (Awaiting a : Awaiting.values()) {
			counts.put(a, new Count(0, 0));
		}
		jdbc.query("select path_awaits, count(*) as open, count(*) filter (where " + overdue + ") as overdue"
				+ " from specimen where path_awaits is not null group by path_awaits", rs -> {
					counts.put(Awaiting.valueOf(rs.getString("path_awaits")),
							new Count(rs.getLong("open"), rs.getLong("overdue")));
				}, args.toArray());
		return counts;
	}

	private static Waiting waiting(ResultSet rs, int row) throws SQLException {
		return new Waiting(rs.getObject("id", UUID.class), rs.getString("accession"),
				Awaiting.valueOf(rs.getString("path_awaits")), rs.getTimestamp("path_since").toInstant());
	}
}
