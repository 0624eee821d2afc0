package org.cutis.tumorboard.application;

import org.cutis.staging.CancerFactsChanged;
import org.cutis.staging.CancerStaged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stagings propose cases by the eligibility rules; amended pathology flags discussed cases.
 * Both run after the staging commits, through the event publication registry, and are
 * idempotent: a cancer gets at most one case per rule, and flagging twice changes nothing.
 */
@Component
class CaseProposals {
	private final TumorBoardManagement board;

	CaseProposals(TumorBoardManagement board) {
		this.board = board;
	}

	@ApplicationModuleListener
	void on(CancerStaged staged) {
		board.proposeEligible(staged);
	}

	@ApplicationModuleListener
	void on(CancerFactsChanged changed) {
		board.flagDataChanged(changed.cancerId());
	}
}
