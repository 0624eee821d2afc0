package org.cutis.surveillance.plan.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.StaffMember;
import org.cutis.identity.StaffNames;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.rules.followup.FollowUpImaging;
import org.cutis.rules.followup.Guideline;
import org.cutis.rules.melanoma.MelanomaImagingPolicy;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.web.FormErrors;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.surveillance.plan.application.PlanProposals;
import org.cutis.surveillance.plan.application.Reassignment;
import org.cutis.surveillance.plan.application.SurveillancePlanning;
import org.cutis.surveillance.plan.domain.ScheduleBasis;
import org.cutis.surveillance.plan.domain.Schedules;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;
import org.cutis.surveillance.plan.web.PlanForms.ActivationForm;
import org.cutis.surveillance.plan.web.PlanForms.EndForm;
import org.cutis.surveillance.plan.web.PlanForms.ProposalForm;
import org.cutis.surveillance.plan.web.PlanForms.ReassignForm;

import org.springframework.beans.factory.ObjectProvider;
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
 * of each period, reassignment, leaving surveillance), a cancer's plans with the proposal by hand,
 * and the patient's combined calendar.
 */
@Controller
class SurveillanceController {
	private final SurveillancePlanning planning;
	private final PlanProposals proposals;
	private final Reassignment reassignment;
	private final CancerDirectory cancers;
	private final StaffNames staffNames;
	private final ObjectProvider<Appointments> appointments;
	private final AuditLog audit;
	private final PatientDirectory patients;

	SurveillanceController(SurveillancePlanning planning, PlanProposals proposals, Reassignment reassignment,
			CancerDirectory cancers, StaffNames staffNames,
			ObjectProvider<Appointments> appointments, AuditLog audit, PatientDirectory patients) {
		this.patients = patients;
		this.planning = planning;
		this.proposals = proposals;
		this.reassignment = reassignment;
		this.cancers = cancers;
		this.staffNames = staffNames;
		this.appointments = appointments;
		this.audit = audit;
	}

	/** A visit with its appointment (when booked) for the calendar tables. */
	public record VisitRow(SurveillanceVisit visit, AppointmentSummary appointment, SurveillancePlan plan,
			CancerSummary cancer) {
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
		ReassignForm reassign = new ReassignForm();
		reassign.setResponsible(plan.responsible());
		reassign.setVersion(plan.version());
		model.addAttribute("reassign", reassign);
		EndForm ending = new EndForm();
		ending.setVersion(plan.version());
		model.addAttribute("ending", ending);
		return page(plan, activation, model);
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
		SurveillancePlan plan = load(id);
		model.addAttribute("reassign", reassignOf(plan));
		model.addAttribute("ending", endingOf(plan));
		return page(plan, form, model);
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
		SurveillancePlan plan = load(id);
		ActivationForm activation = activationOf(plan);
		model.addAttribute("activation", activation);
		model.addAttribute("ending", endingOf(plan));
		return page(plan, activation, model);
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
		SurveillancePlan plan = load(id);
		ActivationForm activation = activationOf(plan);
		model.addAttribute("activation", activation);
		model.addAttribute("reassign", reassignOf(plan));
		return page(plan, activation, model);
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
			.map(v -> row(v, byId.get(v.planId()), cancerById.get(byId.get(v.planId()).cancerId())))
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
		model.addAttribute("doctors", doctors());
		return "surveillance/cancer";
	}

	private String page(SurveillancePlan plan, ActivationForm activation, Model model) {
		CancerSummary cancer = cancers.find(plan.cancerId()).orElse(null);
		Map<Guideline, Schedules.Option> side = planning.sideBySide(plan, activation.getStage());
		Guideline chosen = Optional.ofNullable(activation.getGuideline())
			.flatMap(g -> java.util.Arrays.stream(Guideline.values()).filter(x -> x.code().equalsIgnoreCase(g)).findFirst())
			.orElse(Guideline.valueOf(plan.guideline()));
		Schedules.Option option = side.get(chosen);
		if (option != null && option.available()) {
			// one interval per period, the shorter end by default: the form's field paths
			// (intervals[i]) must exist, an Integer list cannot grow itself while the page renders
			var periods = option.finding().value().periods();
			if (activation.getIntervals() == null) {
				activation.setIntervals(new java.util.ArrayList<>());
			}
			for (int i = activation.getIntervals().size(); i < periods.size(); i++) {
				activation.getIntervals().add(periods.get(i).minMonths());
			}
		}
		model.addAttribute("plan", plan);
		model.addAttribute("cancer", cancer);
		model.addAttribute("side", side.values());
		model.addAttribute("chosen", chosen.code());
		model.addAttribute("option", option);
		model.addAttribute("imagingPeriods", option == null || !option.available() ? List.of()
				: FollowUpImaging.periods(option.finding().value()));
		model.addAttribute("stages", stages(plan));
		model.addAttribute("rows", planning.visitsOf(plan.id()).stream().map(v -> row(v, plan, cancer)).toList());
		model.addAttribute("changes", planning.changesOf(plan.id()));
		model.addAttribute("doctors", doctors());
		model.addAttribute("endReasons", SurveillancePlan.END_REASONS);
		model.addAttribute("guidelines", Guideline.values());
		return "surveillance/plan";
	}

	/** The stages the clinician may choose from when the plan's stage is indeterminate. */
	private static List<String> stages(SurveillancePlan plan) {
		return switch (plan.diagnosis()) {
			case "MELANOMA" -> MelanomaImagingPolicy.STAGES;
			case "CSCC" -> List.of(ScheduleBasis.LOCAL, ScheduleBasis.REGIONAL);
			default -> List.of();
		};
	}

	private List<StaffMember> doctors() {
		return staffNames.staff().stream().filter(m -> m.role().isClinician()).toList();
	}

	private VisitRow row(SurveillanceVisit v, SurveillancePlan plan, CancerSummary cancer) {
		Appointments clinic = appointments.getIfAvailable();
		AppointmentSummary a = v.appointmentId() == null || clinic == null ? null
				: clinic.find(v.appointmentId()).orElse(null);
		return new VisitRow(v, a, plan, cancer);
	}

	private SurveillancePlan load(UUID id) {
		return planning.find(id);
	}

	private ActivationForm activationOf(SurveillancePlan plan) {
		ActivationForm f = new ActivationForm();
		f.setGuideline(plan.guideline());
		f.setVersion(plan.version());
		return f;
	}

	private ReassignForm reassignOf(SurveillancePlan plan) {
		ReassignForm f = new ReassignForm();
		f.setResponsible(plan.responsible());
		f.setVersion(plan.version());
		return f;
	}

	private EndForm endingOf(SurveillancePlan plan) {
		EndForm f = new EndForm();
		f.setVersion(plan.version());
		return f;
	}

	static Locale locale() {
		return org.springframework.context.i18n.LocaleContextHolder.getLocale();
	}
}
