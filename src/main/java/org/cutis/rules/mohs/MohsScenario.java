package org.cutis.rules.mohs;

import java.util.Objects;

import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.TumorDiameter;

/**
 * One clinical scenario to rate.
 *
 * @param tumor                tumour category
 * @param recurrent            recurrent rather than primary
 * @param site                 anatomic site
 * @param diameter             clinical diameter, or null when not recorded
 * @param patient              patient category
 * @param priorRadiationAtSite tumour in previously irradiated skin
 */
public record MohsScenario(MohsTumor tumor, boolean recurrent, AnatomicSite site, TumorDiameter diameter,
		PatientCategory patient, boolean priorRadiationAtSite) {

	public MohsScenario {
		Objects.requireNonNull(tumor, "tumor");
		Objects.requireNonNull(site, "site");
		patient = patient == null ? PatientCategory.HEALTHY : patient;
	}
}
