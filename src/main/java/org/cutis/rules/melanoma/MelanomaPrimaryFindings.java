package org.cutis.rules.melanoma;

import org.cutis.rules.common.InvalidInputException;

/**
 * Pathology findings of the primary that AJCC 8th T uses. Mitotic rate is deliberately absent:
 * it is no longer a T criterion in the 8th edition.
 *
 * @param primaryFound false for an unknown or fully regressed primary (T0)
 * @param inSitu       melanoma in situ (Tis)
 * @param thickness    Breslow thickness, or null when it cannot be assessed (TX)
 * @param ulceration   histological ulceration
 */
public record MelanomaPrimaryFindings(boolean primaryFound, boolean inSitu, BreslowThickness thickness,
		boolean ulceration) {

	public MelanomaPrimaryFindings {
		if (!primaryFound && (inSitu || thickness != null || ulceration)) {
			throw new InvalidInputException("primaryFound", "rules.invalid.melanoma.t0WithPrimaryFindings");
		}
		if (inSitu && thickness != null) {
			throw new InvalidInputException("breslowMm", "rules.invalid.melanoma.inSituHasNoBreslow");
		}
	}

	public static MelanomaPrimaryFindings invasive(BreslowThickness thickness, boolean ulceration) {
		return new MelanomaPrimaryFindings(true, false, thickness, ulceration);
	}
}
