package org.cutis.lesion;

import java.time.LocalDate;
import java.util.UUID;

/** A photo another module may cite (the biopsy requisition attaches one by reference). */
public record PhotoReference(UUID id, UUID lesionId, LocalDate takenOn, String kind) {
}
