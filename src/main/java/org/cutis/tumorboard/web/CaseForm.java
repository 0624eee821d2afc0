package org.cutis.tumorboard.web;

import java.util.UUID;

import org.cutis.tumorboard.application.TumorBoardManagement.CaseRequest;

/** Putting a proposal on a meeting's list (caseId) or submitting a cancer with a question (cancerId). */
record CaseForm(UUID caseId, UUID cancerId, String question, Integer ecog, String priorTreatments,
		Boolean needsPlasticSurgery, Boolean needsRadiationOncology) {

	static CaseForm empty() {
		return new CaseForm(null, null, null, null, null, false, false);
	}

	CaseRequest request() {
		return new CaseRequest(caseId, cancerId, question, ecog, priorTreatments, needsPlasticSurgery,
				needsRadiationOncology);
	}
}
