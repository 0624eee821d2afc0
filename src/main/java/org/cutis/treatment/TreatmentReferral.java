package org.cutis.treatment;

import java.util.UUID;

import org.cutis.identity.Department;

/**
 * Published when a treatment calls for another department (a Mohs defect referred to plastic
 * surgery for reconstruction): the treatment plan of the cancer gains an item for that department,
 * which reaches its worklist.
 *
 * @param reason a message key saying why (shown on the plan item)
 */
public record TreatmentReferral(UUID cancerId, TreatmentType type, Department department, String reason,
		String requestedBy, String link) {
}
