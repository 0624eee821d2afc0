package org.cutis.treatment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.clinical.TumourFacts;
import org.cutis.rules.common.Explanation;
import org.cutis.staging.DiagnosisKind;
import org.cutis.treatment.surgery.application.MarginAdvice;
import org.cutis.treatment.surgery.domain.Excision;
import org.cutis.treatment.surgery.domain.ExcisionDetails;
import org.cutis.treatment.surgery.domain.MarginProposal;

/**
 * The surgery module's excision record made in memory, exactly as {@code SurgeryRecords.recordExcision}
 * makes it (the rules' margin proposal from the cancer's combined facts, the details validated, the
 * planned margin kept with its unit) and as {@code PathologyToExcision} completes it when the
 * specimen's report is signed (the histological margins copied, the excision done): the same entity
 * and rules, without a database. For a bulk loader that writes the rows itself (the synthetic
 * center's generator, with COPY), as {@code staging.StagingAtDiagnosis} is for staging; the loader
 * gives the ids and orders the re-excision specimen itself.
 */
public final class ExcisionAtOperation {
	private final Excision excision;
	private final MarginProposal proposal;

	private ExcisionAtOperation(Excision excision, MarginProposal proposal) {
		this.excision = excision;
		this.proposal = proposal;
	}

	/** The cancer excised, its facts combined over its specimens so far, and what the surgeon recorded. */
	public record Operated(UUID cancerId, UUID patientId, UUID lesionId, String lesionLabel, DiagnosisKind kind,
			boolean inSitu, BigDecimal breslowMm, String surgeon, LocalDate performedOn, BigDecimal plannedMargin,
			String marginUnit, String narrowerReason) {
	}

	/**
	 * The excision as recorded on {@code recordedAt}'s day by {@code by}: awaiting pathology.
	 *
	 * @throws org.cutis.shared.InvalidInput as the form would refuse it (a narrower margin without a reason)
	 */
	public static ExcisionAtOperation recorded(Operated o, String by, Instant recordedAt, LocalDate today) {
		MarginProposal proposal = MarginAdvice.of(o.kind(), o.inSitu(), o.breslowMm());
		Excision excision = new Excision(
				new Excision.Cancer(o.cancerId(), o.patientId(), o.lesionId(), o.lesionLabel(), o.kind().code()),
				new ExcisionDetails(o.surgeon(), o.performedOn(), o.plannedMargin(), o.marginUnit(), o.narrowerReason(),
						null),
				proposal, today, by, recordedAt);
		return new ExcisionAtOperation(excision, proposal);
	}

	/** The signed report of the specimen brings its margins back; the excision is done. */
	public void marginsReturned(UUID reportId, TumourFacts.Margins margins, String signedBy, Instant signedAt) {
		excision.marginsReturned(reportId, margins, signedBy, signedAt);
	}

	public TreatmentType treatmentType() { return excision.treatmentType(); }
	public String cancerKind() { return excision.cancerKind(); }
	public BigDecimal plannedMargin() { return excision.plannedMargin(); }
	/** As the column keeps it (the enum's name). */
	public String marginUnit() { return excision.marginUnit().name(); }
	public BigDecimal plannedMarginMm() { return excision.plannedMarginMm(); }
	/** "1 cm", "4 mm": as the requisition and the audit line say it. */
	public String plannedMarginText() { return excision.plannedMarginText(); }
	public BigDecimal proposedMinCm() { return excision.proposal().minCm(); }
	public BigDecimal proposedMaxCm() { return excision.proposal().maxCm(); }
	public String proposalRuleSet() { return excision.proposal().ruleSet(); }
	public String proposalSource() { return excision.proposal().source(); }
	/** The explanation as the column keeps it (message codes, one encoded line each). */
	public String proposalExplanation() { return Explanation.encode(proposal.why()); }
	public String narrowerReason() { return excision.narrowerReason(); }
	/** As the column keeps it (the enum's name). */
	public String status() { return excision.status().name(); }
	public UUID reportId() { return excision.reportId(); }
	public Boolean peripheralInvolved() { return excision.peripheralInvolved(); }
	public BigDecimal peripheralMm() { return excision.peripheralMm(); }
	public Boolean deepInvolved() { return excision.deepInvolved(); }
	public BigDecimal deepMm() { return excision.deepMm(); }
	public boolean deepTransected() { return excision.deepTransected(); }
	public Instant marginsSignedAt() { return excision.marginsSignedAt(); }
	public String marginsSignedBy() { return excision.marginsSignedBy(); }
	/** Clear when neither margin is involved; null before the report. */
	public Boolean marginsClear() { return excision.marginsClear(); }
}
