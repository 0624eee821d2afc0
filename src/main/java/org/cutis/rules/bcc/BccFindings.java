package org.cutis.rules.bcc;

import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.TumorDiameter;

/**
 * Findings for NCCN BCC recurrence risk; null means not recorded.
 *
 * @param site              anatomic site, or null
 * @param diameter          clinical diameter, or null
 * @param poorlyDefined     true for poorly defined borders, false for well defined, null if not recorded
 * @param recurrent         recurrent rather than primary
 * @param priorRadiotherapy arising at a site of prior radiotherapy
 * @param subtype           histological subtype, or null
 * @param perineural        perineural involvement
 */
public record BccFindings(AnatomicSite site, TumorDiameter diameter, Boolean poorlyDefined, boolean recurrent,
		boolean priorRadiotherapy, BccSubtype subtype, boolean perineural) {
}
