package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What was put before the board, and why: the cancer or lesion (and the discordant report), the
 * rule or question that brought it, the stage it had, the correlation, the presenter's details,
 * and the rules its staging has met since. {@link BoardCase} carries it through the meeting's
 * list; the columns are the case's own ({@code board_case}), this only groups them.
 */
@MappedSuperclass
public abstract class ProposedCase {
	@Id
	private UUID id;
	private UUID cancerId;
	private UUID lesionId;
	private UUID reportId;
	private UUID patientId;
	@Enumerated(EnumType.STRING)
	private EligibilityReason reason;
	private LocalDate diagnosisDate;
	private String stageAtProposal;
	@Embedded
	private Correlation correlation;
	private String question;
	private Integer ecog;
	private String priorTreatments;
	private boolean needsPlasticSurgery;
	private boolean needsRadiationOncology;
	private Instant proposedAt;
	private String proposedBy;
	/** The rules the staging met when the case was proposed or restaged, as codes ("melanoma-stage recurrence"). */
	private String reasonsMet;

	protected ProposedCase() {
	}

	ProposedCase(UUID cancerId, UUID lesionId, UUID reportId, UUID patientId, EligibilityReason reason,
			LocalDate diagnosisDate, String stage, Correlation correlation, String by, Instant now) {
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
		this.proposedAt = now;
		this.proposedBy = by;
	}

	/** The presenter's details, added to what the case has: blanks keep what is there, a department once needed stays. */
	void addDetails(String question, Integer ecog, String priorTreatments, boolean plasticSurgery,
			boolean radiationOncology) {
		CaseListingRules.checkEcog(ecog);
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

	/** A merged proposal's correlation, when this case came without one. */
	void adoptCorrelation(Correlation other) {
		if (correlation == null) {
			correlation = other;
		}
	}

	/**
	 * The cancer restaged while the case waits: the reason it waits for, and with a new reason the
	 * stage it is proposed on (see {@link EligibilityReason#afterRestaging}).
	 *
	 * @return whether the reason changed
	 */
	boolean restage(String stage, boolean recurrence) {
		EligibilityReason after = reason.afterRestaging(recurrence);
		if (after == reason) {
			return false;
		}
		reason = after;
		stageAtProposal = stage;
		return true;
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
	public boolean concernsSameTumourAs(ProposedCase other) {
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
		ReasonsMet known = ReasonsMet.of(reasonsMet);
		if (known.containsAll(reasons)) {
			return false;
		}
		reasonsMet = known.with(reasons).codes();
		return true;
	}

	/** Whether the board already has this rule before it through this case (its reason, or a rule met since). */
	public boolean knowsReason(EligibilityReason rule) {
		return reason == rule || ReasonsMet.of(reasonsMet).contains(rule);
	}

	public UUID id() {
		return id;
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

	public Instant proposedAt() {
		return proposedAt;
	}

	public String proposedBy() {
		return proposedBy;
	}
}
