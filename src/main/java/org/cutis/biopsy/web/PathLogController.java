package org.cutis.biopsy.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.cutis.biopsy.domain.PathLogPolicy;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.PatientDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The nurses' and clinicians' path log page, optionally for one patient. */
@Controller
@Requires(Permission.SPECIMEN_READ)
class PathLogController {
	private final PathLogRows pathLog;
	private final PatientDirectory patients;

	PathLogController(PathLogRows pathLog, PatientDirectory patients) {
		this.pathLog = pathLog;
		this.patients = patients;
	}

	@GetMapping("/path-log")
	String pathLog(@RequestParam(required = false) UUID patientId, Model model) {
		List<PathLogRows.Row> rows = pathLog.rows(patientId);
		model.addAttribute("rows", rows);
		model.addAttribute("overdue", rows.stream().filter(r -> r.entry().overdue()).count());
		model.addAttribute("settings", pathLog.settings());
		model.addAttribute("flags", Arrays.stream(PathLogPolicy.Flag.values()).filter(f -> f != PathLogPolicy.Flag.NONE).toList());
		model.addAttribute("patient", patientId == null ? null : patients.find(patientId).orElse(null));
		return "biopsy/pathlog";
	}
}
