package org.cutis.patient;

import java.util.UUID;

/** A patient was registered. Ids only: listeners look up what they need. */
public record PatientRegistered(UUID patientId, String mrn) {
}
