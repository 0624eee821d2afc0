package org.cutis.staging.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.rules.common.Explanation;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;

/**
 * One staging of a cancer at one moment, as the rules engine computed it, with the explanation
 * and rule version beside it. A clinician accepts it or overrides the stage with a reason; the
 * computed values stay. Restaging adds a new record, so the history is never rewritten.
 */
@Entity
@Table(name = "staging_record")
public class StagingRecord {
	public enum Occasion {
		DIAGNOSIS, AMENDMENT, WORKUP, RECURRENCE, SPECIMEN, CLINICAL_FINDINGS, OVERRIDE_WITHDRAWN
	}

	public enum Status {
		/** computed, not yet reviewed */
		COMPUTED,
		ACCEPTED,
		OVERRIDDEN,
		/** a work-up result changed N or M: waits for the clinician before it becomes current */
		PENDING_CONFIRMATION,
		/** a newer proposal replaced this one before it was confirmed */
		REPLACED;

		public String code() {
			return name().toLowerCase().replace('_', '-');
		}
	}

	@Id
	private UUID id;
	private UUID cancerId;
	private int sequence;
	@Enumerated(EnumType.STRING)
	private Occasion occasion;
	@Enumerated(EnumType.STRING)
	private Status status;
	@Column(name = "clinical_t")
	private String clinicalT;
	@Column(name = "clinical_n")
	private String clinicalN;
	@Column(name = "clinical_m")
	private String clinicalM;
	private String clinicalStage;
	@Column(name = "pathological_t")
	private String pathologicalT;
	@Column(name = "pathological_n")
	private String pathologicalN;
	@Column(name = "pathological_m")
	private String pathologicalM;
	private String pathologicalStage;
	@Column(name = "bwh_t")
	private String bwhT;
	private String bccRisk;
	private String slnbAdvice;
	private String imagingAdvice;
	private boolean microstagingUncertain;
	private String explanation;
	private String ruleVersion;
	private String source;
	private String changes;
	private Instant computedAt;
	private String computedBy;
	private Instant reviewedAt;
	private String reviewedBy;
	private String overrideStage;
	@InputName("reason")
	private String overrideReason;
	private boolean overrideCarried;
	private String staleOverrideStage;
	private String staleOverrideReason;
	@Version
	private long version;

	protected StagingRecord() {
	}

	public StagingRecord(UUID cancerId, int sequence, Occasion occasion, StageComputation c, List<String> changes,
			boolean needsConfirmation, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.cancerId = cancerId;
		this.sequence = sequence;
		this.occasion = occasion;
		this.status = needsConfirmation ? Status.PENDING_CONFIRMATION : Status.COMPUTED;
		this.clinicalT = c.clinicalT();
		this.clinicalN = c.clinicalN();
		this.clinicalM = c.clinicalM();
		this.clinicalStage = c.clinicalStage();
		this.pathologicalT = c.pathologicalT();
		this.pathologicalN = c.pathologicalN();
		this.pathologicalM = c.pathologicalM();
		this.pathologicalStage = c.pathologicalStage();
		this.bwhT = c.bwhT();
		this.bccRisk = c.bccRisk();
		this.slnbAdvice = c.slnbAdvice();
		this.imagingAdvice = c.imagingAdvice();
		this.microstagingUncertain = c.microstagingUncertain();
		// stored as message codes (one encoded line each), so every reader sees them in their language
		this.explanation = Explanation.encode(c.why());
		this.ruleVersion = c.ruleVersion();
		this.source = c.source();
		this.changes = changes.isEmpty() ? null : String.join("; ", changes);
		this.computedAt = now;
		this.computedBy = by;
	}

	/** The clinician agrees with the computed stage (or confirms a proposed N/M change). */
	public void accept(String by, Instant now) {
		if (status != Status.COMPUTED && status != Status.PENDING_CONFIRMATION) {
			throw new RefusedTransition("staging.record.reviewed");
		}
		status = Status.ACCEPTED;
		reviewedBy = by;
		reviewedAt = now;
	}

