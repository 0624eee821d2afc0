package org.cutis.biopsy;

import java.time.Instant;
import java.util.UUID;

/** A specimen reached pathology and was checked against its requisition. */
public record SpecimenReceived(UUID specimenId, String accession, UUID patientId, UUID lesionId, Instant receivedAt,
		String receivedBy) {
}
