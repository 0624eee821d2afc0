package org.cutis.lesion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cutis.lesion.BodyView;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.lesion.Suspicion;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * Where a lesion is and what the clinician sees: the body-map place (view, x/y in percent of
 * the drawing), the site from the shared vocabulary with the patient's side, size, colour,
 * ABCDE features, dermoscopy pattern, coded impression with differential, suspicion.
 */
public record LesionDescription(BodyView view, BigDecimal x, BigDecimal y, AnatomicSite site, Laterality laterality,
		BigDecimal sizeMm, String colour, boolean asymmetry, boolean borderIrregular, boolean colourVariegated,
		boolean diameterOver6mm, boolean evolving, String dermoscopyPattern, Diagnosis impression,
		String differential, Suspicion suspicion) {

	static final BigDecimal MAX_SIZE_MM = new BigDecimal("500");
	private static final BigDecimal HUNDRED = new BigDecimal("100");

	public LesionDescription {
		colour = trim(colour);
		dermoscopyPattern = trim(dermoscopyPattern);
		differential = trim(differential);
	}

	/** Every problem at once, so the form shows them together and nothing is saved half. */
	public void validate() {
		List<FieldProblem> problems = new ArrayList<>();
		require(view, "view", problems);
		require(site, "site", problems);
		require(laterality, "laterality", problems);
		require(impression, "impression", problems);
		require(suspicion, "suspicion", problems);
		if (x == null || y == null) {
			problems.add(new FieldProblem("site", "lesion.place.required"));
		}
		else if (outside(x) || outside(y)) {
			problems.add(new FieldProblem("site", "lesion.place.outside"));
		}
		if (sizeMm != null && (sizeMm.signum() <= 0 || sizeMm.compareTo(MAX_SIZE_MM) > 0)) {
			problems.add(new FieldProblem("sizeMm", "lesion.size.range", MAX_SIZE_MM));
		}
		tooLong(colour, 200, "colour", problems);
		tooLong(dermoscopyPattern, 500, "dermoscopyPattern", problems);
		tooLong(differential, 1000, "differential", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static boolean outside(BigDecimal v) {
		return v.signum() < 0 || v.compareTo(HUNDRED) > 0;
	}

	private static void require(Object value, String field, List<FieldProblem> problems) {
		if (value == null) {
			problems.add(new FieldProblem(field, "error.field.required"));
		}
	}

	private static void tooLong(String value, int max, String field, List<FieldProblem> problems) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "error.field.tooLong", max));
		}
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
