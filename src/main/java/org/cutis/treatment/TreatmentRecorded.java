package org.cutis.treatment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published by a module when a treatment of a cancer was started or finished (a Mohs case closed,
 * a systemic course started or ended). The treatment plan moves its matching item (same cancer and
 * type) to in progress or done.
 */
public record TreatmentRecorded(UUID cancerId, TreatmentType type, LocalDate on, boolean finished, String by,
		String link) {
}
