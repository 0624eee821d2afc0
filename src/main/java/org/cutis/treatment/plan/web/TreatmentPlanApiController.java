package org.cutis.treatment.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Access;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.treatment.plan.application.ItemRequest;
import org.cutis.treatment.plan.application.TreatmentPlanning;
import org.cutis.treatment.plan.application.TreatmentSummaries;
import org.cutis.treatment.plan.application.TreatmentWorklist;
import org.cutis.treatment.plan.domain.TreatmentPlan;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "treatment plans", description = "A cancer's treatment plan from the tumor board's signed recommendation "
		+ "or the treating clinician, its items' status, the worklist and the treatment summary")
@RestController
class TreatmentPlanApiController {
	private final TreatmentPlanning planning;
	private final TreatmentSummaries summaries;
	private final TreatmentWorklist worklist;
	private final SummaryPdf pdf;
	private final Access access;

	TreatmentPlanApiController(TreatmentPlanning planning, TreatmentSummaries summaries, TreatmentWorklist worklist,
			SummaryPdf pdf, Access access) {
		this.planning = planning;
		this.summaries = summaries;
		this.worklist = worklist;
		this.pdf = pdf;
		this.access = access;
	}

	@Operation(summary = "Create a cancer's treatment plan: intent (curative | palliative) and items, each with type "
			+ "(wide-local-excision, mohs-surgery, slnb, lymph-node-dissection, reconstruction, systemic-therapy, "
			+ "radiotherapy, observation, clinical-trial-referral, excision, curettage-electrodesiccation, cryotherapy, "
			+ "topical-field-therapy), optional detail, responsible (an active staff member's login id, of that "
			+ "department) and department (dermatology, hematology-oncology, plastic-surgery, radiation-oncology). "
			+ "Without a department the item goes to the responsible physician's or the usual one. 409 while the "
			+ "cancer has an open plan")
	@PostMapping("/api/v1/cancers/{id}/treatment-plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.TREATMENT_PLAN_CREATE)
	PlanView create(@PathVariable UUID id, @RequestBody CreatePlan body) {
		return view(planning.createForCancer(id, body.intent(), body.items()));
	}

	@Operation(summary = "Create the treatment plan from the board case's signed recommendation: its items typed as "
			+ "the board coded them, with their detail, and its intent. Optional body {\"items\": [{\"responsible\", "
			+ "\"department\"}]} assigns the items by position. 409 while the recommendation is not signed")
	@PostMapping("/api/v1/tumor-board/cases/{id}/treatment-plan")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.TREATMENT_PLAN_CREATE)
	PlanView fromBoard(@PathVariable UUID id, @RequestBody(required = false) Assignments body) {
		return view(planning.createFromBoardCase(id, body == null ? null : body.items()));
	}

	@Operation(summary = "A treatment plan (clinical detail only for the clinical roles)")
	@GetMapping("/api/v1/treatment-plans/{id}")
	@Requires(Permission.TREATMENT_PLAN_STATUS)
	PlanView plan(@PathVariable UUID id) {
		return view(planning.view(id));
	}

	@Operation(summary = "The treatment plans of a cancer, newest first")
	@GetMapping("/api/v1/cancers/{id}/treatment-plans")
	@Requires(Permission.TREATMENT_PLAN_STATUS)
	List<PlanView> plansOf(@PathVariable UUID id) {
		return planning.plansOf(id).stream().map(p -> planning.view(p.id())).map(this::view).toList();
	}

	@Operation(summary = "Add an item to a plan (a completed plan opens again)")
	@PostMapping("/api/v1/treatment-plans/{id}/items")
	@Requires(Permission.TREATMENT_PLAN_CREATE)
	PlanView addItem(@PathVariable UUID id, @RequestBody AddItem body) {
		return view(planning.addItem(id, new ItemRequest(body.type(), body.detail(), body.responsible(),
				body.department()), body.version()));
	}

	@Operation(summary = "Move an item: status in-progress | done | cancelled (cancelled needs a reason); on: the "
			+ "day (default today, not in the future); version: the plan version read (optional, refused with 409 "
			+ "if the plan changed since). Only staff of the item's department, or an administrator")
	@PostMapping("/api/v1/treatment-plans/{id}/items/{itemId}/status")
	@Requires(Permission.TREATMENT_ITEM_UPDATE)
	PlanView status(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody StatusChange body) {
		return view(planning.changeStatus(id, itemId, body.status(), body.reason(), body.on(), body.version()));
	}

	@Operation(summary = "My patients to treat: open items I am responsible for, and my departments' unassigned ones")
	@GetMapping("/api/v1/treatment-worklist")
	@Requires(Permission.TREATMENT_WORKLIST)
	List<WorkItemView> worklist() {
		return worklist.mine()
			.stream()
			.map(w -> new WorkItemView(w.plan().id(), w.plan().cancerId(), w.plan().patientId(), w.item().id(),
					w.item().type().code(), w.item().department().code(), w.item().responsible(),
					w.item().status().code()))
			.toList();
	}

	@Operation(summary = "The treatment summary of the cancer's completed plan as a PDF, in the reader's language "
			+ "(Accept-Language ko | en). 409 while the plan is not completed")
	@GetMapping(value = "/api/v1/cancers/{id}/treatment-summary.pdf", produces = "application/pdf")
	@Requires(Permission.TREATMENT_PLAN_READ)
	ResponseEntity<byte[]> summaryPdf(@PathVariable UUID id, Locale locale) {
		return SummaryPdf.response(pdf.render(summaries.export(id), locale), id);
	}

	private PlanView view(TreatmentPlan plan) {
		boolean clinical = access.allows(Permission.TREATMENT_PLAN_READ);
		return PlanView.of(plan, clinical, clinical ? summaries.timings(plan) : null);
	}

	record CreatePlan(String intent, List<ItemRequest> items) {
	}

	record Assignments(List<ItemRequest> items) {
	}

	record AddItem(String type, String detail, String responsible, String department, Long version) {
	}

	record StatusChange(String status, String reason, LocalDate on, Long version) {
	}

	record WorkItemView(UUID planId, UUID cancerId, UUID patientId, UUID itemId, String type, String department,
			String responsible, String status) {
	}
}
