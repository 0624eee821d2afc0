package org.cutis.biopsy.domain;

import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * What the pathology desk reads off a specimen container: the id scanned or typed, and the MRN
 * and site written on it. All three must match the requisition.
 */
record ContainerLabel(String accession, String mrn, AnatomicSite site) {

	/** Every mismatch at once, one problem per field; empty when the container is this specimen's. */
	List<FieldProblem> mismatches(String expectedAccession, String expectedMrn, AnatomicSite expectedSite) {
		List<FieldProblem> problems = new ArrayList<>();
		if (accession == null || !expectedAccession.equalsIgnoreCase(accession.trim())) {
			problems.add(new FieldProblem("accession", "biopsy.receive.accessionMismatch"));
		}
		if (mrn == null || !expectedMrn.equals(mrn.trim())) {
			problems.add(new FieldProblem("mrn", "biopsy.receive.patientMismatch"));
		}
		if (site != expectedSite) {
			problems.add(new FieldProblem("site", "biopsy.receive.siteMismatch"));
		}
		return problems;
	}
}
