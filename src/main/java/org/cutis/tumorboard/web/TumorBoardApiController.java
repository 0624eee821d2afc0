package org.cutis.tumorboard.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cutis.identity.Permission;
import org.cutis.identity.Requires;
import org.cutis.identity.SignatureSecret;
import org.cutis.tumorboard.application.BoardMetrics;
import org.cutis.tumorboard.application.CaseSummaries;
import org.cutis.tumorboard.application.RecommendationManagement;
import org.cutis.tumorboard.application.RecommendationManagement.ActionRequest;
import org.cutis.tumorboard.application.TumorBoardManagement;
import org.cutis.tumorboard.application.TumorBoardManagement.CaseRequest;
import org.cutis.tumorboard.domain.Attendee;
import org.cutis.tumorboard.domain.PlanItem;
import org.cutis.tumorboard.web.BoardViews.ActionItemView;
import org.cutis.tumorboard.web.BoardViews.AttendeeView;
import org.cutis.tumorboard.web.BoardViews.CaseItem;
import org.cutis.tumorboard.web.BoardViews.CaseView;
import org.cutis.tumorboard.web.BoardViews.MeetingView;
import org.cutis.tumorboard.web.BoardViews.PlanItemView;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "tumor-board", description = "Tumor board meetings, cases, attendance, recommendations and action items")
@RestController
@Requires(Permission.BOARD_READ)
class TumorBoardApiController {
	private final TumorBoardManagement board;
	private final RecommendationManagement recommendations;
	private final CaseSummaries summaries;
	private final BoardMetrics metrics;
	private final MeetingPacket packet;
	private final java.time.Clock clock;

	TumorBoardApiController(TumorBoardManagement board, RecommendationManagement recommendations,
			CaseSummaries summaries, BoardMetrics metrics, MeetingPacket packet, java.time.Clock clock) {
		this.packet = packet;
		this.clock = clock;
		this.board = board;
		this.recommendations = recommendations;
		this.summaries = summaries;
		this.metrics = metrics;
	}

	@Operation(summary = "Meetings, newest first")
	@GetMapping("/api/v1/tumor-board/meetings")
	List<MeetingView> meetings() {
		return board.meetings().stream().map(m -> MeetingView.of(m, null)).toList();
	}

