package org.cutis.pathology.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.cutis.clinical.Behaviour;
import org.cutis.clinical.BreslowNotAssessable;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.MetastasisType;
import org.cutis.pathology.domain.Findings;
import org.cutis.pathology.Synoptic;
import org.cutis.rules.melanoma.MetastaticSite;

/** The synoptic form, flat as the page lays it out; yes/no findings are three-way (not assessed, yes, no). */
record ReportForm(Diagnosis diagnosis, Behaviour behaviour, String diagnosisText, String microscopy,
		String histologicSubtype, BigDecimal breslowMm, BreslowNotAssessable breslowNotAssessable, Boolean ulceration,
		BigDecimal mitoticRatePerMm2, Boolean microsatellites, Boolean lymphovascularInvasion, Boolean neurotropism,
		Boolean regression, String tils, String clarkLevel, String differentiation, BigDecimal tumourDepthMm,
		Boolean beyondSubcutaneousFat, Boolean perineuralInvasion, BigDecimal nerveCalibreMm, String bccSubtypes,
		Boolean peripheralMarginInvolved, BigDecimal peripheralMarginMm, Boolean deepMarginInvolved,
		BigDecimal deepMarginMm, Boolean deepMarginTransected, MetastasisType metastasisType, UUID cancerId,
		MetastaticSite distantSite) {

	static ReportForm empty() {
		return of(null);
	}

	static ReportForm of(Findings f) {
		if (f == null) {
			return new ReportForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		}
		Synoptic s = f.synoptic();
		Synoptic.Melanoma m = s.melanoma();
		Synoptic.Squamous q = s.squamous();
		Synoptic.Margins g = s.margins();
		return new ReportForm(s.diagnosis(), s.statedBehaviour(), s.diagnosisText(), s.microscopy(),
				s.histologicSubtype(), m.breslowMm(), m.breslowNotAssessable(), m.ulceration(), m.mitoticRatePerMm2(),
				m.microsatellites(), m.lymphovascularInvasion(), m.neurotropism(), m.regression(), m.tils(),
				m.clarkLevel(), q.differentiation(), q.tumourDepthMm(), q.beyondSubcutaneousFat(),
				q.perineuralInvasion(), q.nerveCalibreMm(), q.bccSubtypes(), g.peripheralInvolved(), g.peripheralMm(),
				g.deepInvolved(), g.deepMm(), g.deepTransected(), s.metastasis().type(), s.metastasis().cancerId(),
				s.metastasis().distantSite());
	}

	Synoptic synoptic() {
		return new Synoptic(diagnosis, behaviour, diagnosisText, microscopy, histologicSubtype,
				new Synoptic.Melanoma(breslowMm, breslowNotAssessable, ulceration, mitoticRatePerMm2, microsatellites,
						lymphovascularInvasion, neurotropism, regression, tils, clarkLevel),
				new Synoptic.Squamous(differentiation, tumourDepthMm, beyondSubcutaneousFat, perineuralInvasion,
						nerveCalibreMm, bccSubtypes),
				new Synoptic.Margins(peripheralMarginInvolved, peripheralMarginMm, deepMarginInvolved, deepMarginMm,
						deepMarginTransected),
				new Synoptic.Metastasis(metastasisType, cancerId, distantSite));
	}
}
