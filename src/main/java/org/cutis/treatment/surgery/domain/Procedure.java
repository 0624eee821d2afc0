package org.cutis.treatment.surgery.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.RefusedTransition;

/**
 * One procedure done on a lesion (and its cancer, when it has one): one record type for every
 * kind, with the details of its kind. Done when recorded; never deleted, voided with a reason.
 */
@Entity
@Table(name = "surgery_procedure")
public class Procedure {
	@Id
	private UUID id;
	@Enumerated(EnumType.STRING)
	private ProcedureKind kind;
	private UUID patientId;
	private UUID lesionId;
	private String lesionLabel;
	private UUID cancerId;
	private String performedBy;
	private LocalDate performedOn;
	private String complications;
	private String basin;
	private Integer nodesExamined;
	private Integer nodesPositive;
	private BigDecimal largestDepositMm;
	private Boolean extranodalExtension;
	@Enumerated(EnumType.STRING)
	private TopicalAgent agent;
	private BigDecimal areaCm2;
	private Integer weeks;
	private Integer cycles;
	private boolean stagingChangeProposed;
	/** The staging work-up order holding this nodal result; null for other kinds (and older records). */
	private UUID workupOrderId;
	private String recordedBy;
	private Instant recordedAt;
	private String voidReason;
	private String voidedBy;
	private Instant voidedAt;
	@Version
	private long version;

	protected Procedure() {
	}

	public Procedure(UUID patientId, UUID lesionId, String lesionLabel, ProcedureDetails details, LocalDate today,
			String by, Instant now) {
		details.validate(today);
		this.id = UUID.randomUUID();
		this.kind = details.parsedKind();
		this.patientId = patientId;
		this.lesionId = lesionId;
		this.lesionLabel = lesionLabel;
		this.cancerId = details.cancerId();
		this.performedBy = details.performedBy();
		this.performedOn = details.performedOn();
		this.complications = details.complications();
		if (kind.nodal()) {
			this.basin = details.basin();
			this.nodesExamined = details.nodesExamined();
			this.nodesPositive = details.nodesPositive();
			this.largestDepositMm = details.largestDepositMm();
			this.extranodalExtension = Boolean.TRUE.equals(details.extranodalExtension());
		}
		if (kind == ProcedureKind.TOPICAL_FIELD_THERAPY) {
			this.agent = details.parsedAgent();
			this.areaCm2 = details.areaCm2();
			this.weeks = details.weeks();
		}
		this.cycles = details.cycles();
		this.recordedBy = by;
		this.recordedAt = now;
	}

	/** Staging proposed a change from this nodal result, waiting for the clinician's confirmation. */
	public void stagingChangeProposed(boolean proposed) {
		this.stagingChangeProposed = proposed;
	}

	/** The nodal result went to staging on this work-up order. */
	public void fedStaging(UUID workupOrderId, boolean changeProposed) {
		this.workupOrderId = workupOrderId;
		this.stagingChangeProposed = changeProposed;
	}

	public void changeComplications(String text, long expectedVersion) {
		requireVersion(expectedVersion);
		requireNotVoided();
		this.complications = ProcedureDetails.complications(text);
	}

	/**
	 * Voided with a reason. A nodal result that fed staging is withdrawn from it by the caller
	 * (see {@link #fedStagingOn()}); an older record without its order says so on its page.
	 */
	public void voidRecord(String reason, long expectedVersion, String by, Instant now) {
		requireVersion(expectedVersion);
		requireNotVoided();
		this.voidReason = ProcedureDetails.requireReason(reason);
		this.voidedBy = by;
		this.voidedAt = now;
	}

	private void requireVersion(long expected) {
		if (expected != version) {
			throw new ConcurrentEdit("procedure", Map.of());
		}
	}

	private void requireNotVoided() {
		if (voided()) {
			throw new RefusedTransition("surgery.voided");
		}
	}

	public boolean voided() {
		return voidedAt != null;
	}

	public UUID id() { return id; }
	public ProcedureKind kind() { return kind; }
	public UUID patientId() { return patientId; }
	public UUID lesionId() { return lesionId; }
	public String lesionLabel() { return lesionLabel; }
	public UUID cancerId() { return cancerId; }
	public String performedBy() { return performedBy; }
	public LocalDate performedOn() { return performedOn; }
	public String complications() { return complications; }
	public String basin() { return basin; }
	public Integer nodesExamined() { return nodesExamined; }
	public Integer nodesPositive() { return nodesPositive; }
	public BigDecimal largestDepositMm() { return largestDepositMm; }
	public Boolean extranodalExtension() { return extranodalExtension; }
	public TopicalAgent agent() { return agent; }
	public BigDecimal areaCm2() { return areaCm2; }
	public Integer weeks() { return weeks; }
	public Integer cycles() { return cycles; }
	public boolean stagingChangeProposed() { return stagingChangeProposed; }
	/** The work-up order holding the nodal result this record fed to staging, if any. */
	public java.util.Optional<UUID> fedStagingOn() { return java.util.Optional.ofNullable(workupOrderId); }
	public String recordedBy() { return recordedBy; }
	public Instant recordedAt() { return recordedAt; }
	public String voidReason() { return voidReason; }
	public String voidedBy() { return voidedBy; }
	public Instant voidedAt() { return voidedAt; }
	public long version() { return version; }
}
