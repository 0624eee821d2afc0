package org.cutis.tumorboard.domain;

/** What the presenter tells the board about a case: the question, ECOG, prior treatments, who else must attend. */
public record CaseDetails(String question, Integer ecog, String priorTreatments, boolean needsPlasticSurgery,
		boolean needsRadiationOncology) {

	void applyTo(BoardCase boardCase) {
		boardCase.describe(question, ecog, priorTreatments, needsPlasticSurgery, needsRadiationOncology);
	}
}
