package org.cutis.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A visit note was signed. Surveillance counts the visit as done; relapse suspected starts the
 * re-biopsy path (module recurrence).
 *
 * @param cancerId          the cancer the assessment is about (relapse suspected), null otherwise
 * @param suspectedLesionIds the lesions where relapse or a new primary is suspected: the original lesion
 *                          (local recurrence, in-transit) or lesions added at this visit; empty otherwise
 */
public record VisitNoteSigned(UUID visitNoteId, UUID appointmentId, UUID patientId, String clinician,
		LocalDate visitDate, VisitAssessment assessment, UUID cancerId, List<UUID> suspectedLesionIds,
		Instant signedAt) {

	public VisitNoteSigned {
		suspectedLesionIds = suspectedLesionIds == null ? List.of() : List.copyOf(suspectedLesionIds);
	}
}
