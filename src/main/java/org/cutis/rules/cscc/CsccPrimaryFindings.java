package org.cutis.rules.cscc;

import java.math.BigDecimal;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.common.TumorDiameter;

/**
 * Primary tumour findings for AJCC 8th head and neck cutaneous carcinoma T.
 *
 * @param inSitu                carcinoma in situ
 * @param diameter              greatest clinical diameter, or null if not recorded
 * @param depthMm               depth from the granular layer of adjacent normal epidermis, or null
 * @param beyondSubcutaneousFat invasion beyond the subcutaneous fat
 * @param perineuralInvasion    qualifying PNI (nerve deeper than the dermis, nerve at least
 *                              0.1 mm, or clinical/radiological named-nerve involvement)
 * @param bone                  bone involvement
 */
public record CsccPrimaryFindings(boolean inSitu, TumorDiameter diameter, BigDecimal depthMm,
		boolean beyondSubcutaneousFat, boolean perineuralInvasion, BoneInvasion bone) {

	public static final BigDecimal MAX_DEPTH_MM = new BigDecimal("100");

	public CsccPrimaryFindings {
		bone = bone == null ? BoneInvasion.NONE : bone;
		if (depthMm != null && (depthMm.signum() < 0 || depthMm.compareTo(MAX_DEPTH_MM) > 0)) {
			throw new InvalidInputException("depthMm", "rules.invalid.between", Explanation.of("rules.invalid.what.depth"), 0, 100, "mm");
		}
		boolean invasive = (depthMm != null && depthMm.signum() > 0) || beyondSubcutaneousFat || perineuralInvasion
				|| bone != BoneInvasion.NONE;
		if (inSitu && invasive) {
			throw new InvalidInputException("inSitu", "rules.invalid.cscc.inSituWithInvasion");
		}
	}
}
