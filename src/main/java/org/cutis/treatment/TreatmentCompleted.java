package org.cutis.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;

/**
 * Every item of a cancer's treatment plan is done or cancelled: the treatment summary is
 * composed, and follow-up planning assigns the follow-up from the physicians who treated.
 *
 * @param responsible each physician who gave a treatment (or, where none was named, the department)
 * @param planId      the completed plan
 */
public record TreatmentCompleted(UUID cancerId, UUID patientId, List<Responsible> responsible, LocalDate completedOn,
		UUID planId) {

	/**
	 * @param username null when the department gave the treatment without a named physician
	 * @param type     what this physician gave (follow-up goes to the surgeon after surgery); null when unknown
	 */
	public record Responsible(String username, Department department, TreatmentType type) {
	}
}
