package org.cutis.recurrence.domain;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/**
 * A lesion the work-up re-biopsies: the cancer's own lesion ({@code original}: a local recurrence,
 * in-transit disease at the scar) or a lesion recorded at the visit ({@code new-lesion}), which is not
 * the cancer's lesion in the registry: this row is what links it to the cancer.
 */
@Embeddable
public class WorkupLesion {
	public static final String ORIGINAL = "original";
	public static final String NEW_LESION = "new-lesion";

	private UUID lesionId;
	private String relation;

	protected WorkupLesion() {
	}

	public WorkupLesion(UUID lesionId, boolean original) {
		this.lesionId = lesionId;
		this.relation = original ? ORIGINAL : NEW_LESION;
	}

	public UUID lesionId() {
		return lesionId;
	}

	/** {@code original} or {@code new-lesion}. */
	public String relation() {
		return relation;
	}

	public boolean original() {
		return ORIGINAL.equals(relation);
	}
}
