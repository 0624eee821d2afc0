package org.cutis.tumorboard.web;

import java.util.List;

import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.tumorboard.domain.BoardCase;

/**
 * A case on a list, with the patient's name and MRN so the coordinator knows whom it is about,
 * and for a case without a cancer (a discordant benign result) the lesion it concerns.
 */
record CaseRow(BoardCase boardCase, PatientSummary patient, LesionSummary lesion) {
	static List<CaseRow> of(List<BoardCase> cases, PatientDirectory patients, LesionDirectory lesions) {
		return cases.stream()
			.map(c -> new CaseRow(c, patients.find(c.patientId()).orElse(null),
					c.cancerId() == null && c.lesionId() != null ? lesions.find(c.lesionId()).orElse(null) : null))
			.toList();
	}

	public String patientLine() {
		return patient == null ? "-" : patient.displayName() + " · " + patient.mrn();
	}
}
