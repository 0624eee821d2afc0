package org.cutis.staging;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A cancer's tumour facts combined over all its specimens (greatest thickness, worst features),
 * as other modules and the API read them. Absent values are "not recorded".
 *
 * @param site                  the rules contract's anatomic site code (e.g. {@code cheek})
 * @param breslowMm             the greatest Breslow thickness of any specimen of the primary
 * @param breslowNotAssessable  why no thickness could be measured (transected, curetted, regressed)
 * @param microstagingUncertain the thickness is a minimum (a transected base, or another specimen unmeasurable)
 * @param diameterCm            the lesion's greatest clinical diameter
 * @param differentiation       cSCC: well | moderate | poor (the worst of its specimens)
 * @param discordant            the clinicopathological correlation of a report of this cancer is discordant
 */
public record PathologyFindings(UUID lesionId, String site, String laterality, boolean inSitu, BigDecimal breslowMm,
		String breslowNotAssessable, boolean microstagingUncertain, boolean ulceration, BigDecimal mitoticRatePerMm2,
		boolean microsatellites, BigDecimal diameterCm, BigDecimal depthMm, String differentiation,
		boolean perineuralInvasion, String bccSubtypes, boolean discordant, String snomedCode, String icd10Code,
		String icdO3Code) {
}
