package org.cutis.staging.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.PatientDirectory;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.web.FormErrors;
import org.cutis.staging.TumorBoardSubmissions;
import org.cutis.staging.application.CancerDiagnosisManagement;
import org.cutis.staging.application.CancerDiagnosisManagement.CancerRecord;
import org.cutis.staging.application.WorkupManagement;
import org.cutis.staging.domain.ClinicalFindings;
import org.cutis.staging.domain.ImagingFinding;
import org.cutis.staging.domain.NodalBasin;
import org.cutis.staging.domain.WorkupResult;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cancer page (diagnosis, staging, work-up, submitting it to the tumor board) and the coordinator's work-up worklist. */
@Controller
@Requires(Permission.CANCER_READ)
class CancerController {
	private final CancerDiagnosisManagement cancers;
	private final WorkupManagement workup;
	private final PatientDirectory patients;
	private final MessageSource messages;
	private final ObjectProvider<TumorBoardSubmissions> board;
	private final ObjectProvider<org.cutis.staging.CancerPageSection> sections;
	private final Clock clock;

	CancerController(CancerDiagnosisManagement cancers, WorkupManagement workup, PatientDirectory patients,
			MessageSource messages, ObjectProvider<TumorBoardSubmissions> board,
			ObjectProvider<org.cutis.staging.CancerPageSection> sections, Clock clock) {
		this.board = board;
		this.sections = sections;
		this.clock = clock;
		this.cancers = cancers;
		this.workup = workup;
		this.patients = patients;
		this.messages = messages;
	}

	@GetMapping("/cancers/{id}")
	String cancer(@PathVariable UUID id, Model model) {
		return cancerPage(id, model);
	}

