package org.cutis.referral.application;

import java.time.Clock;
import java.time.LocalDate;

import org.cutis.referral.domain.Referral;
import org.cutis.referral.domain.Referrals;
import org.cutis.referral.domain.TriageTargets;
import org.cutis.shared.scheduling.ClusterJobs;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nightly: referrals that waited past their red target are marked escalated, which puts them on
 * the chart timeline and the coordinator's attention. Runs once per night across all nodes.
 */
@Component
public class ReferralEscalation {
	static final String JOB = "referral-escalation";

	private final Referrals referrals;
	private final ReferralProperties properties;
	private final ClusterJobs jobs;
	private final Clock clock;
	private final TransactionTemplate transaction;

	ReferralEscalation(Referrals referrals, ReferralProperties properties, ClusterJobs jobs, Clock clock,
			PlatformTransactionManager transactions) {
		this.referrals = referrals;
		this.properties = properties;
		this.jobs = jobs;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${cutis.referral.escalation-cron:0 30 2 * * *}")
	public boolean nightly() {
		return jobs.runOnce(JOB, LocalDate.now(clock).toString(), () -> transaction.execute(tx -> escalateOverdue()));
	}

	private String escalateOverdue() {
		TriageTargets targets = properties.targets();
		var now = clock.instant();
		int escalated = 0;
		for (Referral referral : referrals.findByStatus(Referral.Status.RECEIVED)) {
			if (targets.flag(referral.urgency(), referral.receivedAt(), now) == TriageTargets.Flag.RED
					&& referral.escalate(now)) {
				escalated++;
			}
		}
		return escalated + " escalated";
	}
}
