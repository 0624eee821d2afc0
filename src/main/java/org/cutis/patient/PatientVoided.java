package org.cutis.patient;

import java.util.UUID;

/** A registration was voided (registered in error, duplicate). Modules close what hangs on it. */
public record PatientVoided(UUID patientId, String reason) {
}
