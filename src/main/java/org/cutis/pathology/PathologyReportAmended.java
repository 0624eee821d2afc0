package org.cutis.pathology;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.TumourFacts;

/**
 * An addendum was signed; the ordering clinician must review the result again. A structured
 * addendum corrected the findings: {@code facts} are the report's facts as they stand now and
 * {@code changes} says what changed; a text-only addendum has no changes.
 *
 * @param findingsVersion the findings version that stands now (1 = the original)
 */
public record PathologyReportAmended(UUID reportId, UUID addendumId, UUID specimenId, UUID patientId, UUID lesionId,
		ReportSubject subject, TumourFacts facts, int findingsVersion, List<String> changes, String reason,
		Instant signedAt, String signedBy) {

	public PathologyReportAmended {
		changes = changes == null ? List.of() : List.copyOf(changes);
	}

	/** The addendum changed structured facts (not only text). */
	public boolean factsChanged() {
		return !changes.isEmpty();
	}
}
