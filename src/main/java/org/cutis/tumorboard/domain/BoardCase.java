package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.identity.Department;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;

/**
 * A cancer, or a lesion with a discordant report, before the board: proposed by a rule, re-proposed
 * after a change, or submitted with a question; accepted onto a meeting's list (after the cut-off
 * only with the chair's consent), deferred, or merged into the case already on that list; discussed
 * with its attendance and the stage the board saw; flagged, with what changed, when its data change
 * after the discussion. Never deleted: a merged proposal stays on record, pointing at its case.
 */
@Entity
@Table(name = "board_case")
public class BoardCase {
	public enum Status {
		PROPOSED, ACCEPTED, DEFERRED, DISCUSSED, MERGED;

		public String code() {
			return name().toLowerCase();
		}

		/** Waiting for the board: proposed, on a list, or deferred. */
		public boolean isOpen() {
			return this == PROPOSED || this == ACCEPTED || this == DEFERRED;
		}
	}

	@Id
	private UUID id;
	private UUID meetingId;
	private UUID cancerId;
	private UUID lesionId;
	private UUID reportId;
	private UUID patientId;
	@Enumerated(EnumType.STRING)
	private EligibilityReason reason;
	private LocalDate diagnosisDate;
	private String stageAtProposal;
	private String stageAtDiscussion;
	@Embedded
	private Correlation correlation;
	private String question;
	private Integer ecog;
	private String priorTreatments;
	private boolean needsPlasticSurgery;
	private boolean needsRadiationOncology;
	@Enumerated(EnumType.STRING)
	private Status status;
	private Instant proposedAt;
	private String proposedBy;
	private Instant decidedAt;
	private String decidedBy;
	@InputName("reason")
	private String deferReason;
	private String lateConsentBy;
	private Instant discussedAt;
	private Instant dataChangedAt;
	private UUID mergedInto;
	/** The rules the staging met when the case was proposed or restaged, as codes ("melanoma-stage recurrence"). */
	private String reasonsMet;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "board_case_attendee", joinColumns = @JoinColumn(name = "case_id"))
	private List<Attendee> attendees = new ArrayList<>();
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "board_case_change", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<CaseChange> changes = new ArrayList<>();
	@Version
	private long version;

	protected BoardCase() {
	}

	private BoardCase(UUID cancerId, UUID lesionId, UUID reportId, UUID patientId, EligibilityReason reason,
			LocalDate diagnosisDate, String stage, Correlation correlation, UUID meetingId, String by, Instant now) {
		if (cancerId == null && lesionId == null) {
			throw new IllegalArgumentException("a board case concerns a cancer or a lesion");
		}
		this.id = UUID.randomUUID();
		this.cancerId = cancerId;
		this.lesionId = lesionId;
		this.reportId = reportId;
		this.patientId = Objects.requireNonNull(patientId, "patientId");
		this.reason = Objects.requireNonNull(reason, "reason");
		this.diagnosisDate = diagnosisDate;
		this.stageAtProposal = stage;
		this.correlation = correlation;
		this.meetingId = meetingId;
		this.status = Status.PROPOSED;
		this.proposedAt = now;
		this.proposedBy = by;
	}

	/** A cancer proposed by a rule, re-proposed after a change, or submitted by a clinician. */
	public static BoardCase ofCancer(UUID cancerId, UUID lesionId, UUID patientId, EligibilityReason reason,
			LocalDate diagnosisDate, String stage, UUID meetingId, String by, Instant now) {
		return new BoardCase(Objects.requireNonNull(cancerId, "cancerId"), lesionId, null, patientId, reason,
				diagnosisDate, stage, null, meetingId, by, now);
	}

	/**
	 * A discordant correlation: the report's lesion, with its cancer when it has one ({@code cancerId},
	 * {@code diagnosisDate} and {@code stage} null for a benign result).
	 */
	public static BoardCase ofDiscordantReport(UUID reportId, UUID lesionId, UUID patientId, Correlation correlation,
			UUID cancerId, LocalDate diagnosisDate, String stage, UUID meetingId, String by, Instant now) {
		return new BoardCase(cancerId, Objects.requireNonNull(lesionId, "lesionId"),
				Objects.requireNonNull(reportId, "reportId"), patientId, EligibilityReason.DISCORDANT, diagnosisDate,
				stage, correlation, meetingId, by, now);
	}

	/** The clinical details the presenter adds: the question, ECOG, prior treatments, who else must attend. */
	public void describe(String question, Integer ecog, String priorTreatments, boolean plasticSurgery,
			boolean radiationOncology) {
		refuseIfMerged();
		if (ecog != null && (ecog < 0 || ecog > 4)) {
			throw new InvalidInput("ecog", "tumorboard.case.ecog");
		}
		if (question != null && !question.isBlank()) {
			this.question = question.trim();
		}
		if (ecog != null) {
			this.ecog = ecog;
		}
		if (priorTreatments != null && !priorTreatments.isBlank()) {
			this.priorTreatments = priorTreatments.trim();
		}
		this.needsPlasticSurgery |= plasticSurgery;
		this.needsRadiationOncology |= radiationOncology;
	}

	/**
	 * Onto a meeting's case list. After the cut-off only the chair may add it (that is the chair's
	 * consent, recorded by name).
	 */
	public void accept(Meeting meeting, String by, Instant now) {
		refuseIfMerged();
		if (status == Status.DISCUSSED) {
			throw new RefusedTransition("tumorboard.case.discussed");
		}
		if (meeting.cutOffPassed(now)) {
			if (!meeting.chairedBy(by)) {
				throw new InvalidInput("meetingId", "tumorboard.case.afterCutOff", meeting.chair());
			}
			lateConsentBy = by;
		}
		meetingId = meeting.id();
		status = Status.ACCEPTED;
		decidedAt = now;
		decidedBy = by;
		deferReason = null;
	}

	public void defer(String why, String by, Instant now) {
		refuseIfMerged();
		if (status == Status.DISCUSSED) {
			throw new RefusedTransition("tumorboard.case.discussed");
		}
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "error.reason.required");
		}
		status = Status.DEFERRED;
		deferReason = why.trim();
		meetingId = null;
		decidedAt = now;
		decidedBy = by;
	}

	/**
	 * This proposal concerns a tumour already on the meeting's list: its question, details, changes
	 * and correlation go to that case, and the proposal is closed as merged (kept, pointing there).
	 */
	public void mergeInto(BoardCase listed, String by, Instant now) {
		refuseIfMerged();
		if (status == Status.DISCUSSED) {
			throw new RefusedTransition("tumorboard.case.discussed");
		}
		if (listed == this || listed.status != Status.ACCEPTED || !concernsSameTumourAs(listed)) {
			throw new IllegalArgumentException("a proposal merges only into another listed case of its tumour");
		}
		listed.describe(question, ecog, priorTreatments, needsPlasticSurgery, needsRadiationOncology);
		changes.forEach(change -> listed.addChange(change.source(), change.origin(), change.description(),
				change.recordedAt()));
		if (listed.correlation == null) {
			listed.correlation = correlation;
		}
		status = Status.MERGED;
		mergedInto = listed.id;
		meetingId = listed.meetingId;
		decidedAt = now;
		decidedBy = by;
	}

	/** Who is present; fixed once the recommendation is signed (the signature rests on this quorum). */
	public void recordAttendance(List<Attendee> present) {
		if (status == Status.DISCUSSED) {
			throw new RefusedTransition("tumorboard.attendance.signed");
		}
		if (status != Status.ACCEPTED) {
			throw new RefusedTransition("tumorboard.case.notOnList");
		}
		attendees = new ArrayList<>(present);
	}

	/** Discussed on the stage the board had before it ({@code stage} null when there is no cancer). */
	public void markDiscussed(String stage, Instant now) {
		if (status != Status.ACCEPTED) {
			throw new RefusedTransition("tumorboard.case.notOnList");
		}
		status = Status.DISCUSSED;
		discussedAt = now;
		stageAtDiscussion = stage;
	}

	/**
	 * The data changed after the board discussed it: the case says so, and what changed, until
	 * re-discussed. Lines it already has from the same event ({@code origin}) are not added again.
	 *
	 * @return whether anything new was recorded
	 */
	public boolean flagDataChanged(String source, String origin, List<String> lines, Instant now) {
		if (status != Status.DISCUSSED) {
			return false;
		}
		if (!addChanges(source, origin, lines, now)) {
			return false;
		}
		dataChangedAt = now;
		return true;
	}

	/**
	 * What changed while the case waits for the board (proposed, on a list, deferred), so the
	 * coordinator and the presenter see it.
	 *
	 * @return whether anything new was recorded
	 */
	public boolean noteChanges(String source, String origin, List<String> lines, Instant now) {
		return status.isOpen() && addChanges(source, origin, lines, now);
	}

	/**
	 * The cancer was restaged after the board discussed it, while this case waits: the changes are
	 * noted, and a case waiting because its facts changed now waits because its stage did — or, when
	 * this staging is the one at recurrence, because the cancer recurred (the re-biopsy's own
	 * restaging usually arrives first; the board should read "recurrence", not "restaged").
	 *
	 * @return whether anything changed
	 */
	public boolean restaged(String stage, boolean recurrence, String origin, List<String> lines, Instant now) {
		if (!status.isOpen()) {
			return false;
		}
		boolean changed = addChanges(CancerCases.STAGING, origin, lines, now);
		if (recurrence && (reason == EligibilityReason.FACTS_CHANGED || reason == EligibilityReason.RESTAGED)) {
			reason = EligibilityReason.RECURRENCE;
			stageAtProposal = stage;
			changed = true;
		}
		else if (reason == EligibilityReason.FACTS_CHANGED) {
			reason = EligibilityReason.RESTAGED;
			stageAtProposal = stage;
			changed = true;
		}
		return changed;
	}

	/** A case proposed for a lesion before its cancer was known: the cancer, once staged. */
	public boolean linkCancer(UUID cancerId, LocalDate diagnosisDate, String stage) {
		if (this.cancerId != null) {
			return false;
		}
		this.cancerId = cancerId;
		if (this.diagnosisDate == null) {
			this.diagnosisDate = diagnosisDate;
		}
		if (this.stageAtProposal == null) {
			this.stageAtProposal = stage;
		}
		return true;
	}

	/** The same cancer, or (where one of them has no cancer) the same lesion. */
	public boolean concernsSameTumourAs(BoardCase other) {
		if (cancerId != null && other.cancerId != null) {
			return cancerId.equals(other.cancerId);
		}
		return lesionId != null && lesionId.equals(other.lesionId);
	}

	/**
	 * The eligibility rules the staging meets now, as this case knows them (a rule no case knows
	 * is "newly met").
	 *
	 * @return whether a rule was new to this case
	 */
	public boolean meets(Collection<EligibilityReason> reasons) {
		Set<EligibilityReason> known = reasonsMet();
		if (known.containsAll(reasons)) {
			return false;
		}
		known.addAll(reasons);
		reasonsMet = String.join(" ", known.stream().map(EligibilityReason::code).toList());
		return true;
	}

	/** Whether the board already has this rule before it through this case (its reason, or a rule met since). */
	public boolean knowsReason(EligibilityReason rule) {
		return reason == rule || reasonsMet().contains(rule);
	}

	private Set<EligibilityReason> reasonsMet() {
		Set<EligibilityReason> known = EnumSet.noneOf(EligibilityReason.class);
		if (reasonsMet != null && !reasonsMet.isBlank()) {
			for (String code : reasonsMet.trim().split(" ")) {
				EligibilityReason.fromCode(code).ifPresent(known::add);
			}
		}
		return known;
	}

	/** Whether this case already recorded what the event of this origin said. */
	public boolean hasSeen(String origin) {
		return origin != null && changes.stream().anyMatch(c -> origin.equals(c.origin()));
	}

	/** The stage the board discussed (the stage at proposal for cases discussed before it was recorded). */
	public String stageAtDiscussion() {
		return stageAtDiscussion != null || status != Status.DISCUSSED ? stageAtDiscussion : stageAtProposal;
	}

	public Set<Department> presentDepartments() {
		Set<Department> present = EnumSet.noneOf(Department.class);
		attendees.forEach(a -> present.add(a.department()));
		return present;
	}

	private boolean addChanges(String source, String origin, List<String> lines, Instant now) {
		boolean added = false;
		for (String line : lines) {
			added |= addChange(source, origin, line, now);
		}
		return added;
	}

	private boolean addChange(String source, String origin, String line, Instant at) {
		if (line == null || line.isBlank()) {
			return false;
		}
		String description = line.trim();
		if (changes.stream().anyMatch(c -> c.sameAs(origin, description))) {
			return false;
		}
		changes.add(new CaseChange(source, description, origin, at, status == Status.DISCUSSED));
		return true;
	}

	private void refuseIfMerged() {
		if (status == Status.MERGED) {
			throw new RefusedTransition("tumorboard.case.merged");
		}
	}

	public UUID id() {
		return id;
	}

	public UUID meetingId() {
		return meetingId;
	}

	/** Null for a lesion whose report is not a cancer (a discordant benign result). */
	public UUID cancerId() {
		return cancerId;
	}

	public UUID lesionId() {
		return lesionId;
	}

	/** The discordant report that brought the case, if that is why it is here. */
	public UUID reportId() {
		return reportId;
	}

	public UUID patientId() {
		return patientId;
	}

	public EligibilityReason reason() {
		return reason;
	}

	public LocalDate diagnosisDate() {
		return diagnosisDate;
	}

	public String stageAtProposal() {
		return stageAtProposal;
	}

	public Correlation correlation() {
		return correlation;
	}

	public String question() {
		return question;
	}

	public Integer ecog() {
		return ecog;
	}

	public String priorTreatments() {
		return priorTreatments;
	}

	public boolean needsPlasticSurgery() {
		return needsPlasticSurgery;
	}

	public boolean needsRadiationOncology() {
		return needsRadiationOncology;
	}

	public Status status() {
		return status;
	}

	public Instant proposedAt() {
		return proposedAt;
	}

	public String proposedBy() {
		return proposedBy;
	}

	public String decidedBy() {
		return decidedBy;
	}

	public String deferReason() {
		return deferReason;
	}

	public String lateConsentBy() {
		return lateConsentBy;
	}

	public Instant discussedAt() {
		return discussedAt;
	}

	public Instant dataChangedAt() {
		return dataChangedAt;
	}

	/** The case on the meeting's list this proposal was merged into. */
	public UUID mergedInto() {
		return mergedInto;
	}

	/** Everything that changed since the case was proposed, oldest first. */
	public List<CaseChange> changes() {
		return List.copyOf(changes);
	}

	/** What changed since the discussion (empty before it). */
	public List<CaseChange> changesSinceDiscussion() {
		return changes.stream().filter(CaseChange::afterDiscussion).toList();
	}

	public List<Attendee> attendees() {
		return List.copyOf(attendees);
	}

	public long version() {
		return version;
	}
}
