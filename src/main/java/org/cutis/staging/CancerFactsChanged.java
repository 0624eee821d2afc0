package org.cutis.staging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The evidence of a cancer changed: a structured addendum, a new specimen of it, a work-up result
 * or the clinician's findings. Whatever was decided on the earlier facts (a tumor board discussion)
 * needs a look; {@code changes} says what changed, for the coordinator.
 *
 * @param source  addendum | specimen | workup-result | clinical-findings | correlation
 * @param changes what changed, as "field: before → after" lines
 */
public record CancerFactsChanged(UUID cancerId, UUID patientId, String source, List<String> changes, Instant at) {
	public CancerFactsChanged {
		changes = changes == null ? List.of() : List.copyOf(changes);
	}
}
