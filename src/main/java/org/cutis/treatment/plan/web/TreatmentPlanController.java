package org.cutis.treatment.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.Access;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.Role;
import org.cutis.identity.StaffNames;
import org.cutis.patient.PatientDirectory;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.web.FormErrors;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.shared.web.EntryText;
import org.cutis.treatment.TreatmentEntry;
import org.cutis.treatment.TreatmentType;
import org.cutis.treatment.plan.application.TreatmentSummary;
import org.cutis.treatment.plan.application.TreatmentPlanning;
import org.cutis.treatment.plan.application.TreatmentSummaries;
import org.cutis.treatment.plan.application.TreatmentWorklist;
import org.cutis.treatment.plan.domain.PlanIntent;
import org.cutis.treatment.plan.domain.PlanItem;
import org.cutis.treatment.plan.domain.TreatmentPlan;
import org.cutis.treatment.plan.domain.UsualDepartments;
import org.cutis.tumorboard.SignedRecommendations;

import org.springframework.context.MessageSource;
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

/**
 * The plan pages: a cancer's plan (or the form to make one, from the board's signed
 * recommendation or by hand), an item's status form, the summary with its PDF, and "my patients
 * to treat". Clerks and administrators see the plan's progress without its clinical detail.
 */
@Controller
class TreatmentPlanController {
	private final TreatmentPlanning planning;
	private final TreatmentSummaries summaries;
	private final TreatmentWorklist worklist;
	private final CancerDirectory cancers;
	private final PatientDirectory patients;
	private final SignedRecommendations board;
	private final SummaryPdf pdf;
	private final Access access;
	private final CurrentUser currentUser;
	private final MessageSource messages;
	private final Clock clock;
	private final AuditLog audit;
	private final StaffNames staffNames;

	TreatmentPlanController(TreatmentPlanning planning, TreatmentSummaries summaries, TreatmentWorklist worklist,
			CancerDirectory cancers, PatientDirectory patients, SignedRecommendations board, SummaryPdf pdf,
			Access access, CurrentUser currentUser, MessageSource messages, Clock clock, AuditLog audit,
			StaffNames staffNames) {
		this.audit = audit;
		this.staffNames = staffNames;
		this.planning = planning;
		this.summaries = summaries;
		this.worklist = worklist;
		this.cancers = cancers;
		this.patients = patients;
		this.board = board;
		this.pdf = pdf;
		this.access = access;
		this.currentUser = currentUser;
		this.messages = messages;
		this.clock = clock;
	}

	/** The cancer's plan; without one, the form to make it. */
	@GetMapping("/cancers/{id}/treatment-plan")
	@Requires(Permission.TREATMENT_PLAN_STATUS)
	String ofCancer(@PathVariable UUID id, Model model) {
		Optional<TreatmentPlan> plan = planning.currentOf(id);
		if (plan.isPresent()) {
			return "redirect:/treatment-plans/" + plan.get().id();
		}
		return newPlanPage(id, new PlanForm(), model);
	}

	@PostMapping("/cancers/{id}/treatment-plan")
	@Requires(Permission.TREATMENT_PLAN_CREATE)
	String create(@PathVariable UUID id, @ModelAttribute("form") PlanForm form, BindingResult result, Model model) {
		try {
			return "redirect:/treatment-plans/" + planning.createForCancer(id, form.getIntent(), form.requests()).id();
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(invalid, result);
			return newPlanPage(id, form, model);
		}
	}

	@PostMapping("/tumor-board/cases/{caseId}/treatment-plan")
	@Requires(Permission.TREATMENT_PLAN_CREATE)
	String fromBoard(@PathVariable UUID caseId) {
		return "redirect:/treatment-plans/" + planning.createFromBoardCase(caseId, null).id();
	}

	@GetMapping("/treatment-plans/{id}")
	@Requires(Permission.TREATMENT_PLAN_STATUS)
	String plan(@PathVariable UUID id, Model model, Locale locale) {
		return planPage(planning.view(id), new AddItemForm(), model, locale);
	}

	/** A further item from the plan page; its problems come back beside the form's fields. */
	@PostMapping("/treatment-plans/{id}/items")
	@Requires(Permission.TREATMENT_PLAN_CREATE)
	String addItem(@PathVariable UUID id, @ModelAttribute("addItem") AddItemForm form, BindingResult result,
			Model model, Locale locale) {
		try {
			planning.addItem(id, form.request(), form.getVersion());
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(invalid, result);
			return planPage(planning.view(id), form, model, locale);
		}
		return "redirect:/treatment-plans/" + id + "#plan-items";
	}

