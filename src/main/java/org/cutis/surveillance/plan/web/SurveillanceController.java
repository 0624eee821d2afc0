package org.cutis.surveillance.plan.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.rules.followup.Guideline;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.web.FormErrors;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.surveillance.plan.application.PlanProposals;
import org.cutis.surveillance.plan.application.Reassignment;
import org.cutis.surveillance.plan.application.SurveillancePlanning;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.web.PlanForms.ActivationForm;
import org.cutis.surveillance.plan.web.PlanForms.EndForm;
import org.cutis.surveillance.plan.web.PlanForms.ProposalForm;
import org.cutis.surveillance.plan.web.PlanForms.ReassignForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages: a plan (proposal review with NCCN/CCA/SIGN side by side, activation with the interval
 * of each period, reassignment, leaving surveillance; the model is PlanPage's), a cancer's plans
 * with the proposal by hand, and the patient's combined calendar.
 */
@Controller
class SurveillanceController {
	private final SurveillancePlanning planning;
	private final PlanProposals proposals;
	private final Reassignment reassignment;
	private final PlanPage page;
	private final CancerDirectory cancers;
	private final AuditLog audit;
	private final PatientDirectory patients;

	SurveillanceController(SurveillancePlanning planning, PlanProposals proposals, Reassignment reassignment,
			PlanPage page, CancerDirectory cancers, AuditLog audit, PatientDirectory patients) {
		this.patients = patients;
		this.planning = planning;
		this.proposals = proposals;
		this.reassignment = reassignment;
		this.page = page;
		this.cancers = cancers;
		this.audit = audit;
	}

	@GetMapping("/surveillance-plans/{id}")
	@Requires(Permission.SURVEILLANCE_READ)
	String plan(@PathVariable UUID id, @RequestParam(required = false) String guideline,
			@RequestParam(required = false) String stage, Model model) {
		SurveillancePlan plan = planning.view(id);
		ActivationForm activation = new ActivationForm();
		activation.setGuideline(guideline != null && !guideline.isBlank() ? guideline : plan.guideline());
		activation.setStage(stage);
		activation.setVersion(plan.version());
		model.addAttribute("activation", activation);
		return page.render(plan, model);
	}

	@PostMapping("/surveillance-plans/{id}/activate")
	@Requires(Permission.SURVEILLANCE_PLAN)
	String activate(@PathVariable UUID id, @ModelAttribute("activation") ActivationForm form, BindingResult result,
			Model model) {
		try {
			planning.activate(id, new SurveillancePlanning.Activation(form.getGuideline(), form.getStage(),
					form.getIntervals(), form.getImagingIntervals(), form.getVersion()));
			return "redirect:/surveillance-plans/" + id;
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(invalid, result);
		}
		return page.render(load(id), model);
	}

	@PostMapping("/surveillance-plans/{id}/responsible")
	@Requires(Permission.SURVEILLANCE_PLAN)
	String reassign(@PathVariable UUID id, @ModelAttribute("reassign") ReassignForm form, BindingResult result,
			Model model) {
		try {
			reassignment.reassign(id, form.getResponsible(), form.getReason(), form.getVersion());
			return "redirect:/surveillance-plans/" + id;
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(invalid, result);
		}
		return page.render(load(id), model);
	}

	@PostMapping("/surveillance-plans/{id}/end")
	@Requires(Permission.SURVEILLANCE_END)
	String end(@PathVariable UUID id, @ModelAttribute("ending") EndForm form, BindingResult result, Model model) {
		try {
			planning.end(id, form.getReason(), form.getDetail(), form.getVersion());
			return "redirect:/surveillance-plans/" + id;
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(invalid, result);
		}
		return page.render(load(id), model);
	}

	@GetMapping("/cancers/{cancerId}/surveillance")
	@Requires(Permission.SURVEILLANCE_READ)
	String cancer(@PathVariable UUID cancerId, Model model) {
		model.addAttribute("proposal", new ProposalForm());
		return cancerPage(cancerId, model);
	}

	@PostMapping("/cancers/{cancerId}/surveillance-plans")
	@Requires(Permission.SURVEILLANCE_PLAN)
	String propose(@PathVariable UUID cancerId, @ModelAttribute("proposal") ProposalForm form, BindingResult result,
			Model model) {
		try {
			SurveillancePlan plan = proposals.propose(cancerId, form.getGuideline(), form.getResponsible(), null);
			return "redirect:/surveillance-plans/" + plan.id();
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(invalid, result);
		}
		catch (RefusedTransition refused) {
			result.reject(refused.messageKey(), refused.args(), refused.messageKey());
		}
		return cancerPage(cancerId, model);
	}

	@GetMapping("/patients/{patientId}/surveillance")
	@Requires(Permission.SURVEILLANCE_READ)
	String calendar(@PathVariable UUID patientId, Model model) {
		PatientSummary patient = patients.find(patientId).orElseThrow(() -> new NotFound("patient", patientId));
		model.addAttribute("patient", patient);
		audit.record(AuditAction.VIEW, patientId, "surveillance-calendar", patientId, null);
		List<SurveillancePlan> plans = planning.plansOf(patientId);
		Map<UUID, SurveillancePlan> byId = new java.util.HashMap<>();
		plans.forEach(p -> byId.put(p.id(), p));
		Map<UUID, CancerSummary> cancerById = new java.util.HashMap<>();
		plans.forEach(p -> cancers.find(p.cancerId()).ifPresent(c -> cancerById.put(c.id(), c)));
		model.addAttribute("patientId", patientId);
		model.addAttribute("plans", plans);
		model.addAttribute("cancers", cancerById);
		model.addAttribute("rows", planning.calendarOf(patientId).stream()
			.map(v -> page.row(v, byId.get(v.planId()), cancerById.get(byId.get(v.planId()).cancerId())))
			.toList());
		return "surveillance/calendar";
	}

	private String cancerPage(UUID cancerId, Model model) {
		CancerSummary cancer = cancers.find(cancerId).orElseThrow(() -> new NotFound("cancer", cancerId));
		List<SurveillancePlan> plans = planning.plansOfCancer(cancerId);
		audit.record(AuditAction.VIEW, cancer.patientId(), "surveillance-plan", cancerId, "plans of the cancer");
		model.addAttribute("cancer", cancer);
		model.addAttribute("plans", plans);
		model.addAttribute("open", plans.stream().anyMatch(SurveillancePlan::open));
		model.addAttribute("guidelines", Guideline.values());
		model.addAttribute("centerGuideline", planning.centerGuideline().code());
		model.addAttribute("doctors", page.doctors());
		return "surveillance/cancer";
	}

	private SurveillancePlan load(UUID id) {
		return planning.find(id);
	}

	static Locale locale() {
		return org.springframework.context.i18n.LocaleContextHolder.getLocale();
	}
}
