package org.cutis.pathology.web;

import java.util.Locale;
import java.util.UUID;

import org.cutis.clinical.Behaviour;
import org.cutis.clinical.BreslowNotAssessable;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.MetastasisType;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.SignatureRefused;
import org.cutis.identity.SignatureSecret;
import org.cutis.lesion.LesionDirectory;
import org.cutis.pathology.application.PathologyReporting;
import org.cutis.pathology.application.ReportLines;
import org.cutis.pathology.application.ReportPdf;
import org.cutis.pathology.SpecimenForReport;
import org.cutis.pathology.domain.PathologyReport;
import org.cutis.patient.PatientDirectory;
import org.cutis.rules.melanoma.MetastaticSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report pages: the pathologist's synoptic form while the report is a draft, the report
 * (addenda above the original) once signed, and the clinician's correlation. Clerks never see them.
 */
@Controller
@Requires(Permission.REPORT_READ)
class ReportController {
	private final PathologyReporting reporting;
	private final MessageSource messages;
	private final ReportPdf pdf;
	private final PatientDirectory patients;
	private final LesionDirectory lesions;

	ReportController(PathologyReporting reporting, ReportPdf pdf, PatientDirectory patients, LesionDirectory lesions,
			MessageSource messages) {
		this.messages = messages;
		this.reporting = reporting;
		this.pdf = pdf;
		this.patients = patients;
		this.lesions = lesions;
	}

	@GetMapping("/specimens/{specimenId}/report")
	String report(@PathVariable UUID specimenId, Model model, Authentication auth) {
		SpecimenForReport specimen = specimen(specimenId);
		PathologyReport report = reporting.viewOfSpecimen(specimenId).orElse(null);
		boolean pathologist = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PATHOLOGIST"));
		if (pathologist && (report == null || report.status() == PathologyReport.Status.DRAFT)) {
			model.addAttribute("form", report == null ? ReportForm.empty() : ReportForm.of(report.current()));
			return formPage(specimen, report, model);
		}
		if (report == null) {
			throw new NotFound("pathology-report", specimenId);
		}
		return reportPage(specimen, report, model);
	}

	@PostMapping("/specimens/{specimenId}/report")
	@Requires(Permission.REPORT_WRITE)
	String write(@PathVariable UUID specimenId, @ModelAttribute("form") ReportForm form, BindingResult result,
			Model model) {
		SpecimenForReport specimen = specimen(specimenId);
		if (!result.hasErrors()) {
			try {
				reporting.writeReport(specimenId, form.synoptic());
				return "redirect:/specimens/" + specimenId + "/report?saved";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return formPage(specimen, reporting.viewOfSpecimen(specimenId).orElse(null), model);
	}

	/** Signing asks for the password or the signing PIN again; a refusal comes back to the form, unsigned. */
	@PostMapping("/reports/{id}/sign")
	@Requires(Permission.REPORT_WRITE)
	String sign(@PathVariable UUID id, @RequestParam(required = false) String password,
			@RequestParam(required = false) String pin, RedirectAttributes redirect, Locale locale) {
		PathologyReport report = reporting.view(id);
		try {
			reporting.signReport(id, new SignatureSecret(password, pin));
			return "redirect:/specimens/" + report.specimenId() + "/report?signed";
		}
		catch (SignatureRefused refused) {
			redirect.addFlashAttribute("signatureField", refused.field());
			redirect.addFlashAttribute("signatureError",
					messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale));
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("signatureField", invalid.problems().get(0).field());
			redirect.addFlashAttribute("signatureError", String.join(" ", FormErrors.texts(invalid, messages, locale)));
		}
		return "redirect:/specimens/" + report.specimenId() + "/report#sign-signature";
	}

	@PostMapping("/reports/{id}/addenda")
	@Requires(Permission.REPORT_WRITE)
	String amend(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String text, @ModelAttribute("correction") CorrectionForm correction,
			@RequestParam(required = false) String password, @RequestParam(required = false) String pin,
			RedirectAttributes redirect, Locale locale) {
		PathologyReport report = reporting.view(id);
		try {
			reporting.amend(id, reason, text, correction.synoptic(), new SignatureSecret(password, pin));
			return "redirect:/specimens/" + report.specimenId() + "/report?amended";
		}
		catch (SignatureRefused refused) {
			redirect.addFlashAttribute("signatureField", refused.field());
			redirect.addFlashAttribute("signatureError",
					messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale));
		}
		catch (InvalidInput invalid) {
			String field = invalid.problems().get(0).field();
			if (field.equals("password") || field.equals("pin")) {
				// the signature was not given: said beside the password, as when signing the report
				redirect.addFlashAttribute("signatureField", field);
				redirect.addFlashAttribute("signatureError", String.join(" ", FormErrors.texts(invalid, messages, locale)));
			}
			else {
				redirect.addFlashAttribute("addendumErrors", FormErrors.texts(invalid, messages, locale));
			}
		}
		return "redirect:/specimens/" + report.specimenId() + "/report#addendum-form";
	}

	@PostMapping("/reports/{id}/correlation")
	@Requires(Permission.REPORT_CORRELATE)
	String correlate(@PathVariable UUID id, @RequestParam(required = false) PathologyReport.Correlation correlation,
			@RequestParam(required = false) String note, RedirectAttributes redirect, Locale locale) {
		PathologyReport report = reporting.view(id);
		try {
			reporting.correlate(id, correlation, note);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("correlationErrors", FormErrors.texts(invalid, messages, locale));
		}
		return "redirect:/specimens/" + report.specimenId() + "/report";
	}

	@GetMapping("/reports/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		PathologyReport report = reporting.view(id);
		String accession = specimen(report.specimenId()).accession();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("report-" + accession + ".pdf").build().toString())
			.body(pdf.print(id, locale));
	}

	private String formPage(SpecimenForReport specimen, PathologyReport draft, Model model) {
		common(specimen, model);
		model.addAttribute("draft", draft);
		vocabularies(model);
		return "pathology/form";
	}

	private String reportPage(SpecimenForReport specimen, PathologyReport report, Model model) {
		common(specimen, model);
		model.addAttribute("report", report);
		model.addAttribute("lines", ReportLines.of(report));
		// a structured addendum corrected the findings: the original stays readable beside them
		model.addAttribute("original", report.versions().size() > 1 ? ReportLines.of(report.original()) : null);
		model.addAttribute("addenda", reporting.addendaOf(report.id()));
		model.addAttribute("correlations", PathologyReport.Correlation.values());
		vocabularies(model);
		return "pathology/report";
	}

	private static void vocabularies(Model model) {
		model.addAttribute("diagnoses", Diagnosis.values());
		model.addAttribute("behaviours", Behaviour.values());
		model.addAttribute("notAssessableReasons", BreslowNotAssessable.values());
		model.addAttribute("metastasisTypes", MetastasisType.values());
		model.addAttribute("distantSites", MetastaticSite.values());
	}

	private void common(SpecimenForReport specimen, Model model) {
		model.addAttribute("specimen", specimen);
		model.addAttribute("patient", patients.find(specimen.patientId()).orElse(null));
		model.addAttribute("lesion", lesions.find(specimen.lesionId()).orElse(null));
	}

	private SpecimenForReport specimen(UUID id) {
		return reporting.specimen(id).orElseThrow(() -> new NotFound("specimen", id));
	}
}
