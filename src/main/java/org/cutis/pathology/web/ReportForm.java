package org.cutis.pathology.web;

import java.math.BigDecimal;

import org.cutis.clinical.Diagnosis;
import org.cutis.pathology.domain.PathologyReport;
import org.cutis.pathology.domain.Synoptic;

/** The synoptic form; yes/no findings are three-way (not assessed, yes, no), hence Boolean. */
record ReportForm(Diagnosis diagnosis, String diagnosisText, String microscopy, String histologicSubtype,
		BigDecimal breslowMm, Boolean ulceration, BigDecimal mitoticRatePerMm2, Boolean microsatellites,
		Boolean lymphovascularInvasion, Boolean neurotropism, Boolean regression, String tils, String clarkLevel,
		String differentiation, BigDecimal tumourDepthMm, Boolean beyondSubcutaneousFat, Boolean perineuralInvasion,
		BigDecimal nerveCalibreMm, String bccSubtypes, Boolean peripheralMarginInvolved, BigDecimal peripheralMarginMm,
		Boolean deepMarginInvolved, BigDecimal deepMarginMm) {

	static ReportForm empty() {
		return new ReportForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
	}

	static ReportForm of(PathologyReport r) {
		return new ReportForm(r.diagnosis(), r.diagnosisText(), r.microscopy(), r.histologicSubtype(), r.breslowMm(),
				r.ulceration(), r.mitoticRatePerMm2(), r.microsatellites(), r.lymphovascularInvasion(), r.neurotropism(),
				r.regression(), r.tils(), r.clarkLevel(), r.differentiation(), r.tumourDepthMm(),
				r.beyondSubcutaneousFat(), r.perineuralInvasion(), r.nerveCalibreMm(), r.bccSubtypes(),
				r.peripheralMarginInvolved(), r.peripheralMarginMm(), r.deepMarginInvolved(), r.deepMarginMm());
	}

	Synoptic synoptic() {
		return new Synoptic(diagnosis, diagnosisText, microscopy, histologicSubtype, breslowMm, ulceration,
				mitoticRatePerMm2, microsatellites, lymphovascularInvasion, neurotropism, regression, tils, clarkLevel,
				differentiation, tumourDepthMm, beyondSubcutaneousFat, perineuralInvasion, nerveCalibreMm, bccSubtypes,
				peripheralMarginInvolved, peripheralMarginMm, deepMarginInvolved, deepMarginMm);
	}
}
