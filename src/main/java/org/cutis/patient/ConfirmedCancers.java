package org.cutis.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Implemented by the module that records cancer diagnoses (staging): the confirmed malignant
 * cancers, for the special co-payment worklist. Declared here, so the patient module never
 * depends on the modules that build on it (as with {@link TimelineContributor}).
 */
public interface ConfirmedCancers {
	List<ConfirmedCancer> confirmedMalignant();

	/**
	 * @param kind     "melanoma", "cscc", "bcc" or "other"
	 * @param diagnosis the diagnosis code ("melanoma", "merkel-cell-carcinoma", ...)
	 * @param link     where the cancer's page is, for those who may read it
	 */
	record ConfirmedCancer(UUID patientId, UUID cancerId, String kind, String diagnosis, LocalDate diagnosisDate,
			String link) {
	}
}