	/**
	 * Submits the case to a meeting with the clinician's question; the board's refusals (a closed
	 * case list, say) are shown next to the fields.
	 */
	@PostMapping("/cancers/{id}/tumor-board")
	@Requires(Permission.BOARD_SUBMIT)
	String submitToBoard(@PathVariable UUID id, @ModelAttribute("submission") BoardSubmissionForm form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				board.getObject().submit(id, form.getMeetingId(), form.getQuestion());
				return "redirect:/cancers/" + id + "?submitted#tumor-board";
			}
			catch (InvalidInput invalid) {
				FormErrors.bind(invalid, result);
			}
		}
		return cancerPage(id, model);
	}

	private String cancerPage(UUID id, Model model) {
		CancerRecord record = cancers.view(id);
		model.addAttribute("cancer", record.cancer());
		model.addAttribute("findings", record.cancer().findings());
		model.addAttribute("current", record.current().orElse(null));
		model.addAttribute("pending", record.history().stream()
			.filter(r -> r.status() == org.cutis.staging.domain.StagingRecord.Status.PENDING_CONFIRMATION)
			.findFirst().orElse(null));
		model.addAttribute("history", record.history());
		List<org.cutis.staging.domain.WorkupOrder> orders = workup.ordersOf(id);
		model.addAttribute("orders", orders);
		// once the sentinel node biopsy has a result the advice to offer it is history: the page says it is done
		model.addAttribute("slnbDone", orders.stream()
			.filter(o -> o.kind().family() == org.cutis.staging.domain.WorkupKind.Family.SLNB
					&& o.status() == org.cutis.staging.domain.WorkupOrder.Status.RESULTED)
			.reduce((first, later) -> later)
			.orElse(null));
		model.addAttribute("patient", patients.find(record.cancer().patientId()).orElse(null));
		model.addAttribute("imagingSites", ImagingFinding.SITES.stream().sorted().toList());
		model.addAttribute("basins", NodalBasin.values());
		model.addAttribute("evidence", record.cancer().evidence());
		model.addAttribute("clinical", record.cancer().clinicalFindings());
		TumorBoardSubmissions submissions = board.getIfAvailable();
		model.addAttribute("boardMeetings", submissions == null ? List.of() : submissions.upcoming());
		model.addAttribute("boardCases", submissions == null ? List.of() : submissions.casesOf(id));
		if (!model.containsAttribute("submission")) {
			model.addAttribute("submission", new BoardSubmissionForm());
		}
		model.addAttribute("zone", clock.getZone());
		// sections of the modules that build on the cancer (recurrence), each its own fragment
		model.addAttribute("sections", sections.orderedStream().map(s -> s.sectionOf(id)).flatMap(java.util.Optional::stream).toList());
		return "staging/cancer";
	}

	@GetMapping("/workup")
	String worklist(Model model) {
		model.addAttribute("rows", workup.worklist());
		model.addAttribute("proposals", workup.stagingProposals());
		return "staging/worklist";
	}

	@PostMapping("/cancers/{id}/staging/{recordId}/accept")
	@Requires(Permission.CANCER_STAGE)
	String accept(@PathVariable UUID id, @PathVariable UUID recordId, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> cancers.accept(id, recordId));
	}

	@PostMapping("/cancers/{id}/staging/override")
	@Requires(Permission.CANCER_STAGE)
	String override(@PathVariable UUID id, @RequestParam(defaultValue = "") String stage,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> cancers.override(id, stage, reason));
	}

	@PostMapping("/cancers/{id}/orders/{orderId}/confirm")
	@Requires(Permission.WORKUP_ORDER)
	String confirm(@PathVariable UUID id, @PathVariable UUID orderId,
			@RequestParam(defaultValue = "") String instructions, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> workup.confirm(id, orderId, instructions));
	}

	@PostMapping("/cancers/{id}/orders/{orderId}/decline")
	@Requires(Permission.WORKUP_ORDER)
	String decline(@PathVariable UUID id, @PathVariable UUID orderId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> workup.decline(id, orderId, reason));
	}

	@PostMapping("/cancers/{id}/orders/{orderId}/slnb")
	@Requires(Permission.WORKUP_RESULT)
	String slnb(@PathVariable UUID id, @PathVariable UUID orderId, @RequestParam(required = false) Integer nodesExamined,
			@RequestParam(required = false) Integer nodesPositive,
			@RequestParam(required = false) BigDecimal largestDepositMm, @RequestParam(defaultValue = "false") boolean ene,
			@RequestParam(required = false) String basin, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> workup.recordWorkupResult(id, orderId, null,
				new WorkupResult.Slnb(nodesExamined, nodesPositive, largestDepositMm, ene, basin(basin), List.of())));
	}

	private static NodalBasin basin(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		NodalBasin basin = NodalBasin.fromCode(code);
		if (basin == null) {
			throw new InvalidInput("basin", "error.field.oneOf", NodalBasin.allowed());
		}
		return basin;
	}

	@PostMapping("/cancers/{id}/staging/override/withdraw")
	@Requires(Permission.CANCER_STAGE)
	String withdrawOverride(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> cancers.withdrawOverride(id));
	}

	@PostMapping("/cancers/{id}/clinical-findings")
	@Requires(Permission.CANCER_STAGE)
	String clinicalFindings(@PathVariable UUID id, @RequestParam(defaultValue = "") String borders,
			@RequestParam(defaultValue = "false") boolean recurrent,
			@RequestParam(defaultValue = "false") boolean priorRadiotherapy,
			@RequestParam(defaultValue = "false") boolean immunosuppressed, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> cancers.recordClinicalFindings(id, new ClinicalFindings(
				borders.isBlank() ? null : borders.equals("poorly-defined"), recurrent, priorRadiotherapy,
				immunosuppressed)));
	}

	@PostMapping("/cancers/{id}/orders/{orderId}/imaging")
	@Requires(Permission.WORKUP_RESULT)
	String imaging(@PathVariable UUID id, @PathVariable UUID orderId, @RequestParam(defaultValue = "") String site,
			@RequestParam(defaultValue = "") String metastasis, RedirectAttributes redirect, Locale locale) {
		// the form starts with nothing chosen: an organ and an answer left out are named next to their fields
		List<InvalidInput.FieldProblem> missing = new java.util.ArrayList<>();
		if (site.isBlank()) {
			missing.add(new InvalidInput.FieldProblem("site", "error.field.required"));
		}
		if (metastasis.isBlank()) {
			missing.add(new InvalidInput.FieldProblem("metastasis", "error.field.required"));
		}
		if (!missing.isEmpty()) {
			redirect.addFlashAttribute("orderErrors", fieldTexts(orderId, new InvalidInput(missing), locale));
			return "redirect:/cancers/" + id + "#order-" + orderId;
		}
		return act(id, redirect, locale, () -> workup.recordWorkupResult(id, orderId, null,
				new WorkupResult.Imaging(List.of(new ImagingFinding(site, metastasis)))));
	}

	/** Problems of one order's result form by "order id/field", for the page to show beside each field. */
	private java.util.Map<String, String> fieldTexts(UUID orderId, InvalidInput invalid, Locale locale) {
		java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
		invalid.problems()
			.forEach(p -> texts.merge(orderId + "/" + p.field(),
					messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale), (a, b) -> a + " " + b));
		return texts;
	}

	@PostMapping("/cancers/{id}/orders/{orderId}/ldh")
	@Requires(Permission.WORKUP_RESULT)
	String ldh(@PathVariable UUID id, @PathVariable UUID orderId, @RequestParam(required = false) BigDecimal value,
			@RequestParam(defaultValue = "") String unit, @RequestParam(required = false) BigDecimal upperLimitOfNormal,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> workup.recordWorkupResult(id, orderId, null,
				new WorkupResult.Ldh(value, unit, upperLimitOfNormal)));
	}

	/** Runs one action; refusals come back to the cancer page as messages in the reader's language. */
	private String act(UUID id, RedirectAttributes redirect, Locale locale, Supplier<?> action) {
		try {
			action.get();
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", invalid.problems()
				.stream()
				.map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))
				.toList());
		}
		catch (RefusedTransition refused) {
			redirect.addFlashAttribute("problems",
					List.of(messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale)));
		}
		return "redirect:/cancers/" + id;
	}
}
