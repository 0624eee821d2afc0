package org.cutis.pathology;

import java.time.Instant;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;

/**
 * A signed pathology report as other modules list it (the clinic's "results reviewed"): which
 * specimen and lesion, when signed, and the diagnosis it signed out (null when none is coded).
 */
public record SignedReport(UUID id, UUID specimenId, UUID lesionId, Instant signedAt, Diagnosis diagnosis) {
}
