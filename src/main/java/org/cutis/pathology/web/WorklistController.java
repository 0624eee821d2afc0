package org.cutis.pathology.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.pathology.SpecimenForReport;
import org.cutis.pathology.application.PathologyReporting;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pathologist's worklist: specimens received and not yet signed, the oldest first. */
@Controller
@Requires(Permission.REPORT_WRITE)
class WorklistController {
	private final PathologyReporting specimens;
	private final PatientDirectory patients;
	private final Clock clock;

	WorklistController(PathologyReporting specimens, PatientDirectory patients, Clock clock) {
		this.specimens = specimens;
		this.patients = patients;
		this.clock = clock;
	}

	record Row(SpecimenForReport specimen, String state, PatientSummary patient, long ageHours) {
		public long ageDays() {
			return ageHours / 24;
		}
	}

	@GetMapping("/pathology/worklist")
	String worklist(Model model) {
		var now = clock.instant();
		List<Row> rows = specimens.awaitingReport()
			.stream()
			.map(a -> new Row(a.specimen(), a.state(), patients.find(a.specimen().patientId()).orElse(null),
					Duration.between(a.specimen().receivedAt(), now).toHours()))
			.toList();
		model.addAttribute("rows", rows);
		return "pathology/worklist";
	}
}
