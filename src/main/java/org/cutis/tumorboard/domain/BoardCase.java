package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.identity.Department;
import org.cutis.shared.persistence.InputName;

/**
 * A cancer, or a lesion with a discordant report, before the board: proposed by a rule, re-proposed
 * after a change, or submitted with a question; accepted onto a meeting's list (after the cut-off
 * only with the chair's consent), deferred, or merged into the case already on that list; discussed
 * with its attendance and the stage the board saw; flagged, with what changed, when its data change
 * after the discussion. Never deleted: a merged proposal stays on record, pointing at its case.
 * What was proposed, and why, is {@link ProposedCase}'s; this is the case's way through the list.
 */
@Entity
@Table(name = "board_case")
public class BoardCase extends ProposedCase {
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

	private UUID meetingId;
	@Enumerated(EnumType.STRING)
	private Status status;
	private Instant decidedAt;
	private String decidedBy;
	@InputName("reason")
	private String deferReason;
	private String lateConsentBy;
	private Instant discussedAt;
	private String stageAtDiscussion;
	private Instant dataChangedAt;
	private UUID mergedInto;
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
		super(cancerId, lesionId, reportId, patientId, reason, diagnosisDate, stage, correlation, by, now);
		this.meetingId = meetingId;
		this.status = Status.PROPOSED;
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
		CaseListingRules.refuseIfMerged(status);
		addDetails(question, ecog, priorTreatments, plasticSurgery, radiationOncology);
	}

	/**
	 * Onto a meeting's case list. After the cut-off only the chair may add it (that is the chair's
	 * consent, recorded by name).
	 */
	public void accept(Meeting meeting, String by, Instant now) {
		CaseListingRules.refuseIfDecided(status);
		String chair = CaseListingRules.lateConsent(meeting, by, now);
		if (chair != null) {
			lateConsentBy = chair;
		}
		meetingId = meeting.id();
		status = Status.ACCEPTED;
		decidedAt = now;
		decidedBy = by;
		deferReason = null;
	}

	public void defer(String why, String by, Instant now) {
		CaseListingRules.refuseIfDecided(status);
		String reason = CaseListingRules.deferReason(why);
		status = Status.DEFERRED;
		deferReason = reason;
		meetingId = null;
		decidedAt = now;
		decidedBy = by;
	}

	/**
	 * This proposal concerns a tumour already on the meeting's list: its question, details, changes
	 * and correlation go to that case, and the proposal is closed as merged (kept, pointing there).
	 */
	public void mergeInto(BoardCase listed, String by, Instant now) {
		CaseListingRules.refuseIfDecided(status);
		if (listed == this || listed.status != Status.ACCEPTED || !concernsSameTumourAs(listed)) {
			throw new IllegalArgumentException("a proposal merges only into another listed case of its tumour");
		}
		listed.describe(question(), ecog(), priorTreatments(), needsPlasticSurgery(), needsRadiationOncology());
		listed.changeLog().carryOver(changes, listed.status == Status.DISCUSSED);
		listed.adoptCorrelation(correlation());
		status = Status.MERGED;
		mergedInto = listed.id();
		meetingId = listed.meetingId;
		decidedAt = now;
		decidedBy = by;
	}

	/** Who is present; fixed once the recommendation is signed (the signature rests on this quorum). */
	public void recordAttendance(List<Attendee> present) {
		CaseListingRules.refuseIfSigned(status);
		attendees = new ArrayList<>(present);
	}

	/** Discussed on the stage the board had before it ({@code stage} null when there is no cancer). */
	public void markDiscussed(String stage, Instant now) {
		CaseListingRules.refuseUnlessListed(status);
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
		return restage(stage, recurrence) | changed;
	}

	/** Whether this case already recorded what the event of this origin said. */
	public boolean hasSeen(String origin) {
		return changeLog().hasSeen(origin);
	}

	/** The stage the board discussed (the stage at proposal for cases discussed before it was recorded). */
	public String stageAtDiscussion() {
		return stageAtDiscussion != null || status != Status.DISCUSSED ? stageAtDiscussion : stageAtProposal();
	}

	public Set<Department> presentDepartments() {
		Set<Department> present = EnumSet.noneOf(Department.class);
		attendees.forEach(a -> present.add(a.department()));
		return present;
	}

	private boolean addChanges(String source, String origin, List<String> lines, Instant now) {
		return changeLog().add(source, origin, lines, now, status == Status.DISCUSSED);
	}

	private CaseChangeLog changeLog() {
		return new CaseChangeLog(changes);
	}

	public UUID meetingId() {
		return meetingId;
	}

	public Status status() {
		return status;
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
		return changeLog().sinceDiscussion();
	}

	public List<Attendee> attendees() {
		return List.copyOf(attendees);
	}

	public long version() {
		return version;
	}
}
