package org.cutis.tumorboard;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The day a cancer's first treatment began, for the board's "discussed before first treatment"
 * metric. Declared here and implemented by the treatment module (which builds on the board), so
 * the board reads treatment dates without depending on treatment. Absent when no module records
 * treatments: the metric then counts cases discussed at all.
 */
public interface FirstTreatments {
	Optional<LocalDate> firstTreatmentOf(UUID cancerId);
}
