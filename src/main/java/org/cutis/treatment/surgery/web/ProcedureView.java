package org.cutis.treatment.surgery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.treatment.surgery.domain.Procedure;

/** A procedure as the API shows it; the details of other kinds are null. */
record ProcedureView(UUID id, String kind, UUID patientId, UUID lesionId, String lesionLabel, UUID cancerId,
		String performedBy, LocalDate performedOn, String complications, String basin, Integer nodesExamined,
		Integer nodesPositive, BigDecimal largestDepositMm, Boolean extranodalExtension, boolean stagingChangeProposed,
		String agent, BigDecimal areaCm2, Integer weeks, Integer cycles, boolean voided, String voidReason,
		long version) {

	static ProcedureView of(Procedure p) {
		return new ProcedureView(p.id(), p.kind().code(), p.patientId(), p.lesionId(), p.lesionLabel(), p.cancerId(),
				p.performedBy(), p.performedOn(), p.complications(), p.basin(), p.nodesExamined(), p.nodesPositive(),
				p.largestDepositMm(), p.extranodalExtension(), p.stagingChangeProposed(),
				p.agent() == null ? null : p.agent().code(), p.areaCm2(), p.weeks(), p.cycles(), p.voided(),
				p.voidReason(), p.version());
	}
}
