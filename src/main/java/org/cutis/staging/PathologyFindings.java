package org.cutis.staging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * The facts of a signed (or amended) malignant pathology report that staging needs. The
 * pathology module translates its report into this record, so staging never depends on it.
 * Absent values are "not recorded"; the rules engine then says what it could not decide.
 *
 * @param site                     the rules contract's anatomic site code (e.g. {@code cheek})
 * @param inSitu                   melanoma in situ (Tis)
 * @param microsatellites          microsatellite metastases in the specimen (melanoma ITM)
 * @param perineuralInvasion       AJCC 8 qualifying perineural invasion (cSCC)
 * @param perineuralNerveAtLeast01mm BWH factor: a nerve of 0.1 mm calibre or more involved
 * @param bone                     cSCC: none | minor-erosion | gross-cortical | skull-base
 * @param differentiation          cSCC: well | moderate | poor
 * @param borders                  BCC: well-defined | poorly-defined
 * @param discordant               the pathologist found the clinicopathological correlation discordant
 */
public record PathologyFindings(UUID patientId, UUID lesionId, UUID reportId, String lesionLabel, DiagnosisKind kind,
		String snomedCode, String icd10Code, String icdO3Code, LocalDate diagnosisDate, String histologicSubtype,
		String site, boolean inSitu, BigDecimal breslowMm, boolean ulceration, Integer mitoticRatePerMm2,
		boolean microsatellites, BigDecimal diameterCm, BigDecimal depthMm, String differentiation,
		boolean perineuralInvasion, boolean perineuralNerveAtLeast01mm, boolean beyondSubcutaneousFat, String bone,
		String bccSubtype, String borders, boolean recurrent, boolean priorRadiotherapy, boolean discordant) {

	static final Set<String> DIFFERENTIATION = Set.of("well", "moderate", "poor");
	static final Set<String> BONE = Set.of("none", "minor-erosion", "gross-cortical", "skull-base");
	static final Set<String> BORDERS = Set.of("well-defined", "poorly-defined");
	static final Set<String> SITES = java.util.Arrays.stream(AnatomicSite.values())
		.map(AnatomicSite::code)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());
	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public PathologyFindings {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "patientId", patientId);
		required(problems, "lesionId", lesionId);
		required(problems, "reportId", reportId);
		required(problems, "kind", kind);
		required(problems, "diagnosisDate", diagnosisDate);
		range(problems, "breslowMm", breslowMm);
		range(problems, "diameterCm", diameterCm);
		range(problems, "depthMm", depthMm);
		if (mitoticRatePerMm2 != null && mitoticRatePerMm2 < 0) {
			problems.add(new FieldProblem("mitoticRatePerMm2", "staging.findings.negative"));
		}
		if (inSitu && breslowMm != null) {
			problems.add(new FieldProblem("breslowMm", "staging.findings.inSituWithThickness"));
		}
		oneOf(problems, "differentiation", differentiation, DIFFERENTIATION);
		oneOf(problems, "bone", bone, BONE);
		oneOf(problems, "borders", borders, BORDERS);
		if (site != null && !site.isBlank() && !SITES.contains(site.trim())) {
			problems.add(new FieldProblem("site", "staging.findings.site"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		lesionLabel = blankToNull(lesionLabel);
		site = blankToNull(site);
		differentiation = blankToNull(differentiation);
		bone = blankToNull(bone);
		borders = blankToNull(borders);
		bccSubtype = blankToNull(bccSubtype);
	}

	private static void required(List<FieldProblem> problems, String field, Object value) {
		if (value == null) {
			problems.add(new FieldProblem(field, "error.field.required"));
		}
	}

	private static void range(List<FieldProblem> problems, String field, BigDecimal value) {
		if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
			problems.add(new FieldProblem(field, "staging.findings.range", 0, 100));
		}
	}

	private static void oneOf(List<FieldProblem> problems, String field, String value, Set<String> allowed) {
		if (value != null && !value.isBlank() && !allowed.contains(value)) {
			problems.add(new FieldProblem(field, "error.field.oneOf", String.join(", ", new java.util.TreeSet<>(allowed))));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
