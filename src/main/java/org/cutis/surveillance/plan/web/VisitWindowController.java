package org.cutis.surveillance.plan.web;

import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.web.FormErrors;
import org.cutis.surveillance.plan.application.SurveillancePlanning;
import org.cutis.surveillance.plan.application.VisitBooking;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.web.VisitForms.LinkForm;
import org.cutis.surveillance.plan.web.VisitForms.ReasonForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The plan page's visit forms, for the doctors and nurses: an appointment booked by hand (at the
 * clinic list, by the recall nurse) linked to a visit of the plan — a day outside the visit's due
 * window only with the reason — and the reason of a visit seen or booked outside its window,
 * given afterwards. A refused form shows the plan page again with the error beside the field.
 */
@Controller
class VisitWindowController {
	private final SurveillancePlanning planning;
	private final VisitBooking booking;
	private final PlanPage page;

	VisitWindowController(SurveillancePlanning planning, VisitBooking booking, PlanPage page) {
		this.planning = planning;
		this.booking = booking;
		this.page = page;
	}

	@PostMapping("/surveillance-plans/{id}/visit-appointment")
	@Requires(Permission.SURVEILLANCE_VISIT)
	String link(@PathVariable UUID id, @ModelAttribute("link") LinkForm form, BindingResult result, Model model) {
		SurveillancePlan plan = planning.find(id);
		try {
			requireVisitOf(plan, form.getVisitId());
			booking.attach(form.getVisitId(), form.getAppointmentId(), form.getReason());
			return "redirect:/surveillance-plans/" + id + "#visit-window";
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(invalid, result);
		}
		model.addAttribute("windowRefused", "link");
		return page.render(plan, model);
	}

	@PostMapping("/surveillance-plans/{id}/outside-window-reason")
	@Requires(Permission.SURVEILLANCE_VISIT)
	String explain(@PathVariable UUID id, @ModelAttribute("reasonForm") ReasonForm form, BindingResult result,
			Model model) {
		SurveillancePlan plan = planning.find(id);
		try {
			requireVisitOf(plan, form.getVisitId());
			booking.explain(form.getVisitId(), form.getReason());
			return "redirect:/surveillance-plans/" + id + "#visit-window";
		}
		catch (InvalidInput invalid) {
			FormErrors.bind(invalid, result);
		}
		model.addAttribute("windowRefused", "reason");
		return page.render(plan, model);
	}

	/** The visit chosen must be one of this plan's (the form's list offers no other). */
	private void requireVisitOf(SurveillancePlan plan, UUID visitId) {
		if (visitId == null || planning.visitsOf(plan.id()).stream().noneMatch(v -> v.id().equals(visitId))) {
			throw new InvalidInput("visitId", "surveillance.error.visitRequired");
		}
	}
}
