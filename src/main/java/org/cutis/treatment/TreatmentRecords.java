package org.cutis.treatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.treatment.plan.application.TreatmentPlanning;
import org.cutis.treatment.surgery.application.SurgeryRecords;
import org.cutis.treatment.surgery.domain.ExcisionDetails;

import org.springframework.stereotype.Component;

/**
 * For other modules (the demonstration center): the plan made from a board case's signed
 * recommendation, and a wide local excision, as the current user (the treating clinician)
 * records them on the pages.
 */
@Component
public class TreatmentRecords {
	private final TreatmentPlanning planning;
	private final SurgeryRecords surgery;

	TreatmentRecords(TreatmentPlanning planning, SurgeryRecords surgery) {
		this.planning = planning;
		this.surgery = surgery;
	}

	/** The plan of the board case's signed recommendation, its items with their usual departments; its id. */
	public UUID planFromBoard(UUID boardCaseId) {
		return planning.createFromBoardCase(boardCaseId, null).id();
	}

	/** A wide local excision of the cancer's lesion; its re-excision specimen is ordered. Returns its id. */
	public UUID wideExcision(UUID cancerId, String surgeon, LocalDate performedOn, BigDecimal plannedMargin,
			String marginUnit) {
		return surgery.recordExcision(cancerId,
				new ExcisionDetails(surgeon, performedOn, plannedMargin, marginUnit, null, null)).id();
	}
}
