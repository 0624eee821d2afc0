package org.cutis.surveillance.plan.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.identity.StaffMember;
import org.cutis.identity.StaffNames;
import org.cutis.rules.followup.FollowUpImaging;
import org.cutis.rules.followup.Guideline;
import org.cutis.rules.melanoma.MelanomaImagingPolicy;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.surveillance.plan.application.SurveillancePlanning;
import org.cutis.surveillance.plan.application.VisitBooking;
import org.cutis.surveillance.plan.domain.ScheduleBasis;
import org.cutis.surveillance.plan.domain.Schedules;
import org.cutis.surveillance.plan.domain.SurveillancePlan;
import org.cutis.surveillance.plan.domain.SurveillanceVisit;
import org.cutis.surveillance.plan.domain.VisitCalendar;
import org.cutis.surveillance.plan.web.PlanForms.ActivationForm;
import org.cutis.surveillance.plan.web.PlanForms.EndForm;
import org.cutis.surveillance.plan.web.PlanForms.ReassignForm;
import org.cutis.surveillance.plan.web.VisitForms.LinkForm;
import org.cutis.surveillance.plan.web.VisitForms.ReasonForm;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The plan page's model, shared by the controllers whose forms post to it (a refused form shows the
 * page again with its errors): the plan, the guidelines side by side, its visits with their
 * appointments, the responsible doctor's changes, and the forms not posted filled from the plan.
 */
@Component
class PlanPage {
	static final String VIEW = "surveillance/plan";

	private final SurveillancePlanning planning;
	private final VisitBooking booking;
	private final CancerDirectory cancers;
	private final StaffNames staffNames;
	private final ObjectProvider<Appointments> appointments;

	PlanPage(SurveillancePlanning planning, VisitBooking booking, CancerDirectory cancers, StaffNames staffNames,
			ObjectProvider<Appointments> appointments) {
		this.planning = planning;
		this.booking = booking;
		this.cancers = cancers;
		this.staffNames = staffNames;
		this.appointments = appointments;
	}

	/** A visit with its appointment (when booked) for the calendar tables. */
	public record VisitRow(SurveillanceVisit visit, AppointmentSummary appointment, SurveillancePlan plan,
			CancerSummary cancer) {
	}

	String render(SurveillancePlan plan, Model model) {
		addIfAbsent(model, "activation", activationOf(plan));
		ActivationForm activation = (ActivationForm) model.getAttribute("activation");
		addIfAbsent(model, "reassign", reassignOf(plan));
		addIfAbsent(model, "ending", endingOf(plan));
		addIfAbsent(model, "link", new LinkForm());
		addIfAbsent(model, "reasonForm", new ReasonForm());
		CancerSummary cancer = cancers.find(plan.cancerId()).orElse(null);
		var side = planning.sideBySide(plan, activation.getStage());
		String asked = Objects.requireNonNullElse(activation.getGuideline(), "");
		Guideline chosen = Arrays.stream(Guideline.values())
			.filter(g -> g.code().equalsIgnoreCase(asked))
			.findFirst()
			.orElse(Guideline.valueOf(plan.guideline()));
		Schedules.Option option = side.get(chosen);
		if (option != null && option.available()) {
			// one interval per period, the shorter end by default: the form's field paths
			// (intervals[i]) must exist, an Integer list cannot grow itself while the page renders
			var periods = option.finding().value().periods();
			if (activation.getIntervals() == null) {
				activation.setIntervals(new ArrayList<>());
			}
			for (int i = activation.getIntervals().size(); i < periods.size(); i++) {
				activation.getIntervals().add(periods.get(i).minMonths());
			}
		}
		List<VisitRow> rows = planning.visitsOf(plan.id()).stream().map(v -> row(v, plan, cancer)).toList();
		model.addAttribute("plan", plan);
		model.addAttribute("cancer", cancer);
		model.addAttribute("side", side.values());
		model.addAttribute("chosen", chosen.code());
		model.addAttribute("option", option);
		model.addAttribute("imagingPeriods", option == null || !option.available() ? List.of()
				: FollowUpImaging.periods(option.finding().value()));
		model.addAttribute("stages", stages(plan));
		model.addAttribute("rows", rows);
		model.addAttribute("changes", planning.changesOf(plan.id()));
		model.addAttribute("doctors", doctors());
		model.addAttribute("endReasons", SurveillancePlan.END_REASONS);
		model.addAttribute("guidelines", Guideline.values());
		model.addAttribute("linkVisits", rows.stream().map(VisitRow::visit)
			.filter(v -> v.open() && !VisitCalendar.IMAGING.equals(v.kind())).toList());
		model.addAttribute("linkAppointments", linkable(plan));
		model.addAttribute("reasonVisits", rows.stream().map(VisitRow::visit)
			.filter(v -> v.outsideWindowReason() == null && needsReason(v)).toList());
		return VIEW;
	}

	/** The patient's open appointments that no surveillance visit holds yet. */
	private List<AppointmentSummary> linkable(SurveillancePlan plan) {
		Appointments clinic = appointments.getIfAvailable();
		if (clinic == null) {
			return List.of();
		}
		Set<UUID> held = planning.calendarOf(plan.patientId()).stream().map(SurveillanceVisit::appointmentId)
			.filter(Objects::nonNull).collect(Collectors.toSet());
		return clinic.ofPatient(plan.patientId()).stream().filter(a -> a.status().open() && !held.contains(a.id()))
			.toList();
	}

	/** Seen or booked for a day outside its window. */
	private boolean needsReason(SurveillanceVisit v) {
		if (!SurveillanceVisit.DONE.equals(v.status()) && !SurveillanceVisit.BOOKED.equals(v.status())) {
			return false;
		}
		var day = booking.dayOf(v);
		return day != null && !v.inWindow(day);
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	/** The stages the clinician may choose from when the plan's stage is indeterminate. */
	private static List<String> stages(SurveillancePlan plan) {
		return switch (plan.diagnosis()) {
			case "MELANOMA" -> MelanomaImagingPolicy.STAGES;
			case "CSCC" -> List.of(ScheduleBasis.LOCAL, ScheduleBasis.REGIONAL);
			default -> List.of();
		};
	}

	List<StaffMember> doctors() {
		return staffNames.staff().stream().filter(m -> m.role().isClinician()).toList();
	}

	VisitRow row(SurveillanceVisit v, SurveillancePlan plan, CancerSummary cancer) {
		Appointments clinic = appointments.getIfAvailable();
		AppointmentSummary a = v.appointmentId() == null || clinic == null ? null
				: clinic.find(v.appointmentId()).orElse(null);
		return new VisitRow(v, a, plan, cancer);
	}

	static ActivationForm activationOf(SurveillancePlan plan) {
		ActivationForm f = new ActivationForm();
		f.setGuideline(plan.guideline());
		f.setVersion(plan.version());
		return f;
	}

	static ReassignForm reassignOf(SurveillancePlan plan) {
		ReassignForm f = new ReassignForm();
		f.setResponsible(plan.responsible());
		f.setVersion(plan.version());
		return f;
	}

	static EndForm endingOf(SurveillancePlan plan) {
		EndForm f = new EndForm();
		f.setVersion(plan.version());
		return f;
	}
}
