package org.cutis.pathology.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cutis.pathology.domain.Findings;
import org.cutis.pathology.domain.PathologyReport;

/**
 * The synoptic findings of a report as labelled lines, in the order a pathologist reads them;
 * empty findings are left out. The page and the PDF print the same lines.
 */
public final class ReportLines {
	/** A label key and either a message key for the value (yes, no, involved) or a plain value. */
	public record Line(String labelKey, String valueKey, String text) {
	}

	private ReportLines() {
	}

	public static List<Line> of(PathologyReport report) {
		return of(report.current());
	}

	public static List<Line> of(Findings r) {
		List<Line> lines = new ArrayList<>();
		text(lines, "diagnosisText", r.diagnosisText());
		text(lines, "histologicSubtype", r.histologicSubtype());
		mm(lines, "breslowMm", r.breslowMm());
		if (r.breslowNotAssessable() != null) {
			lines.add(new Line("pathology.field.breslowNotAssessable",
					"pathology.notAssessable." + r.breslowNotAssessable().code(), null));
		}
		yesNo(lines, "ulceration", r.ulceration());
		if (r.mitoticRatePerMm2() != null) {
			text(lines, "mitoticRatePerMm2", plain(r.mitoticRatePerMm2()) + " /mm²");
		}
		yesNo(lines, "microsatellites", r.microsatellites());
		yesNo(lines, "lymphovascularInvasion", r.lymphovascularInvasion());
		yesNo(lines, "neurotropism", r.neurotropism());
		yesNo(lines, "regression", r.regression());
		text(lines, "tils", r.tils());
		text(lines, "clarkLevel", r.clarkLevel());
		text(lines, "differentiation", r.differentiation());
		mm(lines, "tumourDepthMm", r.tumourDepthMm());
		yesNo(lines, "beyondSubcutaneousFat", r.beyondSubcutaneousFat());
		yesNo(lines, "perineuralInvasion", r.perineuralInvasion());
		mm(lines, "nerveCalibreMm", r.nerveCalibreMm());
		text(lines, "bccSubtypes", r.bccSubtypes());
		margin(lines, "peripheralMargin", r.peripheralMarginInvolved(), r.peripheralMarginMm());
		margin(lines, "deepMargin", r.deepMarginInvolved(), r.deepMarginMm());
		if (r.deepMarginTransected()) {
			lines.add(new Line("pathology.field.deepMarginTransected", "pathology.yes", null));
		}
		if (r.metastasisType() != null) {
			lines.add(new Line("pathology.field.metastasisType", "pathology.metastasisType." + r.metastasisType().code(),
					r.distantSite() == null ? null : r.distantSite().code()));
		}
		if (r.statedBehaviour() != null) {
			lines.add(new Line("pathology.field.behaviour", "pathology.behaviour." + r.statedBehaviour().code(), null));
		}
		text(lines, "microscopy", r.microscopy());
		return lines;
	}

	private static void text(List<Line> lines, String field, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(new Line("pathology.field." + field, null, value));
		}
	}

	private static void mm(List<Line> lines, String field, BigDecimal value) {
		if (value != null) {
			text(lines, field, plain(value) + " mm");
		}
	}

	private static void yesNo(List<Line> lines, String field, Boolean value) {
		if (value != null) {
			lines.add(new Line("pathology.field." + field, value ? "pathology.yes" : "pathology.no", null));
		}
	}

	/** "involved", or clear with the distance when one was measured. */
	private static void margin(List<Line> lines, String field, Boolean involved, BigDecimal mm) {
		if (Boolean.TRUE.equals(involved)) {
			lines.add(new Line("pathology.field." + field, "pathology.margin.involved", null));
		}
		else if (involved != null || mm != null) {
			lines.add(new Line("pathology.field." + field, "pathology.margin.clear", mm == null ? null : plain(mm) + " mm"));
		}
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
