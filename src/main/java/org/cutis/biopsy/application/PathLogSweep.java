package org.cutis.biopsy.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cutis.biopsy.domain.Awaiting;
import org.cutis.biopsy.domain.PathLogPolicy.Flag;
import org.cutis.shared.scheduling.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly, once across nodes: the path log computed exactly as the page computes it, each
 * overdue specimen written to the log and the counts kept as the job's result, so a morning
 * check (or monitoring) sees what the night found even if nobody opened the page.
 */
@Component
public class PathLogSweep {
	static final String JOB = "path-log-sweep";
	private static final int CHUNK = 500;
	private static final Logger log = LoggerFactory.getLogger(PathLogSweep.class);

	private final PathLog pathLog;
	private final ClusterJobs jobs;
	private final Clock clock;

	PathLogSweep(PathLog pathLog, ClusterJobs jobs, Clock clock) {
		this.pathLog = pathLog;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Scheduled(cron = "${cutis.pathlog.sweep-cron:0 15 2 * * *}")
	public boolean nightly() {
		return jobs.runOnce(JOB, LocalDate.now(clock).toString(), this::sweep);
	}

	/**
	 * The counts from the path log's index, and each overdue specimen read a chunk at a time in due
	 * order (never the whole log in memory): a center with a long backlog is logged line by line.
	 */
	String sweep() {
		Map<Awaiting, Instant> before = pathLog.overdueBefore();
		Map<Awaiting, OpenSpecimens.Count> counts = pathLog.counts(before);
		Map<Flag, Integer> overdue = new EnumMap<>(Flag.class);
		for (Awaiting a : Awaiting.DATED) {
			long n = counts.get(a).overdue();
			if (n > 0) {
				overdue.merge(a.late(), (int) n, Integer::sum);
			}
			logOverdue(a, before.get(a));
		}
		long open = counts.values().stream().mapToLong(OpenSpecimens.Count::open).sum();
		return summary((int) open, overdue);
	}

	private void logOverdue(Awaiting awaiting, Instant before) {
		List<OpenSpecimens.Waiting> chunk = pathLog.overdue(awaiting, before, null, CHUNK);
		while (!chunk.isEmpty()) {
			for (OpenSpecimens.Waiting w : chunk) {
				log.warn("Path log: specimen {} {} (due {})", w.accession(), awaiting.late().code(), pathLog.due(w));
			}
			chunk = chunk.size() < CHUNK ? List.of()
					: pathLog.overdue(awaiting, before, chunk.get(chunk.size() - 1), CHUNK);
		}
	}

	static String summary(int open, Map<Flag, Integer> counts) {
		StringBuilder b = new StringBuilder(open + " open");
		counts.forEach((flag, n) -> b.append(", ").append(n).append(' ').append(flag.code()));
		return b.toString();
	}
}
