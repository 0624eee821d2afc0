package org.cutis.treatment.surgery.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.clinical.TumourFacts;
import org.cutis.rules.common.Explanation;
import org.cutis.shared.RefusedTransition;
import org.cutis.treatment.TreatmentType;

/**
 * The excision of a cancer with margins: the margin the rules proposed and its explanation, the
 * surgeon's planned margin (and the reason when it is narrower), the re-excision specimen sent to
 * pathology, and the histological margins its signed report brings back, which make the excision
 * done. Never deleted: voided with a reason.
 */
@Entity
@Table(name = "surgery_excision")
public class Excision {
	public enum Status {
		/** Operated; the specimen's signed report has not come back yet. */
		AWAITING_PATHOLOGY,
		/** The signed report's margins are on the record. */
		DONE, VOIDED;

		public String code() {
			return name().toLowerCase().replace('_', '-');
		}
	}

	@Id
	private UUID id;
	private UUID cancerId;
	private UUID patientId;
	private UUID lesionId;
	private String lesionLabel;
	private String cancerKind;
	@Enumerated(EnumType.STRING)
	private TreatmentType treatmentType;
	private String surgeon;
	private LocalDate performedOn;
	private BigDecimal plannedMargin;
	@Enumerated(EnumType.STRING)
	private MarginUnit marginUnit;
	private BigDecimal plannedMarginMm;
	private BigDecimal proposedMinCm;
	private BigDecimal proposedMaxCm;
	private String proposalRuleSet;
	private String proposalSource;
	private String proposalExplanation;
	private String narrowerReason;
	private String complications;
	private UUID specimenId;
	private String specimenAccession;
	@Enumerated(EnumType.STRING)
	private Status status;
	private UUID reportId;
	private Boolean peripheralInvolved;
	private BigDecimal peripheralMm;
	private Boolean deepInvolved;
	private BigDecimal deepMm;
	private boolean deepTransected;
	private Instant marginsSignedAt;
	private String marginsSignedBy;
	private String recordedBy;
	private Instant recordedAt;
	private String voidReason;
	private String voidedBy;
	private Instant voidedAt;
	@Version
	private long version;

	protected Excision() {
	}

	/** The cancer being excised, as the record keeps it. */
	public record Cancer(UUID cancerId, UUID patientId, UUID lesionId, String lesionLabel, String kind) {
	}

	public Excision(Cancer cancer, ExcisionDetails details, MarginProposal proposal, LocalDate today, String by,
			Instant now) {
		details.validate(today, proposal);
		this.id = UUID.randomUUID();
		this.cancerId = cancer.cancerId();
		this.patientId = cancer.patientId();
		this.lesionId = cancer.lesionId();
		this.lesionLabel = cancer.lesionLabel();
		this.cancerKind = cancer.kind();
		this.treatmentType = "melanoma".equals(cancer.kind()) ? TreatmentType.WIDE_LOCAL_EXCISION
				: TreatmentType.EXCISION;
		this.surgeon = details.surgeon();
		this.performedOn = details.performedOn();
		this.plannedMargin = details.plannedMargin();
		this.marginUnit = details.unit();
		this.plannedMarginMm = details.plannedMm();
		if (proposal != null) {
			this.proposedMinCm = proposal.minCm();
			this.proposedMaxCm = proposal.maxCm();
			this.proposalRuleSet = proposal.ruleSet();
			this.proposalSource = proposal.source();
			this.proposalExplanation = Explanation.encode(proposal.why());
		}
		this.narrowerReason = details.narrowerThan(proposal) ? details.narrowerReason() : null;
		this.complications = details.complications();
		this.status = Status.AWAITING_PATHOLOGY;
		this.recordedBy = by;
		this.recordedAt = now;
	}

	/** The re-excision specimen ordered for this excision. */
	public void specimen(UUID specimenId, String accession) {
		this.specimenId = specimenId;
		this.specimenAccession = accession;
	}

