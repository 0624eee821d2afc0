package org.cutis.pathology;

import java.time.Instant;
import java.util.UUID;

import org.cutis.clinical.TumourFacts;

/**
 * A report was signed out. Carries its typed tumour facts (diagnosis, behaviour, the specimen's
 * role, microstaging, margins, metastasis) and the specimen it is about, so that the biopsy loop,
 * staging and the tumor board act on it without reading pathology back.
 *
 * @param pT the pT category the report printed (melanoma primary), null otherwise
 */
public record PathologyReportSigned(UUID reportId, UUID specimenId, UUID patientId, UUID lesionId,
		ReportSubject subject, TumourFacts facts, String pT, Instant signedAt, String signedBy) {
}
