package org.cutis.tumorboard.web;

import java.util.List;

import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.tumorboard.domain.BoardCase;

/** A case on a list, with the patient's name and MRN so the coordinator knows whom it is about. */
record CaseRow(BoardCase boardCase, PatientSummary patient) {
	static List<CaseRow> of(List<BoardCase> cases, PatientDirectory patients) {
		return cases.stream().map(c -> new CaseRow(c, patients.find(c.patientId()).orElse(null))).toList();
	}

	public String patientLine() {
		return patient == null ? "-" : patient.displayName() + " · " + patient.mrn();
	}
}
