package org.cutis.surveillance.plan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.identity.Department;
import org.cutis.rules.common.Explanation;
import org.cutis.rules.followup.Diagnosis;
import org.cutis.rules.followup.Guideline;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.Message;
import org.cutis.shared.RefusedTransition;

/**
 * The surveillance plan of one cancer: proposed when its treatment completes (or by hand), activated
 * by a clinician who confirms the guideline, the stage where it was indeterminate, and the interval
 * inside each period's range; suspended while a recurrence is worked up, replaced when the cancer
 * is restaged, and left only with a reason (PlanEnding). Statuses and end reasons are those of the
 * V1600 schema, which the recall worklist reads.
 */
@Entity
@Table(name = "surveillance_plan")
public class SurveillancePlan {
	public static final String PROPOSED = "proposed";
	public static final String ACTIVE = "active";
	public static final String SUSPENDED = "suspended";
	public static final String COMPLETED = "completed";
	public static final String ENDED = "ended";
	public static final String REPLACED = "replaced";
	/** The reasons a clinician may end surveillance with; completed needs every visit done. */
	public static final List<String> END_REASONS = PlanEnding.REASONS;

	@Id
	private UUID id;
	private UUID patientId;
	private UUID cancerId;
	private UUID treatmentPlanId;
	private String status;
	private String guideline;
	private String diagnosis;
	private String stage;
	private String cancerStage;
	private String proposalNote;
	private LocalDate anchorDate;
	/** Null only for a row written without the reason (the recall tests' fixtures write plans directly). */
	@Embedded
	private Responsibility responsibility;
	private Instant proposedAt;
	private Instant activatedAt;
	private String activatedBy;
	private String intervals;
	private BigDecimal windowFraction;
	private String imagingAdvice;
	private String suspendedReason;
	/** Null while the plan is open (every column null: how JPA loads an empty embeddable). */
	@Embedded
	private PlanEnding ending;
	@Version
	private long version;

	protected SurveillancePlan() {
	}

	public static SurveillancePlan propose(UUID patientId, UUID cancerId, UUID treatmentPlanId, Guideline guideline,
			ScheduleBasis basis, String cancerStage, Explanation guidelineNote, LocalDate anchorDate,
			ResponsibleDoctor.Assignment responsible, Instant now) {
		SurveillancePlan p = new SurveillancePlan();
		p.id = UUID.randomUUID();
		p.patientId = patientId;
		p.cancerId = cancerId;
		p.treatmentPlanId = treatmentPlanId;
		p.status = PROPOSED;
		p.guideline = guideline.code();
		p.diagnosis = basis.diagnosis().name();
		p.stage = basis.stage();
		p.cancerStage = cancerStage;
		Explanation note = guidelineNote != null ? guidelineNote : basis.note();
		p.proposalNote = note == null ? null : note.encode();
		p.anchorDate = anchorDate;
		p.responsibility = Responsibility.of(responsible);
		p.proposedAt = now;
		return p;
	}

	/** The schedule's input: the stage recorded, or indeterminate. */
	public ScheduleBasis basis() {
		return stage == null ? new ScheduleBasis(Diagnosis.valueOf(diagnosis), null, true, note())
				: new ScheduleBasis(Diagnosis.valueOf(diagnosis), stage, false, note());
	}

	/**
	 * Activation: the guideline, schedule stage and intervals were checked by the caller against the
	 * rules; here the plan's own conditions (proposed, a responsible doctor).
	 */
	public void activate(Guideline chosen, ScheduleBasis basis, List<Integer> chosenIntervals, double fraction,
			String imaging, String by, Instant now) {
		requireStatus(PROPOSED);
		if (responsible() == null) {
			throw new InvalidInput("responsible", "surveillance.error.responsibleRequired");
		}
		guideline = chosen.code();
		if (basis.note() != null && stage == null) {
			proposalNote = basis.note().encode();
		}
		stage = basis.stage();
		intervals = String.join(",", chosenIntervals.stream().map(String::valueOf).toList());
		windowFraction = BigDecimal.valueOf(fraction);
		imagingAdvice = imaging;
		status = ACTIVE;
		activatedAt = now;
		activatedBy = by;
	}

