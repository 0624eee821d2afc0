package org.cutis.treatment.surgery.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cutis.rules.common.Explanation;
import org.cutis.treatment.surgery.domain.Excision;
import org.cutis.treatment.surgery.domain.MarginProposal;

/** An excision as the API shows it; the proposal's explanation in the language asked for. */
record ExcisionView(UUID id, UUID cancerId, UUID patientId, UUID lesionId, String lesionLabel, String type,
		String surgeon, LocalDate performedOn, Margin plannedMargin, ProposalView proposal, String narrowerReason,
		String complications, UUID specimenId, String specimenAccession, String status, Histology margins,
		String voidReason, long version) {

	record Margin(BigDecimal value, String unit, BigDecimal mm) {
	}

	/** @param value "1 cm", "1-2 cm", null without a proposal */
	record ProposalView(String value, BigDecimal minCm, BigDecimal maxCm, String ruleSet, String source,
			List<String> explanation) {
		static ProposalView of(MarginProposal p, Locale locale) {
			return new ProposalView(p.label(), p.minCm(), p.maxCm(), p.ruleSet(), p.source(),
					Explanation.render(p.why(), locale));
		}
	}

	record Histology(Boolean peripheralInvolved, BigDecimal peripheralMm, Boolean deepInvolved, BigDecimal deepMm,
			boolean deepTransected, Boolean clear, UUID reportId, Instant signedAt) {
	}

	static ExcisionView of(Excision e, Locale locale) {
		Histology histology = e.status() == Excision.Status.AWAITING_PATHOLOGY || e.reportId() == null ? null
				: new Histology(e.peripheralInvolved(), e.peripheralMm(), e.deepInvolved(), e.deepMm(),
						e.deepTransected(), e.marginsClear(), e.reportId(), e.marginsSignedAt());
		return new ExcisionView(e.id(), e.cancerId(), e.patientId(), e.lesionId(), e.lesionLabel(),
				e.treatmentType().code(), e.surgeon(), e.performedOn(),
				new Margin(e.plannedMargin(), e.marginUnit().code(), e.plannedMarginMm()),
				ProposalView.of(e.proposal(), locale), e.narrowerReason(), e.complications(), e.specimenId(),
				e.specimenAccession(), e.status().code(), histology, e.voidReason(), e.version());
	}
}
