package org.cutis.oncology;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a systemic therapy course is started, with the regimen as the oncologist named it,
 * for modules that act on the drugs a patient starts (the skin-care clinic proposes pre-emptive skin
 * care for EGFR inhibitors). {@code regimenCode} is the catalogue's code ("cetuximab",
 * "ipilimumab-nivolumab"), or null for a free entry.
 */
public record SystemicCourseStarted(UUID courseId, UUID cancerId, UUID patientId, String regimenCode,
		String regimenName, LocalDate startDate, String by) {
}
