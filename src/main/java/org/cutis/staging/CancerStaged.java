package org.cutis.staging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;

/**
 * A staging record became the current stage of a cancer (computed at diagnosis, restaged from new
 * evidence, accepted, overridden, or a work-up change confirmed). Carries what the tumor board's
 * eligibility rules read and what changed against the stage before, so a case already discussed
 * can be brought back with the reason.
 *
 * @param diagnosis         the coded diagnosis of the primary (Merkel cell carcinoma, DFSP ... are kind OTHER)
 * @param stage             the stage decisions go by: the override, else the computed headline stage
 *                          (pathological, else clinical, else the BCC risk group); null when none could be computed
 * @param clinicalStage     AJCC clinical stage group, null when not computed
 * @param pathologicalStage AJCC pathological stage group, null when not computed (e.g. pNX)
 * @param ajccT             AJCC T with its prefix ({@code pT1b}, {@code pTX}), null when not assigned
 * @param bwhT              BWH T (cSCC), null otherwise
 * @param recurrence        this staging was for a recurrence
 * @param discordant        the clinicopathological correlation of a report of this cancer is discordant
 * @param changes           what changed against the previous current stage ("pN: NX → N1a"), empty for the first
 */
public record CancerStaged(UUID cancerId, UUID patientId, UUID lesionId, UUID stagingRecordId, DiagnosisKind kind,
		Diagnosis diagnosis, LocalDate diagnosisDate, String stage, String clinicalStage, String pathologicalStage,
		String ajccT, String bwhT, boolean inSitu, boolean recurrence, boolean discordant, List<String> changes) {

	public CancerStaged {
		changes = changes == null ? List.of() : List.copyOf(changes);
	}

	/** T could not be computed (TX or not assigned): the stage is indeterminate, not low. */
	public boolean tIndeterminate() {
		return ajccT == null || ajccT.endsWith("TX");
	}
}
