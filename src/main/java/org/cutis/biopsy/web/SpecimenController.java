package org.cutis.biopsy.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.biopsy.CommunicationMethod;
import org.cutis.biopsy.PunchDiameter;
import org.cutis.biopsy.application.SpecimenEvent;
import org.cutis.biopsy.application.SpecimenLabel;
import org.cutis.biopsy.application.SpecimenTracking;
import org.cutis.biopsy.BiopsyOrder;
import org.cutis.biopsy.domain.Specimen;
import org.cutis.clinical.BiopsyTechnique;
import org.cutis.clinical.SpecimenRole;
import org.cutis.identity.Access;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.patient.PatientDirectory;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@Requires(Permission.SPECIMEN_READ)
class SpecimenController {
	private final SpecimenTracking tracking;
	private final MessageSource messages;
	private final SpecimenLabel labels;
	private final LesionDirectory lesions;
	private final PatientDirectory patients;
	private final Access access;

	SpecimenController(SpecimenTracking tracking, SpecimenLabel labels, LesionDirectory lesions,
			PatientDirectory patients, Access access, MessageSource messages) {
		this.access = access;
		this.messages = messages;
		this.tracking = tracking;
		this.labels = labels;
		this.lesions = lesions;
		this.patients = patients;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("techniques", BiopsyTechnique.values());
		model.addAttribute("purposes", SpecimenRole.BIOPSY_PURPOSES);
		model.addAttribute("methods", CommunicationMethod.values());
		model.addAttribute("sites", AnatomicSite.values());
	}

	record OrderForm(SpecimenRole purpose, BiopsyTechnique technique, BigDecimal punchDiameterMm,
			BigDecimal excisionMarginMm, String clinicalHistory, UUID photoId, boolean acknowledgeMelanomaWarning) {
		BiopsyOrder order() {
			return new BiopsyOrder(technique, technique == BiopsyTechnique.PUNCH ? punchDiameterMm : null,
					technique == BiopsyTechnique.EXCISIONAL ? excisionMarginMm : null, clinicalHistory, photoId,
					acknowledgeMelanomaWarning, purpose);
		}
	}

	@GetMapping("/lesions/{lesionId}/biopsies/new")
	@Requires(Permission.BIOPSY_ORDER)
	String orderForm(@PathVariable UUID lesionId, @RequestParam(required = false) String purpose, Model model) {
		// the re-biopsy path links here with purpose=recurrence; anything else starts as a diagnostic biopsy
		SpecimenRole chosen = SpecimenRole.fromCode(purpose);
		model.addAttribute("form", new OrderForm(
				chosen != null && SpecimenRole.BIOPSY_PURPOSES.contains(chosen) ? chosen : SpecimenRole.DIAGNOSTIC,
				BiopsyTechnique.PUNCH,
				PunchDiameter.DEFAULT.mm(), null, null, null, false));
		return orderPage(lesionId, model);
	}

	@PostMapping("/lesions/{lesionId}/biopsies")
	@Requires(Permission.BIOPSY_ORDER)
	String orderBiopsy(@PathVariable UUID lesionId, @ModelAttribute("form") OrderForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				Specimen specimen = tracking.orderBiopsy(lesionId, form.order());
				return "redirect:/specimens/" + specimen.id() + "?ordered";
			}
			catch (InvalidInput invalid) {
				// a partial biopsy of a suspected melanoma: the reason goes beside the acknowledgement it asks for
				List<InvalidInput.FieldProblem> partial = invalid.problems()
					.stream()
					.filter(p -> p.messageKey().startsWith("biopsy.melanoma."))
					.map(p -> new InvalidInput.FieldProblem("acknowledgeMelanomaWarning", p.messageKey(), p.args()))
					.toList();
				List<InvalidInput.FieldProblem> others = invalid.problems()
					.stream()
					.filter(p -> !p.messageKey().startsWith("biopsy.melanoma."))
					.toList();
				if (!partial.isEmpty()) {
					FormErrors.bind(new InvalidInput(partial), result);
				}
				if (!others.isEmpty()) {
					FormErrors.bind(new InvalidInput(others), result);
				}
			}
		}
		return orderPage(lesionId, model);
	}

	private String orderPage(UUID lesionId, Model model) {
		LesionSummary lesion = lesions.find(lesionId).orElseThrow(() -> new NotFound("lesion", lesionId));
		model.addAttribute("lesion", lesion);
		model.addAttribute("patient", patients.find(lesion.patientId()).orElse(null));
		model.addAttribute("photos", lesions.photos(lesionId));
		model.addAttribute("suspectedMelanoma", Specimen.isSuspectedMelanoma(lesion));
		return "biopsy/order";
	}

	@GetMapping("/specimens/{id}")
	String specimen(@PathVariable UUID id, Model model) {
		Specimen s = tracking.view(id);
		model.addAttribute("specimen", s);
		model.addAttribute("patient", patients.find(s.patientId()).orElse(null));
		model.addAttribute("lesion", lesions.find(s.lesionId()).orElse(null));
		model.addAttribute("steps", Step.of(s));
		return "biopsy/specimen";
	}

	/** Every step of the loop from the specimen page; the role rules are those of the API. */
	@PostMapping("/specimens/{id}/events")
	@Requires({ Permission.SPECIMEN_COLLECT, Permission.SPECIMEN_RECEIVE, Permission.SPECIMEN_REVIEW,
			Permission.SPECIMEN_COMMUNICATE, Permission.SPECIMEN_VOID })
	String event(@PathVariable UUID id, @RequestParam(defaultValue = "") String type,
			@RequestParam(required = false) String accession,
			@RequestParam(required = false) String mrn, @RequestParam(required = false) AnatomicSite site,
			@RequestParam(required = false) String reason, @RequestParam(required = false) CommunicationMethod method,
			RedirectAttributes redirect, Locale locale) {
		SpecimenEvent.Type parsed = SpecimenEvent.Type.fromCode(type);
		if (parsed == null) {
			// the page's forms send only known steps
			throw new NotFound("specimen step", type);
		}
		access.require(SpecimenStepPermissions.of(parsed));
		try {
			Specimen s = tracking.apply(id, new SpecimenEvent(parsed, accession, mrn, site, reason, method));
			return "redirect:/specimens/" + s.id();
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("eventErrors", FormErrors.texts(invalid, messages, locale));
			return "redirect:/specimens/" + id;
		}
	}

	@GetMapping("/specimens/{id}/label.pdf")
	ResponseEntity<byte[]> label(@PathVariable UUID id, Locale locale) {
		Specimen s = tracking.view(id);
		return pdf(labels.print(id, locale), "label-" + s.accession() + ".pdf");
	}

	static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(bytes);
	}

	@GetMapping("/specimens/receive")
	@Requires(Permission.SPECIMEN_RECEIVE)
	String receiveDesk() {
		return "biopsy/receive";
	}

	@PostMapping("/specimens/receive")
	@Requires(Permission.SPECIMEN_RECEIVE)
	String receiveScanned(@RequestParam(defaultValue = "") String accession, @RequestParam(defaultValue = "") String mrn,
			@RequestParam(required = false) AnatomicSite site, Model model) {
		try {
			Specimen s = tracking.receiveScanned(accession, mrn, site);
			return "redirect:/specimens/" + s.id() + "?received";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", invalid.problems());
			model.addAttribute("accession", accession);
			model.addAttribute("mrn", mrn);
			return "biopsy/receive";
		}
	}

	static List<String> keys(List<InvalidInput.FieldProblem> problems) {
		return problems.stream().map(InvalidInput.FieldProblem::messageKey).toList();
	}
}
