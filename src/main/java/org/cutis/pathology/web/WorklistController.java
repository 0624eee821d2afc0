package org.cutis.pathology.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.pathology.SpecimenForReport;
import org.cutis.pathology.application.PathologyWorklist;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.Paged;
import org.cutis.shared.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pathologist's worklist: specimens received and not yet signed, the oldest first, a page at a time. */
@Controller
@Requires(Permission.REPORT_WRITE)
class WorklistController {
	private final PathologyWorklist worklist;
	private final PatientDirectory patients;
	private final Clock clock;

	WorklistController(PathologyWorklist worklist, PatientDirectory patients, Clock clock) {
		this.worklist = worklist;
		this.patients = patients;
		this.clock = clock;
	}

	record Row(SpecimenForReport specimen, String state, PatientSummary patient, long ageHours) {
		public long ageDays() {
			return ageHours / 24;
		}
	}

	@GetMapping("/pathology/worklist")
	String worklist(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Model model) {
		Instant now = clock.instant();
		Paged<PathologyWorklist.Awaiting> awaiting = worklist.page(Paging.of(page, size));
		var named = patients.findAll(awaiting.rows().stream().map(a -> a.specimen().patientId()).toList());
		Paged<Row> rows = awaiting.map(a -> new Row(a.specimen(), a.state(), named.get(a.specimen().patientId()),
				Duration.between(a.specimen().receivedAt(), now).toHours()));
		model.addAttribute("rows", rows.rows());
		model.addAttribute("paged", rows);
		return "pathology/worklist";
	}
}
