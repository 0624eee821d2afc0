package org.cutis.support;

import java.util.UUID;

/** JSON of signed pathology findings for POST /api/v1/cancers, as the pathology module will send them. */
public final class Findings {
	private Findings() {
	}

	public static String melanoma(String patientId, UUID lesion, UUID report, String breslow) {
		return """
				{"patientId": "%s", "lesionId": "%s", "reportId": "%s", "lesionLabel": "왼쪽 어깨 L1",
				 "kind": "melanoma", "snomedCode": "372244006", "icd10Code": "C43.6", "icdO3Code": "8743/3",
				 "diagnosisDate": "2026-03-02", "histologicSubtype": "superficial spreading", "site": "shoulder",
				 "breslowMm": %s, "ulceration": false, "mitoticRatePerMm2": 2}
				""".formatted(patientId, lesion, report, breslow);
	}
}
