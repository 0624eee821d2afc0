package org.cutis.recurrence.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.StaffNames;
import org.cutis.recurrence.domain.Recurrence;
import org.cutis.recurrence.domain.RecurrenceCorrection;

/**
 * A recurrence in the API: extent (local | regional | distant) and whether the clinician confirmed
 * it, the detection date, basis (biopsy | clinical), the re-biopsy behind it, who recorded and
 * confirmed it (login id and name with department), and its corrections with their reasons.
 */
record RecurrenceView(UUID id, UUID cancerId, UUID patientId, String extent, boolean extentConfirmed,
		LocalDate detectedOn, String basis, String detail, UUID workupId, UUID specimenId, UUID reportId,
		String recordedBy, String recordedByName, Instant recordedAt, String confirmedBy, String confirmedByName,
		Instant confirmedAt, long version, List<Correction> corrections) {

	record Correction(String extentBefore, String extentAfter, LocalDate detectedOnBefore, LocalDate detectedOnAfter,
			String reason, String correctedBy, String correctedByName, Instant correctedAt) {
	}

	static RecurrenceView of(Recurrence r, List<RecurrenceCorrection> corrections, StaffNames names) {
		return new RecurrenceView(r.id(), r.cancerId(), r.patientId(), r.extent().code(), r.extentConfirmed(),
				r.detectedOn(), r.basis(), r.detail(), r.workupId(), r.specimenId(), r.reportId(), r.recordedBy(),
				names.label(r.recordedBy()), r.recordedAt(), r.confirmedBy(), names.label(r.confirmedBy()),
				r.confirmedAt(), r.version(),
				corrections.stream()
					.map(c -> new Correction(c.extentBefore().code(), c.extentAfter().code(), c.detectedOnBefore(),
							c.detectedOnAfter(), c.reason(), c.correctedBy(), names.label(c.correctedBy()),
							c.correctedAt()))
					.toList());
	}
}
