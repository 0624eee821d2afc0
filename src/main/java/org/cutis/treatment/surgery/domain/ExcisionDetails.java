package org.cutis.treatment.surgery.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * What the surgeon records of an excision: who operated (the responsible physician), when, the
 * planned clinical margin with its unit, the reason for a margin narrower than the rules propose,
 * complications.
 */
public record ExcisionDetails(String surgeon, LocalDate performedOn, BigDecimal plannedMargin, String marginUnit,
		String narrowerReason, String complications) {
	/** The widest margin Cutis accepts (and the biopsy requisition carries): 5 cm. */
	public static final BigDecimal MAX_MARGIN_MM = new BigDecimal("50");

	public ExcisionDetails {
		surgeon = blankToNull(surgeon);
		narrowerReason = blankToNull(narrowerReason);
		complications = blankToNull(complications);
		marginUnit = blankToNull(marginUnit);
	}

	public MarginUnit unit() {
		return MarginUnit.fromCode(marginUnit);
	}

	/** The planned margin in millimetres, null when it cannot be read. */
	public BigDecimal plannedMm() {
		return plannedMargin == null || unit() == null ? null : unit().toMm(plannedMargin);
	}

	/**
	 * Every problem at once. A planned margin narrower than the smallest margin the rules propose
	 * is accepted only with a reason (a functional site, the patient's choice), which is kept with
	 * the proposal and its explanation.
	 */
	public void validate(LocalDate today, MarginProposal proposal) {
		List<FieldProblem> problems = new ArrayList<>();
		if (surgeon == null) {
			problems.add(new FieldProblem("surgeon", "error.field.required"));
		}
		ProcedureDetails.checkDate("performedOn", performedOn, today, problems);
		if (marginUnit == null) {
			problems.add(new FieldProblem("marginUnit", "error.field.required"));
		}
		else if (unit() == null) {
			problems.add(new FieldProblem("marginUnit", "error.field.oneOf", "mm, cm"));
		}
		if (plannedMargin == null) {
			problems.add(new FieldProblem("plannedMargin", "error.field.required"));
		}
		else if (unit() != null && (plannedMargin.signum() <= 0 || plannedMm().compareTo(MAX_MARGIN_MM) > 0)) {
			problems.add(new FieldProblem("plannedMargin", "surgery.margin.range", "50 mm", "5 cm"));
		}
		else if (unit() != null && proposal != null && proposal.proposed() && plannedMm().compareTo(proposal.minMm()) < 0
				&& narrowerReason == null) {
			problems.add(new FieldProblem("narrowerReason", "surgery.margin.narrowerNeedsReason",
					plannedMargin.stripTrailingZeros().toPlainString() + " " + marginUnit, proposal.label()));
		}
		ProcedureDetails.checkLength("narrowerReason", narrowerReason, 1000, problems);
		ProcedureDetails.checkLength("complications", complications, 2000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/** Whether the planned margin is narrower than the rules' smallest. */
	public boolean narrowerThan(MarginProposal proposal) {
		return proposal != null && proposal.proposed() && plannedMm() != null
				&& plannedMm().compareTo(proposal.minMm()) < 0;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
