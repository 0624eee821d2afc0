package org.cutis.staging;

import java.time.Instant;
import java.util.UUID;

import org.cutis.shared.Message;

/**
 * A work-up order with its result (imaging, SLNB, LDH) as other modules list it (the clinic's
 * "results reviewed"): the cancer it stages, the kind's code ({@code staging.workup.kind.*}), when
 * the result was recorded and the result as a message in the reader's language.
 */
public record ResultedWorkup(UUID id, UUID cancerId, String kind, Instant resultAt, Message result) {
}
