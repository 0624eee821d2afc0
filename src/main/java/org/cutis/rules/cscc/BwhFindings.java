package org.cutis.rules.cscc;

import org.cutis.rules.common.TumorDiameter;

/**
 * Findings for BWH T staging.
 *
 * @param diameter                   greatest diameter, or null if not recorded
 * @param differentiation            histological differentiation, or null if not recorded
 * @param perineuralNerveAtLeast01mm perineural invasion of a nerve of at least 0.1 mm calibre
 * @param beyondSubcutaneousFat      invasion beyond the subcutaneous fat (excluding bone)
 * @param boneInvasion               bone invasion, which is T3 directly
 */
public record BwhFindings(TumorDiameter diameter, Differentiation differentiation,
		boolean perineuralNerveAtLeast01mm, boolean beyondSubcutaneousFat, boolean boneInvasion) {
}
