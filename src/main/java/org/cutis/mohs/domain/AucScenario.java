package org.cutis.mohs.domain;

import java.math.BigDecimal;

import org.cutis.rules.common.AnatomicSite;

/**
 * What the AUC rates, in the {@code mohs.auc} vocabulary: tumour category, site, clinical diameter
 * (cm), patient category (healthy, immunocompromised, genetic-syndrome), recurrent, prior radiation.
 */
public record AucScenario(String tumor, AnatomicSite site, BigDecimal diameterCm, String patient, boolean recurrent,
		boolean priorRadiationAtSite) {
}
