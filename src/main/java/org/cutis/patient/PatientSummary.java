package org.cutis.patient;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules and search results show of a patient: enough to identify, nothing more.
 *
 * @param rrnMasked the registration number masked ("900101-1******"), null when none is recorded
 */
public record PatientSummary(UUID id, String mrn, String nameHangul, String nameLatin, Sex sex, LocalDate birthDate,
		String preferredLanguage, boolean voided, String rrnMasked) {

	public String displayName() {
		if (nameHangul != null && nameLatin != null) {
			return nameHangul + " (" + nameLatin + ")";
		}
		return nameHangul != null ? nameHangul : nameLatin;
	}
}
