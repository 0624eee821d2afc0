package org.cutis.biopsy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.clinical.Behaviour;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.shared.Paged;
import org.cutis.shared.Paging;
import org.cutis.shared.web.PageHeaders;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "path log", description = "The closed loop: every specimen not yet communicated, with due dates and overdue flags")
@RestController
@Requires(Permission.SPECIMEN_READ)
class PathLogApiController {
	private final PathLogRows pathLog;

	PathLogApiController(PathLogRows pathLog) {
		this.pathLog = pathLog;
	}

	@Operation(summary = "Open specimens (not communicated, rejected or voided), overdue first; every signed result, "
			+ "benign included, has a review due date. flag: none | not-received | report-late | "
			+ "malignant-not-reviewed (malignant, in situ or uncertain) | benign-not-reviewed | not-communicated. "
			+ "Paged: a JSON array of one page (page from 0, size 1-200, default 50); the header X-Total-Count gives "
			+ "the whole log's size and Link (rel=\"next\", rel=\"prev\") the neighbouring pages' addresses")
	@GetMapping("/api/v1/path-log")
	ResponseEntity<List<Entry>> pathLog(
			@Parameter(description = "only this patient's specimens") @RequestParam(required = false) UUID patientId,
			@Parameter(description = "the page, from 0 (default 0)") @RequestParam(required = false) Integer page,
			@Parameter(description = "rows a page, 1 to 200 (default 50)") @RequestParam(required = false) Integer size) {
		Paged<PathLogRows.Row> rows = pathLog.rows(patientId, Paging.of(page, size)).rows();
		return ResponseEntity.ok().headers(PageHeaders.of(rows)).body(rows.rows().stream().map(Entry::of).toList());
	}

	/**
	 * @param purpose         diagnostic | re-excision | recurrence | metastasis
	 * @param resultBehaviour the signed result's behaviour (benign | uncertain | in-situ | malignant), null before
	 * @param malignant       the signed result is malignant or in situ
	 */
	record Entry(UUID specimenId, String accession, UUID patientId, String mrn, String patientName, UUID lesionId,
			String lesion, String purpose, String state, Instant since, LocalDate dueDate, boolean overdue, String flag,
			String resultBehaviour, boolean malignant) {
		static Entry of(PathLogRows.Row row) {
			var s = row.entry().specimen();
			Behaviour behaviour = s.resultBehaviour();
			return new Entry(s.id(), s.accession(), s.patientId(), row.patient() == null ? null : row.patient().mrn(),
					row.patient() == null ? null : row.patient().displayName(), s.lesionId(),
					row.lesion() == null ? null : row.lesion().label(), s.role().code(), s.status().code(),
					row.entry().since(), row.entry().due(), row.entry().overdue(), row.entry().flag().code(),
					behaviour == null ? null : behaviour.code(), behaviour != null && behaviour.isCancer());
		}
	}
}
