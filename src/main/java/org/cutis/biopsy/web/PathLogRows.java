package org.cutis.biopsy.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.biopsy.application.PathLog;
import org.cutis.biopsy.domain.PathLogPolicy;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;

import org.springframework.stereotype.Component;

/** The path log with each specimen's patient and lesion, for the page and the API alike. */
@Component
class PathLogRows {
	record Row(PathLogPolicy.Entry entry, PatientSummary patient, LesionSummary lesion) {
	}

	private final PathLog pathLog;
	private final PatientDirectory patients;
	private final LesionDirectory lesions;

	PathLogRows(PathLog pathLog, PatientDirectory patients, LesionDirectory lesions) {
		this.pathLog = pathLog;
		this.patients = patients;
		this.lesions = lesions;
	}

	List<Row> rows(UUID patientId) {
		Map<UUID, PatientSummary> seen = new HashMap<>();
		return pathLog.view(patientId)
			.stream()
			.map(e -> new Row(e,
					seen.computeIfAbsent(e.specimen().patientId(), id -> patients.find(id).orElse(null)),
					lesions.find(e.specimen().lesionId()).orElse(null)))
			.toList();
	}

	PathLogPolicy.Settings settings() {
		return pathLog.settings();
	}
}
