package org.cutis.tumorboard.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.Access;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.CutisPrincipal;
import org.cutis.identity.Department;
import org.cutis.identity.ElectronicSignature;
import org.cutis.identity.Permission;
import org.cutis.identity.SignatureMethod;
import org.cutis.identity.SignatureSecret;
import org.cutis.identity.StaffDirectory;
import org.cutis.shared.Forbidden;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.Message;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;
import org.cutis.tumorboard.TumorBoardRecommendationFinalised;
import org.cutis.tumorboard.domain.ActionItem;
import org.cutis.tumorboard.domain.ActionItems;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.Meeting;
import org.cutis.tumorboard.domain.PlanItem;
import org.cutis.tumorboard.domain.Recommendation;
import org.cutis.tumorboard.domain.Recommendations;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chair's signed recommendation, its addenda, and the action items it leaves. */
@Service
@Transactional
public class RecommendationManagement {
	private final TumorBoardManagement board;
	private final Recommendations recommendations;
	private final ActionItems actionItems;
	private final StaffDirectory staff;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final Access access;
	private final ApplicationEventPublisher events;
	private final CancerDirectory cancers;
	private final Clock clock;
	private final ElectronicSignature signature;
	private final RecommendationSearchDocuments search;

	RecommendationManagement(TumorBoardManagement board, Recommendations recommendations, ActionItems actionItems,
			StaffDirectory staff, AuditLog audit, CurrentUser currentUser, Access access,
			ApplicationEventPublisher events, CancerDirectory cancers, Clock clock, ElectronicSignature signature,
			RecommendationSearchDocuments search) {
		this.search = search;
		this.signature = signature;
		this.access = access;
		this.cancers = cancers;
		this.board = board;
		this.recommendations = recommendations;
		this.actionItems = actionItems;
		this.staff = staff;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Finalises and signs the recommendation: only the meeting's chair, not before the meeting's
	 * day, only with quorum (the refusal names the missing departments), once; the case keeps the
	 * stage it was discussed on. Published for treatment planning. An electronic signature: the
	 * chair confirms it with the password or signing PIN ({@link ElectronicSignature}), asked for
	 * after everything else was checked (the chair, the day, quorum, the plan, the action items),
	 * so a refused recommendation never costs a guess.
	 */
	public Recommendation finalise(UUID caseId, String intent, List<PlanItem> items, String dissent,
			List<ActionRequest> actions, SignatureSecret secret) {
		BoardCase boardCase = board.load(caseId);
		if (recommendations.findByCaseId(caseId).isPresent()) {
			throw new RefusedTransition("tumorboard.recommendation.final");
		}
		if (boardCase.meetingId() == null || boardCase.status() != BoardCase.Status.ACCEPTED) {
			throw new RefusedTransition("tumorboard.case.notOnList");
		}
		Meeting meeting = board.meeting(boardCase.meetingId());
		String user = currentUser.username();
		if (!meeting.chairedBy(user)) {
			throw new RefusedTransition("tumorboard.recommendation.chairOnly", staff.named(meeting.chair()));
		}
		meeting.checkSignatureDay(clock);
		List<Department> missing = board.missingForQuorum(boardCase);
		if (!missing.isEmpty()) {
			// the departments by name, in the reader's language
			throw new InvalidInput("attendance", "tumorboard.quorum.missing",
					Message.keys(missing.stream().map(d -> "identity.department." + d.code()).toList()));
		}
		Recommendation recommendation = new Recommendation(caseId, intent, items, dissent);
		List<ActionItem> created = new ArrayList<>();
		for (ActionRequest a : actions == null ? List.<ActionRequest>of() : actions) {
			if (a.username() != null && !a.username().isBlank() && staff.find(a.username().trim()).isEmpty()) {
				throw new InvalidInput("actionItems.username", "tumorboard.action.unknownUser");
			}
			created.add(new ActionItem(caseId, recommendation.id(), boardCase.patientId(), a.description(),
					a.department(), a.username(), a.dueDate(), clock.instant()));
		}
		SignatureMethod method = signature.confirm(user, secret);
		recommendation.sign(user, method, clock.instant());
		recommendations.save(recommendation);
		actionItems.saveAll(created);
		// the stage the board had before it: a later restage to another stage brings the cancer back
		boardCase.markDiscussed(boardCase.cancerId() == null ? null
				: cancers.find(boardCase.cancerId()).map(CancerSummary::stage).orElse(null), clock.instant());
		audit.record(AuditAction.CREATE, boardCase.patientId(), "tumor-board-recommendation", recommendation.id(),
				intent + ": " + recommendation.items().stream().map(PlanItem::line).toList() + ", signed by " + user
						+ " (" + method.code() + ")");
		search.changed(recommendation.id());
		events.publishEvent(new TumorBoardRecommendationFinalised(recommendation.id(), caseId, boardCase.cancerId(),
				boardCase.patientId(), intent, recommendation.items().stream().map(PlanItem::line).toList(),
				recommendation.dissent() != null, user, recommendation.signedAt()));
		return recommendation;
	}

	public Recommendation addAddendum(UUID caseId, String text) {
		Recommendation recommendation = recommendationOf(caseId)
			.orElseThrow(() -> new RefusedTransition("tumorboard.recommendation.none"));
		recommendation.addAddendum(text, currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, board.load(caseId).patientId(), "tumor-board-recommendation",
				recommendation.id(), "addendum");
		search.changed(recommendation.id());
		return recommendation;
	}

	@Transactional(readOnly = true)
	public Optional<Recommendation> recommendationOf(UUID caseId) {
		return recommendations.findByCaseId(caseId);
	}

	@Transactional(readOnly = true)
	public List<ActionItem> actionItemsOf(UUID caseId) {
		return actionItems.findByCaseId(caseId);
	}

	/**
	 * Open action items assigned to the current user or to one of their departments, soonest due
	 * first; every patient on the list is audited as listed.
	 */
	public List<ActionItem> myOpenActionItems() {
		CutisPrincipal me = currentUser.principal().orElse(null);
		if (me == null) {
			return List.of();
		}
		List<ActionItem> items = actionItems.findByStatusOrderByDueDateAsc(ActionItem.Status.OPEN)
			.stream()
			.filter(a -> a.assignedTo(me.username(), me.departments()))
			.toList();
		audit.listed("action-items", null, items.stream().map(ActionItem::patientId).toList());
		return items;
	}

	/** Only the assignee (the person, or a member of the department) or who may close anyone's (admin, nurse). */
	public ActionItem markDone(UUID id) {
		ActionItem item = actionItems.findById(id).orElseThrow(() -> new NotFound("action-item", id));
		CutisPrincipal me = currentUser.principal().orElseThrow(() -> new Forbidden("not logged in"));
		boolean coordinator = access.allows(Permission.ACTION_ITEM_CLOSE_ANY);
		item.done(me.username(), me.departments(), coordinator, clock.instant());
		audit.record(AuditAction.UPDATE, item.patientId(), "action-item", id, "done");
		return item;
	}

	/** One action item as asked for: a department or a person, and a due date. */
	public record ActionRequest(String description, Department department, String username, LocalDate dueDate) {
	}
}