	/** The clinician's stage replaces the computed one for decisions; the computed stage stays on record. */
	public void override(String stage, String reason, String by, Instant now) {
		if (status == Status.REPLACED) {
			throw new RefusedTransition("staging.record.replaced");
		}
		List<InvalidInput.FieldProblem> problems = new java.util.ArrayList<>();
		if (stage == null || stage.isBlank()) {
			problems.add(new InvalidInput.FieldProblem("stage", "error.field.required"));
		}
		else if (org.cutis.clinical.AjccStage.ofNullable(stage.trim()) == null
				&& !java.util.Set.of("low", "high").contains(stage.trim())) {
			problems.add(new InvalidInput.FieldProblem("stage", "staging.override.stageInvalid"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new InvalidInput.FieldProblem("reason", "staging.override.reasonRequired"));
		}
		else if (reason.length() > 2000) {
			problems.add(new InvalidInput.FieldProblem("reason", "error.field.tooLong", 2000));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		status = Status.OVERRIDDEN;
		overrideStage = stage.trim();
		overrideReason = reason.trim();
		overrideCarried = false;
		staleOverrideStage = null;
		staleOverrideReason = null;
		reviewedBy = by;
		reviewedAt = now;
	}

	/**
	 * The clinician's override of the record before, carried forward: it still applies while the
	 * computed stage it overrode is the same. When new facts change the computed stage, the
	 * override no longer applies; it is kept beside the new stage, marked for review.
	 */
	public void carryOverrideFrom(StagingRecord before) {
		String overridden = before.overrideStage != null ? before.overrideStage : before.staleOverrideStage;
		if (overridden == null) {
			return;
		}
		String reason = before.overrideStage != null ? before.overrideReason : before.staleOverrideReason;
		boolean sameComputedStage = java.util.Objects.equals(before.computation().headlineStage(),
				computation().headlineStage());
		if (before.overrideStage != null && sameComputedStage) {
			status = Status.OVERRIDDEN;
			overrideStage = overridden;
			overrideReason = reason;
			overrideCarried = true;
			reviewedBy = before.reviewedBy;
			reviewedAt = before.reviewedAt;
		}
		else {
			staleOverrideStage = overridden;
			staleOverrideReason = reason;
		}
	}

	/** The override is withdrawn: this new record stands on the computed stage again. */
	public static StagingRecord withoutOverride(StagingRecord current, int sequence, String by, Instant now) {
		if (current.overrideStage == null && current.staleOverrideStage == null) {
			throw new RefusedTransition("staging.override.none");
		}
		StagingRecord next = new StagingRecord(current.cancerId, sequence, Occasion.OVERRIDE_WITHDRAWN,
				current.computation(), List.of("override withdrawn: " + (current.overrideStage != null
						? current.overrideStage : current.staleOverrideStage)), false, by, now);
		return next;
	}

	public void replace() {
		if (status == Status.PENDING_CONFIRMATION) {
			status = Status.REPLACED;
		}
	}

	public boolean isCurrentCandidate() {
		return status == Status.COMPUTED || status == Status.ACCEPTED || status == Status.OVERRIDDEN;
	}

	public StageComputation computation() {
		return new StageComputation(clinicalT, clinicalN, clinicalM, clinicalStage, pathologicalT, pathologicalN,
				pathologicalM, pathologicalStage, bwhT, bccRisk, slnbAdvice, imagingAdvice, microstagingUncertain,
				why(), ruleVersion, source);
	}

	/** The stage decisions go by: the override when there is one, else the computed headline stage. */
	public String effectiveStage() {
		return overrideStage != null ? overrideStage : computation().headlineStage();
	}

	/** The explanation as codes; a row written before codes holds English sentences, read back as recorded. */
	public List<Explanation> why() {
		return explanation == null || explanation.isEmpty() ? List.of()
				: Explanation.decode(Arrays.asList(explanation.split("\n")));
	}

	public UUID id() {
		return id;
	}

	public UUID cancerId() {
		return cancerId;
	}

	public int sequence() {
		return sequence;
	}

	public Occasion occasion() {
		return occasion;
	}

	public Status status() {
		return status;
	}

	public String changes() {
		return changes;
	}

	public Instant computedAt() {
		return computedAt;
	}

	public String computedBy() {
		return computedBy;
	}

	public Instant reviewedAt() {
		return reviewedAt;
	}

	public String reviewedBy() {
		return reviewedBy;
	}

	public String overrideStage() {
		return overrideStage;
	}

	public String overrideReason() {
		return overrideReason;
	}

	public boolean overrideCarried() {
		return overrideCarried;
	}

	/** An override made on older facts that no longer applies: shown for the clinician to review. */
	public String staleOverrideStage() {
		return staleOverrideStage;
	}

	public String staleOverrideReason() {
		return staleOverrideReason;
	}

	public long version() {
		return version;
	}
}
