package org.cutis.tumorboard.web;

import java.util.UUID;

import org.cutis.tumorboard.application.TumorBoardManagement.CaseRequest;

/**
 * Putting a proposal on a meeting's list (caseId) or submitting a cancer with a question
 * (cancerId, chosen among the cancers of the patient found by name or MRN: patientId).
 */
record CaseForm(UUID caseId, UUID cancerId, String question, Integer ecog, String priorTreatments,
		Boolean needsPlasticSurgery, Boolean needsRadiationOncology, UUID patientId) {

	static CaseForm empty() {
		return forPatient(null);
	}

	static CaseForm forPatient(UUID patientId) {
		return new CaseForm(null, null, null, null, null, false, false, patientId);
	}

	CaseRequest request() {
		return new CaseRequest(caseId, cancerId, question, ecog, priorTreatments, needsPlasticSurgery,
				needsRadiationOncology);
	}
}
