package org.cutis.staging.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.Code;
import org.cutis.rules.common.Explanation;
import org.cutis.shared.web.ApiLanguage;
import org.cutis.staging.PathologyFindings;
import org.cutis.staging.application.CancerDiagnosisManagement.CancerRecord;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.ClinicalFindings;
import org.cutis.staging.domain.Evidence;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.StagingRecord;
import org.cutis.staging.domain.WorkupOrder;

/**
 * A cancer in the API: its diagnosis and first histological diagnosis date, the evidence it is
 * staged from (report ids and work-up result ids, and each piece with its role), the combined
 * facts, the clinician's findings, the current staging and the whole staging history. TNM
 * categories carry their prefix ({@code pT2b}, {@code cN0}); the rules API keeps them bare.
 */
record CancerView(UUID id, UUID patientId, UUID lesionId, String lesionLabel, String kind, String diagnosis,
		List<Code> codes, LocalDate diagnosisDate, String histologicSubtype, PathologyFindings findings,
		ClinicalView clinicalFindings, EvidenceView evidence, StagingView current, List<StagingView> history,
		List<WorkupOrderView> workupOrders, Instant amendedAt, long version) {

	static CancerView of(CancerRecord record, List<WorkupOrderView> orders) {
		CancerDiagnosis c = record.cancer();
		List<UUID> results = orders.stream()
			.filter(o -> o.status().equals(WorkupOrder.Status.RESULTED.code()))
			.map(WorkupOrderView::id)
			.toList();
		return new CancerView(c.id(), c.patientId(), c.lesionId(), c.lesionLabel(), c.kind().code(),
				c.diagnosis().code(), c.diagnosis().codesAt(c.site()), c.diagnosisDate(), c.histologicSubtype(), c.findings(),
				ClinicalView.of(c.clinicalFindings()), EvidenceView.of(c, results),
				record.current().map(StagingView::of).orElse(null),
				record.history().stream().map(StagingView::of).toList(), orders, c.amendedAt(), c.version());
	}

	/**
	 * What the stage is computed from.
	 *
	 * @param reportIds       every signed report that contributes (current versions)
	 * @param workupResultIds every resulted work-up order
	 * @param items           each report version with its role and date; superseded versions stay listed
	 */
	record EvidenceView(List<UUID> reportIds, List<UUID> workupResultIds, List<Item> items) {
		static EvidenceView of(CancerDiagnosis c, List<UUID> results) {
			return new EvidenceView(c.active().stream().map(Evidence::reportId).distinct().toList(), results,
					c.evidence().stream().map(Item::of).toList());
		}

		record Item(UUID reportId, UUID specimenId, String accession, int findingsVersion, String role,
				String diagnosis, LocalDate signedOn, java.math.BigDecimal breslowMm, String breslowNotAssessable,
				Boolean ulceration, Boolean microsatellites, boolean deepMarginTransected, String metastasisType,
				boolean superseded) {
			static Item of(Evidence e) {
				return new Item(e.reportId(), e.specimenId(), e.accession(), e.findingsVersion(), e.role().code(),
						e.diagnosis().code(), e.signedOn(), e.breslowMm(),
						e.breslowNotAssessable() == null ? null : e.breslowNotAssessable().code(), e.ulceration(),
						e.microsatellites(), e.deepMarginTransected(),
						e.metastasisType() == null ? null : e.metastasisType().code(), !e.active());
			}
		}
	}

	record ClinicalView(String borders, boolean recurrent, boolean priorRadiotherapy, boolean immunosuppressed) {
		static ClinicalView of(ClinicalFindings f) {
			return new ClinicalView(f.poorlyDefined() == null ? null : f.poorlyDefined() ? "poorly-defined" : "well-defined",
					f.recurrent(), f.priorRadiotherapy(), f.immunosuppressed());
		}
	}

	record Tnm(String t, String n, String m, String stage) {
	}

	/**
	 * One staging record. {@code t}, {@code n}, {@code m} and {@code stage} are the headline (the
	 * pathological row when it has a stage group, else the clinical row); {@code stage} is the AJCC
	 * group or null when it cannot be computed, the reason being in the explanation.
	 */
	record StagingView(UUID id, int sequence, String occasion, String status, String t, String n, String m,
			String stage, Tnm clinical, Tnm pathological, String bwhT, String bccRisk, String slnbAdvice,
			String imagingAdvice, boolean microstagingUncertain, String effectiveStage, String overrideStage,
			String overrideReason, boolean overrideCarried, String staleOverrideStage, String staleOverrideReason,
			String changes, List<String> explanation, String ruleVersion, String source, Instant computedAt,
			String computedBy, Instant reviewedAt, String reviewedBy) {
		static StagingView of(StagingRecord r) {
			StageComputation c = r.computation();
			StageComputation.Tnm headline = c.headline();
			return new StagingView(r.id(), r.sequence(), r.occasion().name().toLowerCase().replace('_', '-'),
					r.status().code(), headline.t(), headline.n(), headline.m(), headline.stage(),
					new Tnm(c.clinicalT(), c.clinicalN(), c.clinicalM(), c.clinicalStage()),
					new Tnm(c.pathologicalT(), c.pathologicalN(), c.pathologicalM(), c.pathologicalStage()), c.bwhT(),
					c.bccRisk(), c.slnbAdvice(), c.imagingAdvice(), c.microstagingUncertain(), r.effectiveStage(),
					r.overrideStage(), r.overrideReason(), r.overrideCarried(), r.staleOverrideStage(),
					r.staleOverrideReason(), r.changes(), Explanation.render(c.why(), ApiLanguage.ofCurrentRequest()), c.ruleVersion(), c.source(), r.computedAt(),
					r.computedBy(), r.reviewedAt(), r.reviewedBy());
		}
	}
}
