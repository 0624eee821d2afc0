package org.cutis.lesion;

import java.time.Instant;
import java.util.List;

/** One step in a lesion's life (biopsy ordered, report signed ...), rendered like a timeline entry. */
public record LineageEntry(Instant at, String messageKey, List<Object> args, String by, String link) {
}
