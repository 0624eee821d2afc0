package org.cutis.biopsy.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cutis.biopsy.domain.PathLogPolicy;
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

	String sweep() {
		List<PathLogPolicy.Entry> entries = pathLog.entries(null);
		Map<Flag, Integer> counts = new EnumMap<>(Flag.class);
		for (PathLogPolicy.Entry e : entries) {
			if (e.overdue()) {
				counts.merge(e.flag(), 1, Integer::sum);
				log.warn("Path log: specimen {} {} (due {})", e.specimen().accession(), e.flag().code(), e.due());
			}
		}
		return summary(entries.size(), counts);
	}

	static String summary(int open, Map<Flag, Integer> counts) {
		StringBuilder b = new StringBuilder(open + " open");
		counts.forEach((flag, n) -> b.append(", ").append(n).append(' ').append(flag.code()));
		return b.toString();
	}
}