	public void reassign(String username, Department department, String reason) {
		if (!open()) {
			throw refused();
		}
		responsibility = Responsibility.reassigned(username, department, reason);
	}

	public void suspend(String reason) {
		requireStatus(ACTIVE);
		status = SUSPENDED;
		suspendedReason = reason;
	}

	public void resume() {
		requireStatus(SUSPENDED);
		status = ACTIVE;
		suspendedReason = null;
	}

	/** Replaced by the plan for the new stage (restaging) or after a recurrence's new treatment. */
	public void replace(UUID by, String who, Instant now) {
		if (!open()) {
			throw refused();
		}
		status = REPLACED;
		ending = PlanEnding.replaced(by, who, now);
	}

	/**
	 * Leaving surveillance: completed (every visit done; checked by the caller), death, transfer or
	 * declined with the detail.
	 */
	public void end(String reason, String detail, String by, Instant now) {
		if (!open()) {
			throw refused();
		}
		PlanEnding ended = PlanEnding.of(reason, detail, by, now);
		status = ended.completed() ? COMPLETED : ENDED;
		ending = ended;
	}

	private void requireStatus(String expected) {
		if (!expected.equals(status)) {
			throw refused();
		}
	}

	private RefusedTransition refused() {
		return new RefusedTransition("surveillance.error.status", new Message("surveillance.status." + status));
	}

	public boolean open() {
		return Set.of(PROPOSED, ACTIVE, SUSPENDED).contains(status);
	}

	public Explanation note() {
		return proposalNote == null ? null : Explanation.decode(proposalNote);
	}

	/** The reason recorded by the system (an explanation), or null when a person typed it. */
	public Explanation responsibleExplanation() {
		return responsibility == null ? null : responsibility.explanation();
	}

	public List<Integer> intervalList() {
		return intervals == null || intervals.isBlank() ? List.of()
				: Arrays.stream(intervals.split(",")).map(Integer::valueOf).toList();
	}

	public UUID id() {
		return id;
	}

	public UUID patientId() {
		return patientId;
	}

	public UUID cancerId() {
		return cancerId;
	}

	public UUID treatmentPlanId() {
		return treatmentPlanId;
	}

	public String status() {
		return status;
	}

	public String guideline() {
		return guideline;
	}

	public String diagnosis() {
		return diagnosis;
	}

	public String stage() {
		return stage;
	}

	public String cancerStage() {
		return cancerStage;
	}

	public LocalDate anchorDate() {
		return anchorDate;
	}

	public String responsible() {
		return responsibility == null ? null : responsibility.responsible();
	}

	public String responsibleDepartment() {
		return responsibility == null ? null : responsibility.responsibleDepartment();
	}

	public String responsibleReason() {
		return responsibility == null ? null : responsibility.responsibleReason();
	}

	public Instant proposedAt() {
		return proposedAt;
	}

	public Instant activatedAt() {
		return activatedAt;
	}

	public String activatedBy() {
		return activatedBy;
	}

	public Double windowFraction() {
		return windowFraction == null ? null : windowFraction.doubleValue();
	}

	public String imagingAdvice() {
		return imagingAdvice;
	}

	public String suspendedReason() {
		return suspendedReason;
	}

	public String endReason() {
		return ending == null ? null : ending.endReason();
	}

	public String endDetail() {
		return ending == null ? null : ending.endDetail();
	}

	public Instant endedAt() {
		return ending == null ? null : ending.endedAt();
	}

	public String endedBy() {
		return ending == null ? null : ending.endedBy();
	}

	public UUID replacedBy() {
		return ending == null ? null : ending.replacedBy();
	}

	public long version() {
		return version;
	}
}
