package org.cutis.biopsy.web;

import java.util.Map;
import java.util.UUID;

import org.cutis.biopsy.application.PathLog;
import org.cutis.biopsy.domain.PathLogPolicy;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.Paged;
import org.cutis.shared.Paging;

import org.springframework.stereotype.Component;

/**
 * One page of the path log with each specimen's patient and lesion, for the page and the API
 * alike: the page's patients in one query and its lesions in another, never one per row.
 */
@Component
class PathLogRows {
	record Row(PathLogPolicy.Entry entry, PatientSummary patient, LesionSummary lesion) {
	}

	/** The page's rows and how many of the whole log (or the patient's) are overdue. */
	record Page(Paged<Row> rows, long overdue) {
	}

	private final PathLog pathLog;
	private final PatientDirectory patients;
	private final LesionDirectory lesions;

	PathLogRows(PathLog pathLog, PatientDirectory patients, LesionDirectory lesions) {
		this.pathLog = pathLog;
		this.patients = patients;
		this.lesions = lesions;
	}

	Page rows(UUID patientId, Paging paging) {
		PathLog.Page page = pathLog.view(patientId, paging);
		var entries = page.entries().rows();
		Map<UUID, PatientSummary> patientsOnPage = patients
			.findAll(entries.stream().map(e -> e.specimen().patientId()).toList());
		Map<UUID, LesionSummary> lesionsOnPage = lesions
			.findAll(entries.stream().map(e -> e.specimen().lesionId()).toList());
		return new Page(page.entries().map(e -> new Row(e, patientsOnPage.get(e.specimen().patientId()),
				lesionsOnPage.get(e.specimen().lesionId()))), page.overdue());
	}

	PathLogPolicy.Settings settings() {
		return pathLog.settings();
	}
}
