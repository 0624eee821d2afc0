package org.cutis.patient;

import java.time.Instant;
import java.util.List;

/**
 * One event in a patient's chart timeline. {@code messageKey} and {@code args} render it in the
 * reader's language; {@code link} points to the record it concerns.
 */
public record TimelineEntry(Instant at, String messageKey, List<Object> args, String by, String link) {
}
