package org.cutis.mohs.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.SignatureSecret;
import org.cutis.mohs.application.MohsSurgery;
import org.cutis.mohs.application.OperativeReportPdf;
import org.cutis.mohs.domain.BlockInput;
import org.cutis.shared.web.ApiLanguage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "mohs", description = "Mohs micrographic surgery: AUC gate, stages with tissue maps, closure, operative report")
@RestController
@Requires(Permission.MOHS_READ)
class MohsApiController {
	private final MohsSurgery surgery;
	private final OperativeReportPdf pdf;

	MohsApiController(MohsSurgery surgery, OperativeReportPdf pdf) {
		this.surgery = surgery;
		this.pdf = pdf;
	}

	@Operation(summary = "Open a Mohs case behind the appropriate use criteria (mohs.auc). tumor: bcc-superficial | "
			+ "bcc-nodular | bcc-aggressive | scc-in-situ | scc-nonaggressive | scc-aggressive | scc-keratoacanthoma-type "
			+ "| ak-with-focal-scc-in-situ | lentigo-maligna | melanoma-in-situ (default: from the cancer's pathology); "
			+ "patient: healthy | immunocompromised | genetic-syndrome; diameterCm defaults to the cancer's or lesion's "
			+ "diameter; patient, recurrent and priorRadiationAtSite default to the clinical findings recorded on the "
			+ "cancer; an inappropriate or not-rated case needs a reason")
	@PostMapping("/api/v1/mohs-cases")
	@Requires(Permission.MOHS_RECORD)
	@ResponseStatus(HttpStatus.CREATED)
	MohsCaseView open(@RequestBody OpenRequest body,
			@RequestHeader(name = "Accept-Language", required = false) String language) {
		return MohsCaseView.of(surgery.open(new MohsSurgery.Opening(body.lesionId(), body.cancerId(), body.tumor(),
				body.diameterCm(), body.patient(), body.recurrent(), body.priorRadiationAtSite(), body.reason())),
				ApiLanguage.of(language));
	}

	@Operation(summary = "A Mohs case with its stages, closure and the operative report's signature and addenda")
	@GetMapping("/api/v1/mohs-cases/{id}")
	MohsCaseView get(@PathVariable UUID id, @RequestHeader(name = "Accept-Language", required = false) String language) {
		return MohsCaseView.of(surgery.view(id), ApiLanguage.of(language));
	}

	@Operation(summary = "Record the next stage: its blocks (number, fromClock and toClock 1-12 clockwise, margin clear "
			+ "| peripheral | deep) and the frozen-section minutes. Only after a stage with a positive block, and only "
			+ "on the arcs of its positive blocks; a stage after an all-clear stage or on a closed case is refused (409)")
	@PostMapping("/api/v1/mohs-cases/{id}/stages")
	@Requires(Permission.MOHS_RECORD)
	@ResponseStatus(HttpStatus.CREATED)
	MohsCaseView.Stage stage(@PathVariable UUID id, @RequestBody StageRequest body) {
		return MohsCaseView.stage(surgery.takeStage(id, body.blocks(), body.frozenSectionMinutes(), body.version()));
	}

	@Operation(summary = "Record the final defect (mm x mm) and its closure: primary | flap (detail: advancement, "
			+ "rotation, transposition, bilobed, interpolation, island-pedicle) | graft (detail: full-thickness, "
			+ "split-thickness, composite) | secondary-intention | plastic-surgery-referral (a reconstruction item for "
			+ "plastic surgery). Only after a clear stage")
	@PostMapping("/api/v1/mohs-cases/{id}/closure")
	@Requires(Permission.MOHS_RECORD)
	MohsCaseView close(@PathVariable UUID id, @RequestBody ClosureRequest body,
			@RequestHeader(name = "Accept-Language", required = false) String language) {
		return MohsCaseView.of(surgery.close(id, body.defectLengthMm(), body.defectWidthMm(), body.closure(),
				body.detail(), body.version()), ApiLanguage.of(language));
	}

	@Operation(summary = "Sign the operative report (the operating surgeon, after the closure) with password or pin")
	@PostMapping("/api/v1/mohs-cases/{id}/sign")
	@Requires(Permission.MOHS_RECORD)
	MohsCaseView sign(@PathVariable UUID id, @RequestBody(required = false) SignatureSecret secret,
			@RequestHeader(name = "Accept-Language", required = false) String language) {
		return MohsCaseView.of(surgery.sign(id, secret), ApiLanguage.of(language));
	}

	@Operation(summary = "Amend the signed operative report: an addendum {text}, signed with password or pin")
	@PostMapping("/api/v1/mohs-cases/{id}/addenda")
	@Requires(Permission.MOHS_RECORD)
	@ResponseStatus(HttpStatus.CREATED)
	MohsCaseView.Addendum amend(@PathVariable UUID id, @RequestBody AddendumRequest body) {
		var a = surgery.amend(id, body.text(), new SignatureSecret(body.password(), body.pin()));
		return new MohsCaseView.Addendum(a.id(), a.text(), a.signedBy(), a.signedAt(), a.signatureMethod().code());
	}

	@Operation(summary = "The operative report with the stage maps as a PDF (Korean or English by Accept-Language)")
	@GetMapping("/api/v1/mohs-cases/{id}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable UUID id,
			@RequestHeader(name = "Accept-Language", required = false) String language) {
		return PdfResponse.of(id, pdf.print(id, ApiLanguage.of(language)));
	}

	record OpenRequest(UUID lesionId, UUID cancerId, String tumor, BigDecimal diameterCm, String patient,
			Boolean recurrent, Boolean priorRadiationAtSite, String reason) {
	}

	record StageRequest(List<BlockInput> blocks, Integer frozenSectionMinutes, Long version) {
	}

	record ClosureRequest(BigDecimal defectLengthMm, BigDecimal defectWidthMm, String closure, String detail,
			Long version) {
	}

	record AddendumRequest(String text, String password, String pin) {
	}
}
