package org.cutis.recurrence.domain;

import org.cutis.clinical.TumourFacts;
import org.cutis.recurrence.RecurrenceExtent;

/**
 * Where a malignant re-biopsy says the cancer came back, for the clinician to confirm: the report's
 * metastasis when it names one (distant → distant; in-transit, satellite, nodal → regional), else the
 * lesion: the cancer's own lesion is a local recurrence, a new lesion near it regional (in-transit).
 */
public final class ExtentProposal {
	private ExtentProposal() {
	}

	public static RecurrenceExtent of(TumourFacts facts, boolean originalLesion) {
		if (facts != null && facts.metastasis() != null) {
			return switch (facts.metastasis().type()) {
				case DISTANT -> RecurrenceExtent.DISTANT;
				case IN_TRANSIT, SATELLITE, NODAL -> RecurrenceExtent.REGIONAL;
			};
		}
		return originalLesion ? RecurrenceExtent.LOCAL : RecurrenceExtent.REGIONAL;
	}
}
