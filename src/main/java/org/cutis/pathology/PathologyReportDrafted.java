package org.cutis.pathology;

import java.time.Instant;
import java.util.UUID;

/** The first draft of a specimen's report was saved: the specimen is "reported (preliminary)". */
public record PathologyReportDrafted(UUID reportId, UUID specimenId, Instant draftedAt, String draftedBy) {
}
