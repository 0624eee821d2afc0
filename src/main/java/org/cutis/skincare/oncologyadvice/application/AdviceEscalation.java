package org.cutis.skincare.oncologyadvice.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.StaffNames;
import org.cutis.shared.scheduling.ClusterJobs;
import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendation;
import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendations;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Urgent advice (grade 3 and above, a red flag) that waited longer than the center's setting
 * (cutis.skincare.escalation-after, 24 hours) without an answer is escalated to the oncology
 * department: marked, shown first on the department's list, audited and on the chart timeline.
 * Checked every few minutes, once across all nodes.
 */
@Component
public class AdviceEscalation {
	static final String JOB = "oncology-advice-escalation";

	private final OncologyRecommendations recommendations;
	private final AdviceProperties properties;
	private final ClusterJobs jobs;
	private final AuditLog audit;
	private final Clock clock;
	private final TransactionTemplate transaction;

	AdviceEscalation(OncologyRecommendations recommendations, AdviceProperties properties, ClusterJobs jobs,
			AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
		this.recommendations = recommendations;
		this.properties = properties;
		this.jobs = jobs;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${cutis.skincare.escalation-cron:0 */10 * * * *}")
	public boolean scheduled() {
		return jobs.runOnce(JOB, clock.instant().truncatedTo(ChronoUnit.MINUTES).toString(),
				() -> escalateOverdue() + " escalated");
	}

	/** Escalates what is overdue now; how many. */
	public int escalateOverdue() {
		Integer escalated = transaction.execute(tx -> {
			var now = clock.instant();
			int count = 0;
			for (OncologyRecommendation r : recommendations
				.findByStatusAndUrgentTrueAndEscalatedAtIsNull(OncologyRecommendation.OPEN)) {
				if (r.escalate(properties.escalationAfter(), now)) {
					audit.record(StaffNames.SYSTEM, null, AuditAction.UPDATE, r.patientId(), "oncology-recommendation",
							r.id(), "escalated to " + r.department().code() + ": urgent, unanswered since " + r.sentAt());
					count++;
				}
			}
			return count;
		});
		return escalated == null ? 0 : escalated;
	}
}
