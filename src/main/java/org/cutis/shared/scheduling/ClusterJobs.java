package org.cutis.shared.scheduling;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job once per slot across all Cutis nodes that share the database. Every node's
 * scheduler fires; the node whose row for (job, slot) is inserted first runs the job, the others
 * see the row and skip. A slot is the job's period, e.g. the date of a nightly job.
 */
@Component
public class ClusterJobs {
	private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final String node;

	ClusterJobs(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Runs {@code job} if no node has run it for {@code slot}; returns whether this node ran it. */
	public boolean runOnce(String jobName, String slot, Supplier<String> job) {
		int claimed = jdbc.update(
				"insert into job_run (job_name, slot, node, started_at) values (?, ?, ?, ?) on conflict do nothing",
				jobName, slot, node, Timestamp.from(clock.instant()));
		if (claimed == 0) {
			log.debug("{} for {} already run by another node", jobName, slot);
			return false;
		}
		String outcome;
		try {
			outcome = job.get();
		}
		catch (RuntimeException e) {
			outcome = "failed: " + e.getMessage();
			log.error("{} for {} failed", jobName, slot, e);
		}
		jdbc.update("update job_run set finished_at = ?, outcome = ? where job_name = ? and slot = ?",
				Timestamp.from(clock.instant()), outcome, jobName, slot);
		return true;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (Exception e) {
			return "node";
		}
	}
}
