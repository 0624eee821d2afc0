package org.cutis.surveillance.recall.application;

import java.time.Clock;
import java.time.LocalDate;

import org.cutis.shared.scheduling.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly, once across nodes: the recall list computed exactly as the page computes it, every item's
 * snapshot refreshed (recall_item), the counts kept (recall_run, job_run) and logged, so the morning
 * shows what the night found even if nobody opened the page.
 */
@Component
public class RecallNightly {
	static final String JOB = "recall-worklist";
	private static final Logger log = LoggerFactory.getLogger(RecallNightly.class);

	private final RecallListing listing;
	private final ClusterJobs jobs;
	private final Clock clock;

	RecallNightly(RecallListing listing, ClusterJobs jobs, Clock clock) {
		this.listing = listing;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Scheduled(cron = "${cutis.recall.cron:0 30 1 * * *}")
	public boolean nightly() {
		return jobs.runOnce(JOB, LocalDate.now(clock).toString(), this::sweep);
	}

	/** One run (the tests call it directly); returns the counts as the job's outcome. */
	public String sweep() {
		RecallWorklist.Computation c = listing.refreshWhole();
		StringBuilder b = new StringBuilder(c.items().size() + " on the recall list");
		RecallStore.counts(c.items()).forEach((kind, n) -> b.append(", ").append(n).append(' ').append(kind.code()));
		b.append(", ").append(c.resolved()).append(" resolved");
		log.info("Recall list {}: {}", c.today(), b);
		return b.toString();
	}
}
