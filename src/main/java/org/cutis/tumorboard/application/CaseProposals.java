package org.cutis.tumorboard.application;

import org.cutis.pathology.CorrelationRecorded;
import org.cutis.staging.CancerFactsChanged;
import org.cutis.staging.CancerStaged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stagings propose cases by the eligibility rules and bring discussed cancers back when their
 * stage changes; changed facts flag discussed cases and bring them back; every discordant
 * correlation is proposed. All run after the publisher commits, through the event publication
 * registry (retried after a crash), and are idempotent: a redelivered event changes nothing.
 */
@Component
class CaseProposals {
	private final BoardProposals proposals;

	CaseProposals(BoardProposals proposals) {
		this.proposals = proposals;
	}

	@ApplicationModuleListener
	void on(CancerStaged staged) {
		proposals.proposeFromStaging(staged);
	}

	@ApplicationModuleListener
	void on(CancerFactsChanged changed) {
		proposals.reviewChangedFacts(changed);
	}

	@ApplicationModuleListener
	void on(CorrelationRecorded correlation) {
		proposals.proposeDiscordantCorrelation(correlation);
	}
}
