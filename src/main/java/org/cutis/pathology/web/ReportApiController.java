package org.cutis.pathology.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.clinical.Code;
import org.cutis.clinical.Diagnosis;
import org.cutis.pathology.application.PathologyReporting;
import org.cutis.pathology.domain.Addendum;
import org.cutis.pathology.domain.PathologyReport;
import org.cutis.pathology.domain.Synoptic;
import org.cutis.shared.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Clerks and patients never see reports here: a patient learns a result from a clinician. */
@Tag(name = "pathology", description = "Structured dermatopathology reports, sign-out, addenda, correlation")
@RestController
@PreAuthorize("!hasAnyRole('CLERK','PATIENT')")
class ReportApiController {
	private final PathologyReporting reporting;

	ReportApiController(PathologyReporting reporting) {
		this.reporting = reporting;
	}

	@Operation(summary = "Write or update the draft report of a received specimen. diagnosis: melanoma | "
			+ "melanoma-in-situ | bcc | cscc | actinic-keratosis | bowen-disease | merkel-cell-carcinoma | dfsp | "
			+ "benign-naevus | seborrhoeic-keratosis | other (diagnosisText). pT is computed (AJCC 8th) for melanoma.")
	@PostMapping("/api/v1/specimens/{specimenId}/report")
	@PreAuthorize("hasRole('PATHOLOGIST')")
	ReportView writeReport(@PathVariable UUID specimenId, @RequestBody SynopticRequest request) {
		PathologyReport report = reporting.writeReport(specimenId, request.synoptic());
		return ReportView.of(report, List.of());
	}

	@Operation(summary = "Sign out: the report becomes immutable; the ordering clinician must review it")
	@PostMapping("/api/v1/reports/{id}/sign")
	@PreAuthorize("hasRole('PATHOLOGIST')")
	ReportView sign(@PathVariable UUID id) {
		PathologyReport report = reporting.signReport(id);
		return ReportView.of(report, reporting.addendaOf(id));
	}

	@Operation(summary = "Add a signed addendum (reason, text) to a signed report; the clinician is notified again")
	@PostMapping("/api/v1/reports/{id}/addenda")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('PATHOLOGIST')")
	AddendumView amend(@PathVariable UUID id, @RequestBody AddendumRequest request) {
		return AddendumView.of(reporting.amend(id, request.reason(), request.text()));
	}

	@Operation(summary = "Clinicopathological correlation: concordant | discordant (with a note; flagged for re-review)")
	@PostMapping("/api/v1/reports/{id}/correlation")
	@PreAuthorize("hasAnyRole('DERMATOLOGIST','SURGEON')")
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
		return ReportView.of(reporting.correlate(id, verdict, request.note()), reporting.addendaOf(id));
	}

	@Operation(summary = "One report with its addenda (newest first, shown above the original)")
	@GetMapping("/api/v1/reports/{id}")
	ReportView report(@PathVariable UUID id) {
		return ReportView.of(reporting.view(id), reporting.addendaOf(id));
	}

	record SynopticRequest(String diagnosis, String diagnosisText, String microscopy, String histologicSubtype,
			BigDecimal breslowMm, Boolean ulceration, BigDecimal mitoticRatePerMm2, Boolean microsatellites,
			Boolean lymphovascularInvasion, Boolean neurotropism, Boolean regression, String tils, String clarkLevel,
			String differentiation, BigDecimal tumourDepthMm, Boolean beyondSubcutaneousFat,
			Boolean perineuralInvasion, BigDecimal nerveCalibreMm, String bccSubtypes,
			Boolean peripheralMarginInvolved, BigDecimal peripheralMarginMm, Boolean deepMarginInvolved,
			BigDecimal deepMarginMm) {
		Synoptic synoptic() {
			Diagnosis d = Diagnosis.fromCode(diagnosis);
			if (diagnosis != null && d == null) {
				throw new InvalidInput("diagnosis", "pathology.code.invalid", diagnosis);
			}
			return new Synoptic(d, diagnosisText, microscopy, histologicSubtype, breslowMm, ulceration,
					mitoticRatePerMm2, microsatellites, lymphovascularInvasion, neurotropism, regression, tils,
					clarkLevel, differentiation, tumourDepthMm, beyondSubcutaneousFat, perineuralInvasion,
					nerveCalibreMm, bccSubtypes, peripheralMarginInvolved, peripheralMarginMm, deepMarginInvolved,
					deepMarginMm);
		}
	}

	record AddendumRequest(String reason, String text) {
	}

	record CorrelationRequest(String correlation, String note) {
	}

	record AddendumView(UUID id, String reason, String text, Instant signedAt, String signedBy) {
		static AddendumView of(Addendum a) {
			return new AddendumView(a.id(), a.reason(), a.text(), a.signedAt(), a.signedBy());
		}
	}

	record ReportView(UUID id, UUID specimenId, UUID patientId, UUID lesionId, String status, String diagnosis,
			List<Code> codes, String diagnosisText, String microscopy, BigDecimal breslowMm, Boolean ulceration,
			BigDecimal mitoticRatePerMm2, Boolean peripheralMarginInvolved, BigDecimal peripheralMarginMm,
			Boolean deepMarginInvolved, BigDecimal deepMarginMm, String pT, String ptRuleSet, String ptExplanation,
			Instant signedAt, String signedBy, String correlation, String correlationNote, boolean needsReReview,
			List<AddendumView> addenda, long version) {
		static ReportView of(PathologyReport r, List<Addendum> addenda) {
			return new ReportView(r.id(), r.specimenId(), r.patientId(), r.lesionId(), r.status().name().toLowerCase(),
					r.diagnosis().code(), r.diagnosis().codes(), r.diagnosisText(), r.microscopy(), r.breslowMm(),
					r.ulceration(), r.mitoticRatePerMm2(), r.peripheralMarginInvolved(), r.peripheralMarginMm(),
					r.deepMarginInvolved(), r.deepMarginMm(), r.ptCategory(), r.ptRuleSet(), r.ptExplanation(),
					r.signedAt(), r.signedBy(), r.correlation() == null ? null : r.correlation().name().toLowerCase(),
					r.correlationNote(), r.needsReReview(), addenda.stream().map(AddendumView::of).toList(),
					r.version());
		}
	}
}
