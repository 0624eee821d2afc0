package org.cutis.recurrence.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.StaffNames;
import org.cutis.recurrence.application.RecurrenceRecords;
import org.cutis.recurrence.application.RelapseWorkupQueries;
import org.cutis.recurrence.domain.Recurrence;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "recurrence", description = "Relapse suspected at a visit → the re-biopsy work-up (purpose recurrence); "
		+ "recurrences (local, regional, distant, detection date) from a malignant re-biopsy or recorded by the "
		+ "clinician; corrected with a reason, never deleted")
@RestController
class RecurrenceApiController {
	private final RecurrenceRecords records;
	private final RelapseWorkupQueries workups;
	private final StaffNames names;

	RecurrenceApiController(RecurrenceRecords records, RelapseWorkupQueries workups, StaffNames names) {
		this.records = records;
		this.workups = workups;
		this.names = names;
	}

	@Operation(summary = "The cancer's recurrences, latest detected first")
	@GetMapping("/api/v1/cancers/{id}/recurrences")
	@Requires(Permission.RECURRENCE_READ)
	List<RecurrenceView> ofCancer(@PathVariable UUID id) {
		return records.ofCancer(id).stream().map(this::view).toList();
	}

	@Operation(summary = "Record a recurrence found by the clinician (e.g. distant by imaging): extent local | "
			+ "regional | distant, detectedOn (not in the future, not before the diagnosis), detail (optional). "
			+ "Restages the cancer at recurrence (the tumor board proposes it) and closes an open work-up")
	@PostMapping("/api/v1/cancers/{id}/recurrences")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.RECURRENCE_RECORD)
	RecurrenceView record(@PathVariable UUID id, @RequestBody NewRecurrence body) {
		return view(records.record(id, body.extent(), body.detectedOn(), body.detail()));
	}

	@Operation(summary = "One recurrence with its corrections")
	@GetMapping("/api/v1/recurrences/{id}")
	@Requires(Permission.RECURRENCE_READ)
	RecurrenceView one(@PathVariable UUID id) {
		return view(records.view(id));
	}

	@Operation(summary = "Confirm the extent a re-biopsy proposed, or give the right one (once)")
	@PostMapping("/api/v1/recurrences/{id}/extent")
	@Requires(Permission.RECURRENCE_RECORD)
	RecurrenceView confirmExtent(@PathVariable UUID id, @RequestBody ExtentConfirmation body) {
		return view(records.confirmExtent(id, body.extent(), body.version()));
	}

	@Operation(summary = "Correct the extent or the detection date with a reason (kept with the values before)")
	@PostMapping("/api/v1/recurrences/{id}/corrections")
	@Requires(Permission.RECURRENCE_RECORD)
	RecurrenceView correct(@PathVariable UUID id, @RequestBody Correction body) {
		return view(records.correct(id, body.extent(), body.detectedOn(), body.reason(), body.version()));
	}

	@Operation(summary = "Relapse work-ups: open ones oldest first (open=true, the default), or all latest first")
	@GetMapping("/api/v1/relapse-workups")
	@Requires(Permission.RECURRENCE_READ)
	List<WorkupView> workups(@RequestParam(defaultValue = "true") boolean open) {
		return workups.worklist(open).stream().map(t -> WorkupView.of(t, names)).toList();
	}

	@Operation(summary = "One relapse work-up: its lesions with their re-biopsy, status, next step and result")
	@GetMapping("/api/v1/relapse-workups/{id}")
	@Requires(Permission.RECURRENCE_READ)
	WorkupView workup(@PathVariable UUID id) {
		return WorkupView.of(workups.view(id), names);
	}

	private RecurrenceView view(Recurrence r) {
		return RecurrenceView.of(r, records.correctionsOf(r.id()), names);
	}

	record NewRecurrence(String extent, LocalDate detectedOn, String detail) {
	}

	record ExtentConfirmation(String extent, Long version) {
	}

	record Correction(String extent, LocalDate detectedOn, String reason, Long version) {
	}
}
