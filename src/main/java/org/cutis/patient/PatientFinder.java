package org.cutis.patient;

import java.util.List;

import org.cutis.patient.application.PatientSearch;

import org.springframework.stereotype.Component;

/**
 * For other modules' pages that pick a patient (the tumor board's "add a case"): the registry
 * search of the header box, by MRN, birth date or the beginning of a name, first page only.
 * Audited like the header search: every patient shown is a SEARCH line.
 */
@Component
public class PatientFinder {
	private final PatientSearch search;

	PatientFinder(PatientSearch search) {
		this.search = search;
	}

	/** Patients matching {@code text}; a text that is no MRN, date or name is an InvalidInput on field q. */
	public List<PatientSummary> search(String text) {
		return search.search(text, null).items();
	}
}
