package org.cutis.lesion;

import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;

/**
 * Implemented by every module that hangs records on a lesion (biopsies and specimens, reports,
 * later stages, treatments, Mohs stages, follow-up findings). The lesion page merges them, so
 * the lesion module never depends on the modules that build on it.
 */
public interface LineageContributor {
	List<LineageEntry> lineageOf(UUID lesionId);

	/**
	 * What a reader needs to see these entries; the lesion page leaves them out for anyone without
	 * it (a patient reads its own lesions, but not its results before a clinician has told it).
	 */
	Permission readPermission();
}
