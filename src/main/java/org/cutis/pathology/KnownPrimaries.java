package org.cutis.pathology;

import java.util.UUID;

/**
 * Whether a cancer diagnosis is a melanoma primary of the patient, so a metastasis report is
 * filed under a primary that exists. Implemented by the staging module, which owns cancers (it
 * depends on pathology, not the other way round).
 */
public interface KnownPrimaries {
	boolean isMelanomaPrimaryOf(UUID cancerId, UUID patientId);
}
