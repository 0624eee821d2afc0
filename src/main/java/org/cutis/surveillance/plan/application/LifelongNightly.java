package org.cutis.surveillance.plan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.shared.scheduling.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly, once across nodes and before the recall list is computed: every active plan whose
 * lifelong skin checks have run out is extended (a plan whose last visit was never marked done
 * still gets them). Each plan in its own transaction, so one plan's failure stops no other.
 */
@Component
public class LifelongNightly {
	static final String JOB = "lifelong-skin-checks";
	private static final Logger log = LoggerFactory.getLogger(LifelongNightly.class);

	private final LifelongSkinChecks skinChecks;
	private final ClusterJobs jobs;
	private final Clock clock;

	LifelongNightly(LifelongSkinChecks skinChecks, ClusterJobs jobs, Clock clock) {
		this.skinChecks = skinChecks;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Scheduled(cron = "${cutis.surveillance.lifelong-cron:0 15 1 * * *}")
	public boolean nightly() {
		return jobs.runOnce(JOB, LocalDate.now(clock).toString(), this::sweep);
	}

	/** One run (the tests call it directly); returns the counts as the job's outcome. */
	public String sweep() {
		int plans = 0;
		int checks = 0;
		int failed = 0;
		for (UUID planId : skinChecks.activePlans()) {
			try {
				int added = skinChecks.extend(planId);
				if (added > 0) {
					plans++;
					checks += added;
				}
			}
			catch (RuntimeException e) {
				failed++;
				log.error("lifelong skin checks of plan {} not extended", planId, e);
			}
		}
		String outcome = checks + " lifelong skin checks written for " + plans + " plans"
				+ (failed == 0 ? "" : ", " + failed + " plans failed");
		log.info("Lifelong skin checks {}: {}", LocalDate.now(clock), outcome);
		return outcome;
	}
}
