package org.cutis.biopsy.web;

import java.util.Arrays;
import java.util.UUID;

import org.cutis.biopsy.domain.PathLogPolicy;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.PatientDirectory;
import org.cutis.shared.Paging;

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

	/** One page of the log (page from 0, size up to {@link Paging#MAX_SIZE}); the counts are the whole log's. */
	@GetMapping("/path-log")
	String pathLog(@RequestParam(required = false) UUID patientId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		PathLogRows.Page log = pathLog.rows(patientId, Paging.of(page, size));
		model.addAttribute("paged", log.rows());
		model.addAttribute("rows", log.rows().rows());
		model.addAttribute("overdue", log.overdue());
		model.addAttribute("settings", pathLog.settings());
		model.addAttribute("flags", Arrays.stream(PathLogPolicy.Flag.values()).filter(f -> f != PathLogPolicy.Flag.NONE).toList());
		model.addAttribute("patientId", patientId);
		model.addAttribute("patient", patientId == null ? null : patients.find(patientId).orElse(null));
		return "biopsy/pathlog";
	}
}
