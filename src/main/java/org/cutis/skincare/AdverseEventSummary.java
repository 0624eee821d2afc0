package org.cutis.skincare;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A skin adverse event as other parts of the clinic see it (the recommendation to oncology cites
 * its term, grade and photos).
 *
 * @param term           the CTCAE v5.0 term name ("Rash acneiform")
 * @param status         active | resolved
 * @param grade          the confirmed grade, else the proposal awaiting confirmation
 * @param confirmedGrade null until the clinician confirmed the latest assessment's grade
 * @param photoLinks     the pages' links to each photo (append {@code ?thumbnail=true} for the thumbnail)
 */
public record AdverseEventSummary(UUID id, UUID patientId, String term, LocalDate onsetDate, String status,
		int grade, int proposedGrade, Integer confirmedGrade, LocalDate lastAssessedOn, List<Drug> drugs,
		List<String> photoLinks, boolean voided, String link) {

	/**
	 * @param code        catalogue code, null for a free entry
	 * @param attribution certain | probable | possible | unlikely | unrelated
	 */
	public record Drug(String code, String name, boolean freeEntry, String attribution) {
	}
}
