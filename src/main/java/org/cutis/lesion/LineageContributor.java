package org.cutis.lesion;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by every module that hangs records on a lesion (biopsies and specimens, reports,
 * later stages, treatments, Mohs stages, follow-up findings). The lesion page merges them, so
 * the lesion module never depends on the modules that build on it.
 */
public interface LineageContributor {
	List<LineageEntry> lineageOf(UUID lesionId);
}
