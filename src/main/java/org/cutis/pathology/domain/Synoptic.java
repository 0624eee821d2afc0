package org.cutis.pathology.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cutis.clinical.Diagnosis;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * What the pathologist enters. Melanoma fields, cSCC fields, BCC subtypes and the margins shared
 * by all; free text for microscopy and for a diagnosis outside the coded list.
 */
public record Synoptic(Diagnosis diagnosis, String diagnosisText, String microscopy, String histologicSubtype,
		BigDecimal breslowMm, Boolean ulceration, BigDecimal mitoticRatePerMm2, Boolean microsatellites,
		Boolean lymphovascularInvasion, Boolean neurotropism, Boolean regression, String tils, String clarkLevel,
		String differentiation, BigDecimal tumourDepthMm, Boolean beyondSubcutaneousFat, Boolean perineuralInvasion,
		BigDecimal nerveCalibreMm, String bccSubtypes, Boolean peripheralMarginInvolved,
		BigDecimal peripheralMarginMm, Boolean deepMarginInvolved, BigDecimal deepMarginMm) {

	static final BigDecimal MAX_MM = new BigDecimal("100");

	public void validate() {
		List<FieldProblem> problems = new ArrayList<>();
		if (diagnosis == null) {
			problems.add(new FieldProblem("diagnosis", "error.field.required"));
		}
		if (diagnosis == Diagnosis.OTHER && (diagnosisText == null || diagnosisText.isBlank())) {
			problems.add(new FieldProblem("diagnosisText", "error.field.required"));
		}
		if (diagnosis == Diagnosis.MELANOMA && breslowMm == null) {
			problems.add(new FieldProblem("breslowMm", "error.field.required"));
		}
		range(breslowMm, "breslowMm", problems);
		range(tumourDepthMm, "tumourDepthMm", problems);
		if (mitoticRatePerMm2 != null && mitoticRatePerMm2.signum() < 0) {
			problems.add(new FieldProblem("mitoticRatePerMm2", "pathology.mitoticRate.negative"));
		}
		margin(peripheralMarginInvolved, peripheralMarginMm, "peripheralMarginMm", problems);
		margin(deepMarginInvolved, deepMarginMm, "deepMarginMm", problems);
		if (nerveCalibreMm != null && (nerveCalibreMm.signum() < 0 || nerveCalibreMm.compareTo(BigDecimal.TEN) > 0)) {
			problems.add(new FieldProblem("nerveCalibreMm", "pathology.range", 10));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static void range(BigDecimal mm, String field, List<FieldProblem> problems) {
		if (mm != null && (mm.signum() < 0 || mm.compareTo(MAX_MM) > 0)) {
			problems.add(new FieldProblem(field, "pathology.range", MAX_MM));
		}
	}

	/** An involved margin has no clearance to measure; a distance there is a contradiction. */
	private static void margin(Boolean involved, BigDecimal mm, String field, List<FieldProblem> problems) {
		if (Boolean.TRUE.equals(involved) && mm != null) {
			problems.add(new FieldProblem(field, "pathology.margin.involvedWithDistance"));
		}
		if (mm != null && (mm.signum() < 0 || mm.compareTo(MAX_MM) > 0)) {
			problems.add(new FieldProblem(field, "pathology.range", MAX_MM));
		}
	}
}
