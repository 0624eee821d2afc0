package org.cutis.surveillance.plan.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.audit.AuditLog;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.surveillance.plan.application.PlanProposals;
import org.cutis.surveillance.plan.application.Reassignment;
import org.cutis.surveillance.plan.application.SurveillancePlanning;
import org.cutis.surveillance.plan.application.VisitBooking;
import org.cutis.surveillance.plan.domain.SurveillancePlan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "surveillance plans", description = "Follow-up after treatment: the plan proposed per cancer when its "
		+ "treatment completes (rule followup.schedule; NCCN by default, CCA or SIGN), the responsible doctor, "
		+ "activation with the intervals, the combined calendar with due windows and bookings, leaving with a reason")
@RestController
class SurveillanceApiController {
	private final SurveillancePlanning planning;
	private final PlanProposals proposals;
	private final Reassignment reassignment;
	private final VisitBooking booking;
	private final AuditLog audit;
	private final org.cutis.patient.PatientDirectory patients;

	SurveillanceApiController(SurveillancePlanning planning, PlanProposals proposals, Reassignment reassignment,
			VisitBooking booking, AuditLog audit,
			org.cutis.patient.PatientDirectory patients) {
		this.patients = patients;
		this.planning = planning;
		this.proposals = proposals;
		this.reassignment = reassignment;
		this.booking = booking;
		this.audit = audit;
	}

	@Operation(summary = "Propose a surveillance plan by hand (the center's default guideline unless named; the "
			+ "responsible doctor by username); 409 while the cancer has an open plan")
	@PostMapping("/api/v1/cancers/{cancerId}/surveillance-plans")
	@Requires(Permission.SURVEILLANCE_PLAN)
	@ResponseStatus(HttpStatus.CREATED)
	PlanView propose(@PathVariable UUID cancerId, @RequestBody(required = false) Proposal body, Locale locale) {
		Proposal p = body == null ? new Proposal(null, null) : body;
		return view(proposals.propose(cancerId, p.guideline(), p.responsible(), null), locale);
	}

	@Operation(summary = "The cancer's surveillance plans, oldest first (replaced and ended ones included)")
	@GetMapping("/api/v1/cancers/{cancerId}/surveillance-plans")
	@Requires(Permission.SURVEILLANCE_READ)
	List<PlanView> ofCancer(@PathVariable UUID cancerId, Locale locale) {
		List<SurveillancePlan> found = planning.plansOfCancer(cancerId);
		found.forEach(p -> audit.record(org.cutis.audit.AuditAction.VIEW, p.patientId(), "surveillance-plan", p.id(),
				null));
		return found.stream().map(p -> view(p, locale)).toList();
	}

	@Operation(summary = "One plan: status proposed | active | suspended | completed | ended | replaced, guideline, "
			+ "stage (null: indeterminate, the note says why), responsible and why, visits [{dueFrom, dueTo, "
			+ "appointmentId, kind, status}], NCCN/CCA/SIGN side by side")
	@GetMapping("/api/v1/surveillance-plans/{id}")
	@Requires(Permission.SURVEILLANCE_READ)
	PlanView one(@PathVariable UUID id, @RequestParam(required = false) String stage, Locale locale) {
		SurveillancePlan plan = planning.view(id);
		return PlanView.of(plan, planning.visitsOf(id), planning.sideBySide(plan, stage), planning.changesOf(id),
				locale);
	}

	@Operation(summary = "Activate: guideline (default the proposal's), stage where indeterminate (melanoma AJCC "
			+ "stage; cSCC local | regional), intervals in months per period inside its range (default the "
			+ "shorter end); visits are generated with due windows, merged with the patient's other plans and the "
			+ "next one booked with the responsible doctor")
	@PostMapping("/api/v1/surveillance-plans/{id}/activate")
	@Requires(Permission.SURVEILLANCE_PLAN)
	PlanView activate(@PathVariable UUID id, @RequestBody(required = false) Activation body, Locale locale) {
		Activation a = body == null ? new Activation(null, null, null, null, null) : body;
		return view(planning.activate(id, new SurveillancePlanning.Activation(a.guideline(), a.stage(), a.intervals(),
				a.imagingIntervals(), a.version())), locale);
	}

	@Operation(summary = "Reassign the responsible doctor (username) with a reason")
	@PostMapping("/api/v1/surveillance-plans/{id}/responsible")
	@Requires(Permission.SURVEILLANCE_PLAN)
	PlanView reassign(@PathVariable UUID id, @RequestBody NewResponsible body, Locale locale) {
		return view(reassignment.reassign(id, body.responsible(), body.reason(), body.version()), locale);
	}

	@Operation(summary = "Leave surveillance: reason completed (every visit done) | death | transfer | declined, "
			+ "with detail for the last three; future bookings are cancelled")
	@PostMapping("/api/v1/surveillance-plans/{id}/end")
	@Requires(Permission.SURVEILLANCE_END)
	PlanView end(@PathVariable UUID id, @RequestBody Ending body, Locale locale) {
		return view(planning.end(id, body.reason(), body.detail(), body.version()), locale);
	}

	@Operation(summary = "The patient's combined calendar: every visit of every plan, soonest first (merged visits "
			+ "point to the visit that covers them)")
	@GetMapping("/api/v1/patients/{patientId}/surveillance-calendar")
	@Requires(Permission.SURVEILLANCE_READ)
	List<PlanView.VisitView> calendar(@PathVariable UUID patientId, Locale locale) {
		patients.find(patientId).orElseThrow(() -> new org.cutis.shared.NotFound("patient", patientId));
		audit.record(org.cutis.audit.AuditAction.VIEW, patientId, "surveillance-calendar", patientId, null);
		return planning.calendarOf(patientId).stream().map(v -> PlanView.VisitView.of(v, locale)).toList();
	}

	@Operation(summary = "Link an appointment booked by hand to a visit; outside the due window only with a reason")
	@PostMapping("/api/v1/surveillance-visits/{id}/appointment")
	@Requires(Permission.SURVEILLANCE_VISIT)
	PlanView.VisitView attach(@PathVariable UUID id, @RequestBody Attachment body, Locale locale) {
		return PlanView.VisitView.of(booking.attach(id, body.appointmentId(), body.reason()), locale);
	}

	@Operation(summary = "The reason of a visit seen (or booked) outside its due window, given afterwards; a missing "
			+ "reason is a field error naming the window")
	@PostMapping("/api/v1/surveillance-visits/{id}/outside-window-reason")
	@Requires(Permission.SURVEILLANCE_VISIT)
	PlanView.VisitView explain(@PathVariable UUID id, @RequestBody Attachment body, Locale locale) {
		return PlanView.VisitView.of(booking.explain(id, body.reason()), locale);
	}

	private PlanView view(SurveillancePlan plan, Locale locale) {
		return PlanView.of(plan, planning.visitsOf(plan.id()), planning.sideBySide(plan, null),
				planning.changesOf(plan.id()), locale);
	}

	record Proposal(String guideline, String responsible) {
	}

	record Activation(String guideline, String stage, List<Integer> intervals, List<Integer> imagingIntervals,
			Long version) {
	}

	record NewResponsible(String responsible, String reason, Long version) {
	}

	record Ending(String reason, String detail, Long version) {
	}

	record Attachment(UUID appointmentId, String reason) {
	}
}
