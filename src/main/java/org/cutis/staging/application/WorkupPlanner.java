package org.cutis.staging.application;

import java.util.UUID;

import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.WorkupFacts;

import org.springframework.stereotype.Component;

/** Proposes the melanoma work-up and reads its results back as staging facts. */
@Component
class WorkupPlanner implements org.cutis.staging.CancerDirectory.WorkupLines {
	void propose(CancerDiagnosis cancer, StageComputation stage) {
	}

	WorkupFacts factsOf(UUID cancerId) {
		return WorkupFacts.NONE;
	}

	@Override
	public java.util.List<String> linesOf(UUID cancerId) {
		return java.util.List.of();
	}
}
