package org.cutis.treatment.surgery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.shared.InvalidInput;
import org.cutis.treatment.surgery.application.SurgeryRecords;
import org.cutis.treatment.surgery.domain.ExcisionDetails;
import org.cutis.treatment.surgery.domain.ProcedureDetails;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "surgery", description = "Wide local excisions with their margins, and the other procedures")
@RestController
@Requires(Permission.PROCEDURE_READ)
class SurgeryApiController {
	private final SurgeryRecords records;
	private final CurrentUser currentUser;

	SurgeryApiController(SurgeryRecords records, CurrentUser currentUser) {
		this.records = records;
		this.currentUser = currentUser;
	}

	record ProposalAnswer(UUID cancerId, String kind, ExcisionView.ProposalView proposal) {
	}

	@Operation(summary = "The clinical margin the rules propose for the cancer's excision (melanoma.margin by the "
			+ "greatest Breslow thickness), with its explanation in the language asked for")
	@GetMapping("/api/v1/cancers/{id}/excisions/proposal")
	ProposalAnswer proposal(@PathVariable UUID id, Locale locale) {
		var planning = records.planning(id);
		return new ProposalAnswer(id, planning.cancer().kind().code(),
				ExcisionView.ProposalView.of(planning.proposal(), locale));
	}

	record Overview(UUID cancerId, java.util.List<ExcisionView> excisions, java.util.List<ProcedureView> procedures) {
	}

	@Operation(summary = "A cancer's excisions and procedures, voided ones included (marked)")
	@GetMapping("/api/v1/cancers/{id}/surgery")
	Overview overview(@PathVariable UUID id, Locale locale) {
		var overview = records.overview(id);
		return new Overview(id, overview.excisions().stream().map(e -> ExcisionView.of(e, locale)).toList(),
				overview.procedures().stream().map(ProcedureView::of).toList());
	}

	/** @param surgeon the responsible physician's login; the caller when absent */
	record ExcisionRequest(String surgeon, LocalDate performedOn, BigDecimal plannedMargin, String marginUnit,
			String narrowerReason, String complications) {
	}

	@Operation(summary = "Record the excision of a cancer: surgeon, date, planned margin (value with unit mm or cm), "
			+ "a reason when it is narrower than the proposed margin, complications. Orders the re-excision specimen")
	@PostMapping("/api/v1/cancers/{id}/excisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.PROCEDURE_RECORD)
	ExcisionView recordExcision(@PathVariable UUID id, @RequestBody ExcisionRequest body, Locale locale) {
		if (body == null) {
			throw new InvalidInput("plannedMargin", "error.field.required");
		}
		return ExcisionView.of(records.recordExcision(id, new ExcisionDetails(
				body.surgeon() == null ? currentUser.username() : body.surgeon(), body.performedOn(),
				body.plannedMargin(), body.marginUnit(), body.narrowerReason(), body.complications())), locale);
	}

	@Operation(summary = "An excision with its proposal, planned margin, specimen and histological margins")
	@GetMapping("/api/v1/excisions/{id}")
	ExcisionView excision(@PathVariable UUID id, Locale locale) {
		return ExcisionView.of(records.viewExcision(id), locale);
	}

	/** @param version the version read (optimistic locking) */
	record Change(String complications, Long version) {
	}

	record Void(String reason, Long version) {
	}

	@Operation(summary = "Correct an excision's complications (with the version read)")
	@PostMapping("/api/v1/excisions/{id}/complications")
	@Requires(Permission.PROCEDURE_RECORD)
	ExcisionView changeExcision(@PathVariable UUID id, @RequestBody Change body, Locale locale) {
		return ExcisionView.of(records.changeExcisionComplications(id, body.complications(), version(body.version())),
				locale);
	}

	@Operation(summary = "Void an excision recorded in error, with a reason (never deleted)")
	@PostMapping("/api/v1/excisions/{id}/void")
	@Requires(Permission.PROCEDURE_RECORD)
	ExcisionView voidExcision(@PathVariable UUID id, @RequestBody Void body, Locale locale) {
		return ExcisionView.of(records.voidExcision(id, body.reason(), version(body.version())), locale);
	}

	/**
	 * @param performedBy the responsible physician's login; the caller when absent
	 * @param lesionId    the lesion; may be left out when cancerId names the cancer
	 */
	record ProcedureRequest(String kind, UUID lesionId, UUID cancerId, String performedBy, LocalDate performedOn,
			String complications, String basin, Integer nodesExamined, Integer nodesPositive,
			BigDecimal largestDepositMm, Boolean extranodalExtension, String agent, BigDecimal areaCm2, Integer weeks,
			Integer cycles) {
	}

	@Operation(summary = "Record a procedure: slnb, lymph-node-dissection (nodesExamined, nodesPositive, basin: the "
			+ "cancer's work-up result, which restages it), curettage-electrodesiccation, cryotherapy (cycles), "
			+ "topical-field-therapy (agent, areaCm2, weeks)")
	@PostMapping("/api/v1/procedures")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.PROCEDURE_RECORD)
	ProcedureView recordProcedure(@RequestBody ProcedureRequest body) {
		if (body == null) {
			throw new InvalidInput("kind", "error.field.required");
		}
		return ProcedureView.of(records.recordProcedure(body.lesionId(), new ProcedureDetails(body.kind(),
				body.cancerId(), body.performedBy() == null ? currentUser.username() : body.performedBy(),
				body.performedOn(), body.complications(), body.basin(), body.nodesExamined(), body.nodesPositive(),
				body.largestDepositMm(), body.extranodalExtension(), body.agent(), body.areaCm2(), body.weeks(),
				body.cycles())));
	}

	@Operation(summary = "A procedure with the details of its kind")
	@GetMapping("/api/v1/procedures/{id}")
	ProcedureView procedure(@PathVariable UUID id) {
		return ProcedureView.of(records.viewProcedure(id));
	}

	@Operation(summary = "Correct a procedure's complications (with the version read)")
	@PostMapping("/api/v1/procedures/{id}/complications")
	@Requires(Permission.PROCEDURE_RECORD)
	ProcedureView changeProcedure(@PathVariable UUID id, @RequestBody Change body) {
		return ProcedureView.of(records.changeProcedureComplications(id, body.complications(), version(body.version())));
	}

	@Operation(summary = "Void a procedure recorded in error, with a reason (never deleted)")
	@PostMapping("/api/v1/procedures/{id}/void")
	@Requires(Permission.PROCEDURE_RECORD)
	ProcedureView voidProcedure(@PathVariable UUID id, @RequestBody Void body) {
		return ProcedureView.of(records.voidProcedure(id, body.reason(), version(body.version())));
	}

	private static long version(Long version) {
		if (version == null) {
			throw new InvalidInput("version", "error.field.required");
		}
		return version;
	}
}
