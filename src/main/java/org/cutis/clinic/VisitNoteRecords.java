package org.cutis.clinic;

import java.util.List;
import java.util.UUID;

/**
 * Visit notes for other modules (the demonstration center), with the same checks, signature,
 * audit and {@link VisitNoteSigned} event as the page and the API.
 */
public interface VisitNoteRecords {

	/**
	 * Writes and signs the note of the appointment in one step: every lesion of the patient reviewed
	 * (the suspected ones as changed, with {@code suspectedChange} saying how; the others unchanged), signed
	 * with the doctor's password.
	 *
	 * @return the note's id
	 */
	UUID writeAndSign(UUID appointmentId, String intervalHistory, VisitAssessment assessment, UUID cancerId,
			List<UUID> suspectedLesionIds, String suspectedChange, String resultsReviewed, String plan, String password);
}