	/**
	 * The signed report of the specimen (or its structured addendum) brings the histological margins
	 * back. Returns whether the excision became done now (a later version only corrects the margins).
	 */
	public boolean marginsReturned(UUID reportId, TumourFacts.Margins margins, String signedBy, Instant signedAt) {
		if (status == Status.VOIDED) {
			return false;
		}
		boolean first = status == Status.AWAITING_PATHOLOGY;
		this.reportId = reportId;
		this.peripheralInvolved = margins.peripheralInvolved();
		this.peripheralMm = margins.peripheralMm();
		this.deepInvolved = margins.deepInvolved();
		this.deepMm = margins.deepMm();
		this.deepTransected = margins.deepTransected();
		this.marginsSignedBy = signedBy;
		this.marginsSignedAt = signedAt;
		this.status = Status.DONE;
		return first;
	}

	public void changeComplications(String text, long expectedVersion) {
		requireVersion(expectedVersion);
		requireNotVoided();
		this.complications = ProcedureDetails.complications(text);
	}

	public void voidRecord(String reason, long expectedVersion, String by, Instant now) {
		requireVersion(expectedVersion);
		requireNotVoided();
		this.voidReason = ProcedureDetails.requireReason(reason);
		this.voidedBy = by;
		this.voidedAt = now;
		this.status = Status.VOIDED;
	}

	private void requireVersion(long expected) {
		if (expected != version) {
			throw new org.cutis.shared.ConcurrentEdit("excision", java.util.Map.of());
		}
	}

	private void requireNotVoided() {
		if (status == Status.VOIDED) {
			throw new RefusedTransition("surgery.voided");
		}
	}

	/** Clear when neither margin is involved (as far as the report says). */
	public Boolean marginsClear() {
		if (status != Status.DONE || peripheralInvolved == null && deepInvolved == null) {
			return null;
		}
		return !Boolean.TRUE.equals(peripheralInvolved) && !Boolean.TRUE.equals(deepInvolved) && !deepTransected;
	}

	public List<Explanation> proposalWhy() {
		return proposalExplanation == null || proposalExplanation.isEmpty() ? List.of()
				: Explanation.decode(Arrays.asList(proposalExplanation.split("\n")));
	}

	/** The proposal as it was when the excision was recorded. */
	public MarginProposal proposal() {
		return new MarginProposal(proposedMinCm, proposedMaxCm, proposalWhy(), proposalRuleSet, proposalSource);
	}

	public boolean voided() {
		return status == Status.VOIDED;
	}

	public UUID id() { return id; }
	public UUID cancerId() { return cancerId; }
	public UUID patientId() { return patientId; }
	public UUID lesionId() { return lesionId; }
	public String lesionLabel() { return lesionLabel; }
	public String cancerKind() { return cancerKind; }
	public TreatmentType treatmentType() { return treatmentType; }
	public String surgeon() { return surgeon; }
	public LocalDate performedOn() { return performedOn; }
	public BigDecimal plannedMargin() { return plannedMargin; }
	public MarginUnit marginUnit() { return marginUnit; }
	public BigDecimal plannedMarginMm() { return plannedMarginMm; }
	public String narrowerReason() { return narrowerReason; }
	public String complications() { return complications; }
	public UUID specimenId() { return specimenId; }
	public String specimenAccession() { return specimenAccession; }
	public Status status() { return status; }
	public UUID reportId() { return reportId; }
	public Boolean peripheralInvolved() { return peripheralInvolved; }
	public BigDecimal peripheralMm() { return peripheralMm; }
	public Boolean deepInvolved() { return deepInvolved; }
	public BigDecimal deepMm() { return deepMm; }
	public boolean deepTransected() { return deepTransected; }
	public Instant marginsSignedAt() { return marginsSignedAt; }
	public String marginsSignedBy() { return marginsSignedBy; }
	public String recordedBy() { return recordedBy; }
	public Instant recordedAt() { return recordedAt; }
	public String voidReason() { return voidReason; }
	public String voidedBy() { return voidedBy; }
	public Instant voidedAt() { return voidedAt; }
	public long version() { return version; }

	/** "10 mm", "1 cm": the planned margin as the surgeon stated it. */
	public String plannedMarginText() {
		return plannedMargin.stripTrailingZeros().toPlainString() + " " + marginUnit.code();
	}
}