	private String planPage(TreatmentPlan plan, AddItemForm addItem, Model model, Locale locale) {
		boolean clinical = access.allows(Permission.TREATMENT_PLAN_READ);
		model.addAttribute("plan", plan);
		model.addAttribute("clinical", clinical);
		model.addAttribute("patient", patients.find(plan.patientId()).orElse(null));
		if (clinical) {
			model.addAttribute("cancer", cancers.find(plan.cancerId()).orElse(null));
			model.addAttribute("timings", summaries.timings(plan));
			Optional<TreatmentSummary> summary = summaries.of(plan);
			model.addAttribute("summary", summary.orElse(null));
			// what the treating modules wrote, in the reader's language with typed words quoted
			model.addAttribute("recordedLines", summary.map(s -> s.recorded()
				.stream()
				.map(e -> new RecordedLine(e, EntryText.html(messages, e.messageKey(), e.args() == null ? List.of() : e.args(),
						locale)))
				.toList()).orElse(List.of()));
		}
		CutisPrincipal me = currentUser.principal().orElse(null);
		boolean mayUpdate = access.allows(Permission.TREATMENT_ITEM_UPDATE) && me != null;
		model.addAttribute("changeable", plan.items()
			.stream()
			.filter(i -> mayUpdate && i.status().isOpen()
					&& (me.role() == Role.ADMIN || me.departments().contains(i.department())))
			.map(PlanItem::id)
			.toList());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("zone", clock.getZone());
		// the add-item form: only where the reader may plan (the template asks @access too)
		model.addAttribute("addItem", addItem);
		model.addAttribute("types", Arrays.stream(TreatmentType.values()).map(TreatmentType::code).toList());
		model.addAttribute("departments", UsualDepartments.TREATING);
		// who may be responsible: staff of a treating department (the checks refuse anyone else)
		model.addAttribute("treatingStaff", staffNames.staff()
			.stream()
			.filter(m -> m.departments().stream().anyMatch(UsualDepartments.TREATING::contains))
			.toList());
		return "treatment/plan";
	}

	/** An item's status from its row's form; a refusal comes back to the plan page, said in the reader's language. */
	@PostMapping("/treatment-plans/{id}/items/{itemId}/status")
	@Requires(Permission.TREATMENT_ITEM_UPDATE)
	String status(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String reason, @RequestParam(required = false) LocalDate on,
			@RequestParam(required = false) Long version, RedirectAttributes redirect, Locale locale) {
		try {
			planning.changeStatus(id, itemId, status, reason, on, version);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormErrors.texts(invalid, messages, locale));
			redirect.addFlashAttribute("problemItem", itemId.toString());
		}
		catch (RefusedTransition refused) {
			redirect.addFlashAttribute("problems",
					List.of(messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale)));
			redirect.addFlashAttribute("problemItem", itemId.toString());
		}
		return "redirect:/treatment-plans/" + id + "#item-" + itemId;
	}

	/** The summary's PDF for the browser (the same document as the API's). */
	@GetMapping(value = "/cancers/{id}/treatment-summary.pdf", produces = "application/pdf")
	@Requires(Permission.TREATMENT_PLAN_READ)
	ResponseEntity<byte[]> summaryPdf(@PathVariable UUID id, Locale locale) {
		return SummaryPdf.response(pdf.render(summaries.export(id), locale), id);
	}

	@GetMapping("/treatment-worklist")
	@Requires(Permission.TREATMENT_WORKLIST)
	String worklist(Model model) {
		model.addAttribute("rows", worklist.mine()
			.stream()
			.map(w -> new WorkRow(w, patients.find(w.plan().patientId()).map(p -> p.displayName() + " · " + p.mrn())
				.orElse("-"), cancers.find(w.plan().cancerId()).orElse(null)))
			.toList());
		model.addAttribute("me", currentUser.username());
		return "treatment/worklist";
	}

	private String newPlanPage(UUID cancerId, PlanForm form, Model model) {
		CancerSummary cancer = cancers.find(cancerId).orElseThrow(() -> new NotFound("cancer", cancerId));
		audit.record(AuditAction.VIEW, cancer.patientId(), "treatment-plan", cancerId, "no plan yet: the form");
		model.addAttribute("cancerId", cancerId);
		model.addAttribute("clinical", access.allows(Permission.TREATMENT_PLAN_READ));
		model.addAttribute("cancer", access.allows(Permission.TREATMENT_PLAN_READ) ? cancer : null);
		model.addAttribute("patient", patients.find(cancer.patientId()).orElse(null));
		model.addAttribute("signed", access.allows(Permission.TREATMENT_PLAN_CREATE) ? board.ofCancer(cancerId) : List.of());
		model.addAttribute("form", form);
		model.addAttribute("intents", PlanIntent.codes());
		model.addAttribute("types", Arrays.stream(TreatmentType.values()).map(TreatmentType::code).toList());
		model.addAttribute("departments", UsualDepartments.TREATING);
		return "treatment/new";
	}

	record RecordedLine(TreatmentEntry entry, String html) {
	}

	record WorkRow(TreatmentWorklist.WorkItem work, String patient, CancerSummary cancer) {
	}
}
