package org.cutis.pathology.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.Code;
import org.cutis.pathology.domain.Addendum;
import org.cutis.pathology.domain.Findings;
import org.cutis.pathology.domain.PathologyReport;
import org.cutis.rules.common.AnatomicSite;

/**
 * A report in the API: the findings that stand now at the top level (as the report reads today),
 * every findings version beside them (the original and each structured addendum's correction),
 * and the addenda.
 */
record ReportView(UUID id, UUID specimenId, UUID patientId, UUID lesionId, String status, String diagnosis,
		List<Code> codes, String behaviour, String diagnosisText, String microscopy, BigDecimal breslowMm,
		String breslowNotAssessable, Boolean ulceration, BigDecimal mitoticRatePerMm2, Boolean microsatellites,
		Boolean peripheralMarginInvolved, BigDecimal peripheralMarginMm, Boolean deepMarginInvolved,
		BigDecimal deepMarginMm, boolean deepMarginTransected, String metastasisType, UUID cancerId,
		String distantSite, String pT, String ptRuleSet, String ptExplanation, int findingsVersion,
		List<FindingsView> versions, Instant signedAt, String signedBy, String signatureMethod, String correlation, String correlationNote,
		boolean needsReReview, List<ReportApiController.AddendumView> addenda, long version) {

	/** @param site the specimen's site: the ICD-10 code uses it where the classification has site codes */
	static ReportView of(PathologyReport r, List<Addendum> addenda, AnatomicSite site) {
		Findings f = r.current();
		return new ReportView(r.id(), r.specimenId(), r.patientId(), r.lesionId(), r.status().name().toLowerCase(),
				f.diagnosis().code(), f.diagnosis().codesAt(site), r.behaviour().code(), f.diagnosisText(), f.microscopy(),
				f.breslowMm(), f.breslowNotAssessable() == null ? null : f.breslowNotAssessable().code(), f.ulceration(),
				f.mitoticRatePerMm2(), f.microsatellites(), f.peripheralMarginInvolved(), f.peripheralMarginMm(),
				f.deepMarginInvolved(), f.deepMarginMm(), f.deepMarginTransected(),
				f.metastasisType() == null ? null : f.metastasisType().code(), f.metastasisCancerId(),
				f.distantSite() == null ? null : f.distantSite().code(), f.ptCategory(), f.ptRuleSet(),
				f.ptExplanation(), f.number(), r.versions().stream().map(FindingsView::of).toList(), r.signedAt(),
				r.signedBy(), r.signatureMethod() == null ? null : r.signatureMethod().code(),
				r.correlation() == null ? null : r.correlation().name().toLowerCase(),
				r.correlationNote(), r.needsReReview(),
				addenda.stream().map(ReportApiController.AddendumView::of).toList(), r.version());
	}

	/** One version of the findings: number 1 is the original, later ones were signed by addenda. */
	record FindingsView(int number, UUID addendumId, String diagnosis, BigDecimal breslowMm,
			String breslowNotAssessable, Boolean ulceration, BigDecimal mitoticRatePerMm2, Boolean microsatellites,
			String differentiation, BigDecimal tumourDepthMm, Boolean perineuralInvasion, String bccSubtypes,
			Boolean deepMarginInvolved, boolean deepMarginTransected, String metastasisType, String pT,
			Instant recordedAt, String recordedBy) {
		static FindingsView of(Findings f) {
			return new FindingsView(f.number(), f.addendumId(), f.diagnosis().code(), f.breslowMm(),
					f.breslowNotAssessable() == null ? null : f.breslowNotAssessable().code(), f.ulceration(),
					f.mitoticRatePerMm2(), f.microsatellites(), f.differentiation(), f.tumourDepthMm(),
					f.perineuralInvasion(), f.bccSubtypes(), f.deepMarginInvolved(), f.deepMarginTransected(),
					f.metastasisType() == null ? null : f.metastasisType().code(), f.ptCategory(), f.recordedAt(),
					f.recordedBy());
		}
	}
}
