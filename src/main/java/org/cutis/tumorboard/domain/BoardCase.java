package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.identity.Department;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;

/**
 * One cancer before the board: proposed by a rule or submitted with a question, accepted onto a
 * meeting's list (after the cut-off only with the chair's consent) or deferred, discussed with
 * its attendance, and flagged when its data change after the discussion.
 */
@Entity
@Table(name = "board_case")
public class BoardCase {
	public enum Status {
		PROPOSED, ACCEPTED, DEFERRED, DISCUSSED;

		public String code() {
			return name().toLowerCase();
		}
	}

	@Id
	private UUID id;
	private UUID meetingId;
	private UUID cancerId;
	private UUID patientId;
	@Enumerated(EnumType.STRING)
	private EligibilityReason reason;
	private LocalDate diagnosisDate;
	private String stageAtProposal;
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
	private String deferReason;
	private String lateConsentBy;
	private Instant discussedAt;
	private Instant dataChangedAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "board_case_attendee", joinColumns = @JoinColumn(name = "case_id"))
	private List<Attendee> attendees = new ArrayList<>();
	@Version
	private long version;

	protected BoardCase() {
	}

	public BoardCase(UUID cancerId, UUID patientId, EligibilityReason reason, LocalDate diagnosisDate, String stage,
			UUID meetingId, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.cancerId = cancerId;
		this.patientId = patientId;
		this.reason = reason;
		this.diagnosisDate = diagnosisDate;
		this.stageAtProposal = stage;
		this.meetingId = meetingId;
		this.status = Status.PROPOSED;
		this.proposedAt = now;
		this.proposedBy = by;
	}

	/** The clinical details the presenter adds: the question, ECOG, prior treatments, who else must attend. */
	public void describe(String question, Integer ecog, String priorTreatments, boolean plasticSurgery,
			boolean radiationOncology) {
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

	public void markDiscussed(Instant now) {
		if (status != Status.ACCEPTED) {
			throw new RefusedTransition("tumorboard.case.notOnList");
		}
		status = Status.DISCUSSED;
		discussedAt = now;
	}

	/** The pathology changed after the board discussed it: the case says so until re-discussed. */
	public boolean flagDataChanged(Instant now) {
		if (status != Status.DISCUSSED) {
			return false;
		}
		dataChangedAt = now;
		return true;
	}

	public Set<Department> presentDepartments() {
		Set<Department> present = EnumSet.noneOf(Department.class);
		attendees.forEach(a -> present.add(a.department()));
		return present;
	}

	public UUID id() {
		return id;
	}

	public UUID meetingId() {
		return meetingId;
	}

	public UUID cancerId() {
		return cancerId;
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

	public List<Attendee> attendees() {
		return List.copyOf(attendees);
	}

	public long version() {
		return version;
	}
}
