package org.cutis.pathology.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.SignatureSecret;
import org.cutis.pathology.SpecimenForReport;
import org.cutis.pathology.application.PathologyReporting;
import org.cutis.pathology.domain.Addendum;
import org.cutis.pathology.domain.PathologyReport;
import org.cutis.pathology.Synoptic;
import org.cutis.shared.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Clerks and patients never see reports here: a patient learns a result from a clinician. */
@Tag(name = "pathology", description = "Structured dermatopathology reports, sign-out, addenda, correlation")
@RestController
@Requires(Permission.REPORT_READ)
class ReportApiController {
	private final PathologyReporting reporting;

	ReportApiController(PathologyReporting reporting) {
		this.reporting = reporting;
	}

	@Operation(summary = "Write or update the draft report of a received specimen. diagnosis: melanoma | "
			+ "melanoma-in-situ | melanoma-metastasis | bcc | cscc | actinic-keratosis | bowen-disease | "
			+ "merkel-cell-carcinoma | dfsp | angiosarcoma | sebaceous-carcinoma | atypical-fibroxanthoma | "
			+ "extramammary-paget | cutaneous-lymphoma | benign-naevus | seborrhoeic-keratosis | other (diagnosisText, "
			+ "behaviour: benign | uncertain | in-situ | malignant). A melanoma has breslowMm, or breslowNotAssessable: "
			+ "transected | curetted | regressed (pTX); deepMarginTransected adds the microstaging warning. A "
			+ "melanoma-metastasis has metastasisType: in-transit | satellite | nodal | distant (distantSite: an M site, "
			+ "default skin) and cancerId, the primary's cancer. pT is computed (AJCC 8th) for a melanoma primary.")
	@PostMapping("/api/v1/specimens/{specimenId}/report")
	@Requires(Permission.REPORT_WRITE)
	ReportView writeReport(@PathVariable UUID specimenId, @RequestBody SynopticRequest request) {
		PathologyReport report = reporting.writeReport(specimenId, request.synoptic());
		return view(report, List.of());
	}

	@Operation(summary = "Sign out: the report becomes immutable; the ordering clinician must review it. An electronic "
			+ "signature: the body confirms it is the signer, {\"password\": \"...\"} (the signer's password again) or "
			+ "{\"pin\": \"123456\"} (the six-digit signing PIN set at /account/pin). Neither given: 400 naming password; "
			+ "a PIN when none is set: 400 naming pin; a wrong one: 401 naming the field, counted towards the account's "
			+ "lockout (five in a row lock it for 15 minutes). The report records signatureMethod: password | pin.")
	@PostMapping("/api/v1/reports/{id}/sign")
	@Requires(Permission.REPORT_WRITE)
	ReportView sign(@PathVariable UUID id, @RequestBody(required = false) SignRequest body) {
		SignatureSecret secret = body == null ? null : new SignatureSecret(body.password(), body.pin());
		PathologyReport report = reporting.signReport(id, secret);
		return view(report, reporting.addendaOf(id));
	}

	/** The signer's password or signing PIN, confirming the electronic signature. */
	record SignRequest(String password, String pin) {
		@Override
		public String toString() {
			return "SignRequest[secret withheld]";
		}
	}

	@Operation(summary = "Add a signed addendum (reason, text, and the signer's \"password\" or \"pin\" again, as for "
			+ "sign-out) to a signed report; the clinician is notified again. "
			+ "An optional findings object (the report's fields; those left out stay as they were) corrects the "
			+ "structured facts: the report gets a new findings version (the original stays readable) and the cancer "
			+ "restages")
	@PostMapping("/api/v1/reports/{id}/addenda")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.REPORT_WRITE)
	AddendumView amend(@PathVariable UUID id, @RequestBody AddendumRequest request) {
		Synoptic correction = null;
		if (request.findings() != null) {
			try {
				correction = request.findings().synoptic();
			}
			catch (InvalidInput invalid) {
				throw invalid.nestedUnder("findings");
			}
		}
		return AddendumView.of(reporting.amend(id, request.reason(), request.text(), correction,
				new SignatureSecret(request.password(), request.pin())));
	}

	@Operation(summary = "Clinicopathological correlation: concordant | discordant (with a note; flagged for re-review)")
	@PostMapping("/api/v1/reports/{id}/correlation")
	@Requires(Permission.REPORT_CORRELATE)
	ReportView correlate(@PathVariable UUID id, @RequestBody CorrelationRequest request) {
		PathologyReport.Correlation verdict = null;
		if (request.correlation() != null) {
			try {
				verdict = PathologyReport.Correlation.valueOf(request.correlation().trim().toUpperCase());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInput("correlation", "pathology.code.invalid", request.correlation());
			}
		}
		return view(reporting.correlate(id, verdict, request.note()), reporting.addendaOf(id));
	}

	@Operation(summary = "One report with its addenda (newest first, shown above the original)")
	@GetMapping("/api/v1/reports/{id}")
	ReportView report(@PathVariable UUID id) {
		return view(reporting.view(id), reporting.addendaOf(id));
	}

	/** The report as the API shows it, its diagnosis coded at the specimen's site (C43.7, not C43.9). */
	private ReportView view(PathologyReport report, List<Addendum> addenda) {
		return ReportView.of(report, addenda,
				reporting.specimen(report.specimenId()).map(SpecimenForReport::site).orElse(null));
	}

	/** The addendum, confirmed like a sign-out with the signer's password or signing PIN. */
	record AddendumRequest(String reason, String text, SynopticRequest findings, String password, String pin) {
		@Override
		public String toString() {
			return "AddendumRequest[reason=" + reason + ", secret withheld]";
		}
	}

	record CorrelationRequest(String correlation, String note) {
	}

	record AddendumView(UUID id, String reason, String text, Instant signedAt, String signedBy,
			Integer findingsVersion, List<String> changes, String signatureMethod) {
		static AddendumView of(Addendum a) {
			return new AddendumView(a.id(), a.reason(), a.text(), a.signedAt(), a.signedBy(), a.findingsNumber(),
					a.changeLines(), a.signatureMethod() == null ? null : a.signatureMethod().code());
		}
	}
}
