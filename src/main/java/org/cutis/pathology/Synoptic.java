package org.cutis.pathology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.Behaviour;
import org.cutis.clinical.BreslowNotAssessable;
import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.MetastasisType;
import org.cutis.rules.melanoma.MetastaticSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * What the pathologist enters, grouped as a synoptic report reads: the diagnosis, melanoma
 * microstaging, cSCC/BCC features, margins, and for a melanoma metastasis where it was found and
 * which primary it belongs to. Values are as entered (the differentiation in the pathologist's
 * words); {@link Findings} turns them into typed tumour facts. Field names in problems are the
 * API's and the form's flat names.
 */
public record Synoptic(Diagnosis diagnosis, Behaviour statedBehaviour, String diagnosisText, String microscopy,
		String histologicSubtype, Melanoma melanoma, Squamous squamous, Margins margins, Metastasis metastasis) {

	static final BigDecimal MAX_MM = new BigDecimal("100");

	public Synoptic {
		melanoma = melanoma == null ? Melanoma.NONE : melanoma;
		squamous = squamous == null ? Squamous.NONE : squamous;
		margins = margins == null ? Margins.NONE : margins;
		metastasis = metastasis == null ? Metastasis.NONE : metastasis;
	}

	public record Melanoma(BigDecimal breslowMm, BreslowNotAssessable breslowNotAssessable, Boolean ulceration,
			BigDecimal mitoticRatePerMm2, Boolean microsatellites, Boolean lymphovascularInvasion,
			Boolean neurotropism, Boolean regression, String tils, String clarkLevel) {
		static final Melanoma NONE = new Melanoma(null, null, null, null, null, null, null, null, null, null);
	}

	public record Squamous(String differentiation, BigDecimal tumourDepthMm, Boolean beyondSubcutaneousFat,
			Boolean perineuralInvasion, BigDecimal nerveCalibreMm, String bccSubtypes) {
		static final Squamous NONE = new Squamous(null, null, null, null, null, null);
	}

	public record Margins(Boolean peripheralInvolved, BigDecimal peripheralMm, Boolean deepInvolved,
			BigDecimal deepMm, Boolean deepTransected) {
		static final Margins NONE = new Margins(null, null, null, null, null);
	}

	public record Metastasis(MetastasisType type, UUID cancerId, MetastaticSite distantSite) {
		static final Metastasis NONE = new Metastasis(null, null, null);
	}

	/** The behaviour the report stands for: the diagnosis's own, or for "other" the stated one (unstated: uncertain). */
	public Behaviour behaviour() {
		if (diagnosis == Diagnosis.OTHER) {
			return statedBehaviour == null ? Behaviour.UNCERTAIN : statedBehaviour;
		}
		return diagnosis == null ? Behaviour.UNCERTAIN : diagnosis.behaviour();
	}

	/** Every problem at once, named by the flat field names of the form and the API. */
	public void validate() {
		List<FieldProblem> problems = new ArrayList<>();
		if (diagnosis == null) {
			problems.add(new FieldProblem("diagnosis", "error.field.required"));
		}
		if (diagnosis == Diagnosis.OTHER && blank(diagnosisText)) {
			problems.add(new FieldProblem("diagnosisText", "error.field.required"));
		}
		if (statedBehaviour != null && diagnosis != null && diagnosis != Diagnosis.OTHER) {
			problems.add(new FieldProblem("behaviour", "pathology.behaviour.onlyForOther"));
		}
		melanomaProblems(problems);
		metastasisProblems(problems);
		range(squamous.tumourDepthMm(), "tumourDepthMm", problems);
		margin(margins.peripheralInvolved(), margins.peripheralMm(), "peripheralMarginMm", problems);
		margin(margins.deepInvolved(), margins.deepMm(), "deepMarginMm", problems);
		if (Boolean.TRUE.equals(margins.deepTransected()) && Boolean.FALSE.equals(margins.deepInvolved())) {
			problems.add(new FieldProblem("deepMarginTransected", "pathology.margin.transectedButClear"));
		}
		BigDecimal nerve = squamous.nerveCalibreMm();
		if (nerve != null && (nerve.signum() < 0 || nerve.compareTo(BigDecimal.TEN) > 0)) {
			problems.add(new FieldProblem("nerveCalibreMm", "pathology.range", 10));
		}
		tooLong(diagnosisText, 1000, "diagnosisText", problems);
		tooLong(microscopy, 4000, "microscopy", problems);
		tooLong(histologicSubtype, 100, "histologicSubtype", problems);
		tooLong(squamous.differentiation(), 40, "differentiation", problems);
		tooLong(squamous.bccSubtypes(), 200, "bccSubtypes", problems);
		tooLong(melanoma.tils(), 40, "tils", problems);
		tooLong(melanoma.clarkLevel(), 10, "clarkLevel", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/** A melanoma has a thickness or says why it cannot have one (TX); only a melanoma has either. */
	private void melanomaProblems(List<FieldProblem> problems) {
		BigDecimal breslow = melanoma.breslowMm();
		BreslowNotAssessable why = melanoma.breslowNotAssessable();
		if (diagnosis == Diagnosis.MELANOMA) {
			if (breslow == null && why == null) {
				problems.add(new FieldProblem("breslowMm", "pathology.breslow.requiredOrWhyNot"));
			}
			if (breslow != null && why != null) {
				problems.add(new FieldProblem("breslowNotAssessable", "pathology.breslow.bothGiven"));
			}
		}
		else {
			if (breslow != null) {
				problems.add(new FieldProblem("breslowMm", "pathology.breslow.onlyInvasiveMelanoma"));
			}
			if (why != null) {
				problems.add(new FieldProblem("breslowNotAssessable", "pathology.breslow.onlyInvasiveMelanoma"));
			}
		}
		range(breslow, "breslowMm", problems);
		BigDecimal mitoses = melanoma.mitoticRatePerMm2();
		if (mitoses != null && (mitoses.signum() < 0 || mitoses.compareTo(new BigDecimal("1000")) > 0)) {
			problems.add(new FieldProblem("mitoticRatePerMm2", "pathology.mitoticRate.range", 0, 1000));
		}
	}

	/** A metastasis names its type and its primary; nothing else does. */
	private void metastasisProblems(List<FieldProblem> problems) {
		boolean metastasisReport = diagnosis == Diagnosis.MELANOMA_METASTASIS;
		if (metastasisReport) {
			if (metastasis.type() == null) {
				problems.add(new FieldProblem("metastasisType", "error.field.required"));
			}
			if (metastasis.cancerId() == null) {
				problems.add(new FieldProblem("cancerId", "pathology.metastasis.primaryRequired"));
			}
			if (metastasis.distantSite() != null && metastasis.type() != MetastasisType.DISTANT) {
				problems.add(new FieldProblem("distantSite", "pathology.metastasis.siteOnlyDistant"));
			}
		}
		else if (metastasis.type() != null || metastasis.cancerId() != null || metastasis.distantSite() != null) {
			problems.add(new FieldProblem(metastasis.type() != null ? "metastasisType" : "cancerId",
					"pathology.metastasis.onlyForMetastasis"));
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
		range(mm, field, problems);
	}

	private static void tooLong(String text, int max, String field, List<FieldProblem> problems) {
		if (text != null && text.length() > max) {
			problems.add(new FieldProblem(field, "error.field.tooLong", max));
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/**
	 * This synoptic with the values an addendum gives laid over it: what the addendum leaves out
	 * stays as it was; a new diagnosis brings its own groups (a changed family starts afresh).
	 */
	public Synoptic correctedBy(Synoptic c) {
		boolean newFamily = c.diagnosis != null && diagnosis != null && !c.diagnosis.family().equals(diagnosis.family());
		Synoptic base = newFamily ? new Synoptic(c.diagnosis, null, null, microscopy, null, null, null, margins, null)
				: this;
		return new Synoptic(or(c.diagnosis, base.diagnosis), or(c.statedBehaviour, base.statedBehaviour),
				or(c.diagnosisText, base.diagnosisText), or(c.microscopy, base.microscopy),
				or(c.histologicSubtype, base.histologicSubtype), merge(base.melanoma, c.melanoma),
				merge(base.squamous, c.squamous), merge(base.margins, c.margins), merge(base.metastasis, c.metastasis));
	}

	private static Melanoma merge(Melanoma a, Melanoma b) {
		// a thickness replaces "not assessable" and the other way round: they exclude each other
		boolean thicknessGiven = b.breslowMm() != null;
		boolean whyNotGiven = b.breslowNotAssessable() != null;
		return new Melanoma(whyNotGiven ? null : or(b.breslowMm(), a.breslowMm()),
				thicknessGiven ? null : or(b.breslowNotAssessable(), a.breslowNotAssessable()),
				or(b.ulceration(), a.ulceration()), or(b.mitoticRatePerMm2(), a.mitoticRatePerMm2()),
				or(b.microsatellites(), a.microsatellites()), or(b.lymphovascularInvasion(), a.lymphovascularInvasion()),
				or(b.neurotropism(), a.neurotropism()), or(b.regression(), a.regression()), or(b.tils(), a.tils()),
				or(b.clarkLevel(), a.clarkLevel()));
	}

	private static Squamous merge(Squamous a, Squamous b) {
		return new Squamous(or(b.differentiation(), a.differentiation()), or(b.tumourDepthMm(), a.tumourDepthMm()),
				or(b.beyondSubcutaneousFat(), a.beyondSubcutaneousFat()),
				or(b.perineuralInvasion(), a.perineuralInvasion()), or(b.nerveCalibreMm(), a.nerveCalibreMm()),
				or(b.bccSubtypes(), a.bccSubtypes()));
	}

	private static Margins merge(Margins a, Margins b) {
		return new Margins(or(b.peripheralInvolved(), a.peripheralInvolved()), or(b.peripheralMm(), a.peripheralMm()),
				or(b.deepInvolved(), a.deepInvolved()), or(b.deepMm(), a.deepMm()),
				or(b.deepTransected(), a.deepTransected()));
	}

	private static Metastasis merge(Metastasis a, Metastasis b) {
		return new Metastasis(or(b.type(), a.type()), or(b.cancerId(), a.cancerId()), or(b.distantSite(), a.distantSite()));
	}

	private static <T> T or(T preferred, T fallback) {
		return preferred != null ? preferred : fallback;
	}
}
