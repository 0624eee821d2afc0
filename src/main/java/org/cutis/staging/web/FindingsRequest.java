package org.cutis.staging.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.shared.InvalidInput;
import org.cutis.staging.DiagnosisKind;
import org.cutis.staging.PathologyFindings;

/**
 * The JSON shape of {@link PathologyFindings}: read as plain values first so that every problem
 * comes back as a field error (a record constructor failing inside the JSON reader would not).
 */
record FindingsRequest(UUID patientId, UUID lesionId, UUID reportId, String lesionLabel, String kind,
		String snomedCode, String icd10Code, String icdO3Code, LocalDate diagnosisDate, String histologicSubtype,
		String site, Boolean inSitu, BigDecimal breslowMm, Boolean ulceration, Integer mitoticRatePerMm2,
		Boolean microsatellites, BigDecimal diameterCm, BigDecimal depthMm, String differentiation,
		Boolean perineuralInvasion, Boolean perineuralNerveAtLeast01mm, Boolean beyondSubcutaneousFat, String bone,
		String bccSubtype, String borders, Boolean recurrent, Boolean priorRadiotherapy, Boolean discordant) {

	PathologyFindings findings() {
		DiagnosisKind parsed = kind == null ? null : DiagnosisKind.fromCode(kind);
		if (kind != null && parsed == null) {
			throw new InvalidInput("kind", "error.field.oneOf", "melanoma, cscc, bcc, other");
		}
		return new PathologyFindings(patientId, lesionId, reportId, lesionLabel, parsed, snomedCode, icd10Code,
				icdO3Code, diagnosisDate, histologicSubtype, site, is(inSitu), breslowMm, is(ulceration),
				mitoticRatePerMm2, is(microsatellites), diameterCm, depthMm, differentiation, is(perineuralInvasion),
				is(perineuralNerveAtLeast01mm), is(beyondSubcutaneousFat), bone, bccSubtype, borders, is(recurrent),
				is(priorRadiotherapy), is(discordant));
	}

	private static boolean is(Boolean flag) {
		return Boolean.TRUE.equals(flag);
	}
}
