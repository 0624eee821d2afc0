package org.cutis.lesion.web;

import java.math.BigDecimal;

import org.cutis.lesion.BodyView;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.lesion.Suspicion;
import org.cutis.lesion.LesionDescription;
import org.cutis.rules.common.AnatomicSite;

/** The body-map form: the click fills view, x, y, site and laterality; the clinician the rest. */
record LesionForm(BodyView view, BigDecimal x, BigDecimal y, AnatomicSite site, Laterality laterality,
		BigDecimal sizeMm, String colour, boolean asymmetry, boolean borderIrregular, boolean colourVariegated,
		boolean diameterOver6mm, boolean evolving, String dermoscopyPattern, Diagnosis impression,
		String differential, Suspicion suspicion) {

	static LesionForm empty() {
		return new LesionForm(null, null, null, null, null, null, null, false, false, false, false, false, null, null,
				null, Suspicion.LOW);
	}

	LesionDescription description() {
		return new LesionDescription(view, x, y, site, laterality, sizeMm, colour, asymmetry, borderIrregular,
				colourVariegated, diameterOver6mm, evolving, dermoscopyPattern, impression, differential, suspicion);
	}
}
