package org.cutis.staging.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.staging.application.CancerDiagnosisManagement;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "cancers", description = "Cancer diagnoses, staging records and the melanoma work-up")
@RestController
@RequestMapping("/api/v1/cancers")
@PreAuthorize("!hasRole('PATIENT')")
class CancerApiController {
	static final String CLINICIANS = "hasAnyRole('DERMATOLOGIST','PATHOLOGIST','ONCOLOGIST','SURGEON','RADIATION_ONCOLOGIST')";

	private final CancerDiagnosisManagement cancers;
	private final WorkupViews workup;

	CancerApiController(CancerDiagnosisManagement cancers, WorkupViews workup) {
		this.cancers = cancers;
		this.workup = workup;
	}

	@Operation(summary = "Record the findings of a signed malignant pathology report: opens the lesion's cancer "
			+ "(or restages it) and computes its stage. Idempotent per reportId. kind: melanoma | cscc | bcc | other; "
			+ "site: the rules contract's site code; differentiation: well | moderate | poor; "
			+ "bone: none | minor-erosion | gross-cortical | skull-base; borders: well-defined | poorly-defined")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(CLINICIANS + " or hasRole('ADMIN')")
	CancerView record(@RequestBody FindingsRequest request) {
		return view(cancers.recordSignedPathology(request.findings()).id());
	}

	@Operation(summary = "Record an amended report of a lesion: restages it and flags tumor-board cases "
			+ "\"data changed since discussion\"")
	@PostMapping("/amendments")
	@PreAuthorize(CLINICIANS + " or hasRole('ADMIN')")
	CancerView amend(@RequestBody FindingsRequest request) {
		return view(cancers.recordAmendedPathology(request.findings()).id());
	}

	@Operation(summary = "A cancer with its current staging record, its staging history (newest first) and work-up orders")
	@GetMapping("/{id}")
	CancerView cancer(@PathVariable UUID id) {
		return CancerView.of(cancers.view(id), workup.ordersOf(id));
	}

	@Operation(summary = "Cancers of a patient")
	@GetMapping(params = "patientId")
	List<UUID> ofPatient(@org.springframework.web.bind.annotation.RequestParam UUID patientId) {
		return cancers.cancersOf(patientId).stream().map(c -> c.id()).toList();
	}

	@Operation(summary = "Override the current stage with a reason; the computed stage stays on the record")
	@PostMapping("/{id}/staging/override")
	@PreAuthorize(CLINICIANS)
	CancerView override(@PathVariable UUID id, @RequestBody Override body) {
		cancers.override(id, body.stage(), body.reason());
		return view(id);
	}

	@Operation(summary = "Accept a computed staging record, or confirm a proposed N/M change")
	@PostMapping("/{id}/staging/{recordId}/accept")
	@PreAuthorize(CLINICIANS)
	CancerView accept(@PathVariable UUID id, @PathVariable UUID recordId) {
		cancers.accept(id, recordId);
		return view(id);
	}

	@Operation(summary = "Restage at recurrence: adds a staging record; the tumor board proposes the case")
	@PostMapping("/{id}/recurrence")
	@PreAuthorize(CLINICIANS)
	CancerView recurrence(@PathVariable UUID id) {
		cancers.recordRecurrence(id);
		return view(id);
	}

	private CancerView view(UUID id) {
		return CancerView.of(cancers.view(id), workup.ordersOf(id));
	}

	record Override(String stage, String reason) {
	}
}
