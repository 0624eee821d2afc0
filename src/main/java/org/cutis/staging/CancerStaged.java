package org.cutis.staging;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A staging record became the current stage of a cancer (computed at diagnosis, accepted,
 * overridden, or a work-up change confirmed). Carries what the tumor board's eligibility rules read.
 *
 * @param stage      the stage decisions go by (override, else pathological, else clinical, else BCC risk)
 * @param ajccT      AJCC T category (melanoma or cSCC head and neck), null if not assigned
 * @param bwhT       BWH T (cSCC), null otherwise
 * @param recurrence this staging was for a recurrence
 */
public record CancerStaged(UUID cancerId, UUID patientId, UUID stagingRecordId, DiagnosisKind kind,
		LocalDate diagnosisDate, String stage, String ajccT, String bwhT, boolean inSitu, boolean recurrence,
		boolean discordant) {
}
