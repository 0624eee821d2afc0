package org.cutis.staging.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.staging.application.CancerDiagnosisManagement;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "cancers", description = "Cancer diagnoses, staging records and the melanoma work-up")
@RestController
@RequestMapping("/api/v1/cancers")
@Requires(Permission.CANCER_READ)
class CancerApiController {
	private final CancerDiagnosisManagement cancers;
	private final WorkupViews workup;

	CancerApiController(CancerDiagnosisManagement cancers, WorkupViews workup) {
		this.cancers = cancers;
		this.workup = workup;
	}

	@Operation(summary = "A cancer with its diagnosis date (first histological diagnosis), its evidence (the report "
			+ "ids and work-up result ids it is staged from), current staging (TNM with prefixes: pT2b cN0 cM0, stage "
			+ "group or null with the reason in the explanation), staging history (newest first) and work-up orders")
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
	@Requires(Permission.CANCER_STAGE)
	CancerView override(@PathVariable UUID id, @RequestBody Override body) {
		cancers.override(id, body.stage(), body.reason());
		return view(id);
	}

	@Operation(summary = "Accept a computed staging record, or confirm a proposed N/M change")
	@PostMapping("/{id}/staging/{recordId}/accept")
	@Requires(Permission.CANCER_STAGE)
	CancerView accept(@PathVariable UUID id, @PathVariable UUID recordId) {
		cancers.accept(id, recordId);
		return view(id);
	}

	@Operation(summary = "Withdraw the clinician's override (or one kept for review on older facts): the computed "
			+ "stage stands again, as a new staging record")
	@PostMapping("/{id}/staging/override/withdraw")
	@Requires(Permission.CANCER_STAGE)
	CancerView withdrawOverride(@PathVariable UUID id) {
		cancers.withdrawOverride(id);
		return view(id);
	}

	@Operation(summary = "The clinician's findings that pathology does not give: borders (well-defined | "
			+ "poorly-defined; NCCN BCC risk), recurrent, priorRadiotherapy, immunosuppressed. Restages the cancer; "
			+ "tumour facts themselves come only from signed pathology and work-up results")
	@PostMapping("/{id}/clinical-findings")
	@Requires(Permission.CANCER_STAGE)
	CancerView clinicalFindings(@PathVariable UUID id, @RequestBody ClinicalFindingsRequest body) {
		cancers.recordClinicalFindings(id, body.findings());
		return view(id);
	}

	@Operation(summary = "Restage at recurrence: adds a staging record; the tumor board proposes the case")
	@PostMapping("/{id}/recurrence")
	@Requires(Permission.CANCER_STAGE)
	CancerView recurrence(@PathVariable UUID id) {
		cancers.recordRecurrence(id);
		return view(id);
	}

	private CancerView view(UUID id) {
		return CancerView.of(cancers.view(id), workup.ordersOf(id));
	}

	record Override(String stage, String reason) {
	}

	record ClinicalFindingsRequest(String borders, Boolean recurrent, Boolean priorRadiotherapy,
			Boolean immunosuppressed) {
		org.cutis.staging.domain.ClinicalFindings findings() {
			Boolean poorlyDefined = null;
			if (borders != null && !borders.isBlank()) {
				poorlyDefined = switch (borders.trim()) {
					case "poorly-defined" -> true;
					case "well-defined" -> false;
					default -> throw new org.cutis.shared.InvalidInput("borders", "error.field.oneOf",
							"well-defined, poorly-defined");
				};
			}
			return new org.cutis.staging.domain.ClinicalFindings(poorlyDefined, Boolean.TRUE.equals(recurrent),
					Boolean.TRUE.equals(priorRadiotherapy), Boolean.TRUE.equals(immunosuppressed));
		}
	}
}