	@Operation(summary = "Schedule a meeting, or a weekly series (weeks > 1); the cut-off is cutOffHoursBefore each meeting")
	@PostMapping("/api/v1/tumor-board/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@Requires(Permission.BOARD_COORDINATE)
	List<MeetingView> schedule(@RequestBody Schedule s) {
		return board.schedule(s.title(), s.scheduledAt(), TumorBoardManagement.cutOffHours(s.cutOffHoursBefore()),
				s.place(), s.videoLink(), s.chair(), s.weeks() == null ? 1 : s.weeks())
			.stream().map(m -> MeetingView.of(m, List.of())).toList();
	}

	@Operation(summary = "A meeting with its case list")
	@GetMapping("/api/v1/tumor-board/meetings/{id}")
	MeetingView meeting(@PathVariable UUID id) {
		return MeetingView.of(board.meeting(id), board.casesOf(id));
	}

	@Operation(summary = "The printable meeting packet (PDF, Hangul embedded): one case summary per page, "
			+ "the cases the reader may see; audited as an export")
	@GetMapping(value = "/api/v1/tumor-board/meetings/{id}/packet.pdf", produces = "application/pdf")
	org.springframework.http.ResponseEntity<byte[]> packet(@PathVariable UUID id) {
		byte[] pdf = packet.render(board.meeting(id), summaries.packet(id), clock.getZone(),
				LocaleContextHolder.getLocale());
		return org.springframework.http.ResponseEntity.ok()
			.header("Content-Disposition", "inline; filename=\"tumor-board-" + id + ".pdf\"")
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	@Operation(summary = "Put a proposed case on the meeting's list (caseId), or submit a case with a question "
			+ "(cancerId, question, ecog 0-4, priorTreatments, needsPlasticSurgery, needsRadiationOncology). "
			+ "After the cut-off only the chair can add a case (the chair's consent).")
	@PostMapping("/api/v1/tumor-board/meetings/{id}/cases")
	@Requires(Permission.BOARD_COORDINATE)
	CaseItem addCase(@PathVariable UUID id, @RequestBody CaseRequest request) {
		return CaseItem.of(board.addCase(id, request));
	}

	@Operation(summary = "Cases proposed by the eligibility rules (and deferred ones) waiting for the coordinator")
	@GetMapping("/api/v1/tumor-board/proposals")
	List<CaseItem> proposals() {
		return board.proposals().stream().map(CaseItem::of).toList();
	}

	@Operation(summary = "Defer a proposed case with a reason")
	@PostMapping("/api/v1/tumor-board/cases/{id}/defer")
	@Requires(Permission.BOARD_COORDINATE)
	CaseItem defer(@PathVariable UUID id, @RequestBody Reason body) {
		return CaseItem.of(board.defer(id, body.reason()));
	}

	@Operation(summary = "The case summary: patient, pathology, staging with explanation, work-up, question, "
			+ "attendance and quorum, recommendation, action items. Board members and the patient's clinicians only.")
	@GetMapping("/api/v1/tumor-board/cases/{id}")
	CaseView summary(@PathVariable UUID id) {
		return CaseView.of(summaries.summary(id));
	}

	@Operation(summary = "Record who is present for this case, by department (dermatology, pathology, "
			+ "hematology-oncology, plastic-surgery, radiation-oncology, ...); answers with the quorum state")
	@PostMapping("/api/v1/tumor-board/cases/{id}/attendance")
	@Requires(Permission.BOARD_COORDINATE)
	CaseView attendance(@PathVariable UUID id, @RequestBody Attendance body) {
		List<Attendee> present = (body.attendees() == null ? List.<AttendeeView>of() : body.attendees()).stream()
			.map(a -> new Attendee(BoardViews.department(a.department(), "attendees.department"), a.username()))
			.filter(a -> a.department() != null)
			.toList();
		board.recordAttendance(id, present);
		return CaseView.of(summaries.summary(id));
	}

	@Operation(summary = "Finalise the recommendation, signed by the meeting's chair: intent curative | palliative; "
			+ "items [{type: wide-local-excision | mohs-surgery | slnb | lymph-node-dissection | reconstruction | "
			+ "systemic-therapy (detail immunotherapy | targeted-therapy | chemotherapy) | radiotherapy | observation | "
			+ "clinical-trial-referral, detail}]; dissent; actionItems [{description, department or username, dueDate}]. "
			+ "Refused without quorum, naming the missing departments. Immutable once signed. An electronic signature: "
			+ "the body also carries password (the chair's password again) or pin (the six-digit signing PIN set at "
			+ "/account/pin), asked for after every other check. Neither given: 400 naming password; a PIN when none is "
			+ "set: 400 naming pin; a wrong one: 401 naming the field, counted towards the account's lockout. The "
			+ "recommendation records signatureMethod: password | pin.")
	@PostMapping("/api/v1/tumor-board/cases/{id}/recommendation")
	@Requires(Permission.BOARD_RECOMMEND)
	@ResponseStatus(HttpStatus.CREATED)
	CaseView recommend(@PathVariable UUID id, @RequestBody RecommendationRequest body) {
		List<PlanItem> items = body.items() == null ? List.of()
				: body.items().stream().map(i -> new PlanItem(i.type(), i.detail())).toList();
		List<ActionRequest> actions = body.actionItems() == null ? List.of()
				: body.actionItems().stream()
					.map(a -> new ActionRequest(a.description(), BoardViews.department(a.department(), "actionItems.department"),
							a.username(), a.dueDate()))
					.toList();
		recommendations.finalise(id, body.intent(), items, body.dissent(), actions,
				new SignatureSecret(body.password(), body.pin()));
		return CaseView.of(summaries.summary(id));
	}

	@Operation(summary = "Add an addendum to a signed recommendation")
	@PostMapping("/api/v1/tumor-board/cases/{id}/recommendation/addenda")
	@Requires(Permission.BOARD_COORDINATE)
	CaseView addendum(@PathVariable UUID id, @RequestBody Addendum body) {
		recommendations.addAddendum(id, body.text());
		return CaseView.of(summaries.summary(id));
	}

	@Operation(summary = "Tumor board metrics: cases discussed per meeting, share of eligible cases discussed, "
			+ "median days from diagnosis to board")
	@GetMapping("/api/v1/tumor-board/metrics")
	@Requires(Permission.BOARD_METRICS)
	BoardMetrics.Metrics metrics() {
		return metrics.compute();
	}

	@Operation(summary = "My open action items: assigned to me or to one of my departments, soonest due first")
	@GetMapping("/api/v1/action-items")
	@Requires(Permission.ACTION_ITEM_READ)
	List<ActionItemView> actionItems() {
		return recommendations.myOpenActionItems().stream().map(ActionItemView::of).toList();
	}

	@Operation(summary = "Mark an action item done")
	@PostMapping("/api/v1/action-items/{id}/done")
	@Requires(Permission.ACTION_ITEM_READ)
	ActionItemView done(@PathVariable UUID id) {
		return ActionItemView.of(recommendations.markDone(id));
	}

	record Schedule(String title, Instant scheduledAt, Long cutOffHoursBefore, String place, String videoLink,
			String chair, Integer weeks) {
	}

	record Reason(String reason) {
	}

	record Attendance(List<AttendeeView> attendees) {
	}

	record ActionItemRequest(String description, String department, String username, LocalDate dueDate) {
	}

	record RecommendationRequest(String intent, List<PlanItemView> items, String dissent,
			List<ActionItemRequest> actionItems, String password, String pin) {
		@Override
		public String toString() {
			return "RecommendationRequest[intent=" + intent + ", secret withheld]";
		}
	}

	record Addendum(String text) {
	}
}
