package org.cutis.staging.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.staging.PathologyFindings;
import org.cutis.staging.application.CancerDiagnosisManagement.CancerRecord;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.StagingRecord;

/** A cancer in the API: diagnosis, pathology values, current staging and the whole staging history. */
record CancerView(UUID id, UUID patientId, UUID lesionId, String lesionLabel, String kind, LocalDate diagnosisDate,
		String histologicSubtype, PathologyFindings findings, StagingView current, List<StagingView> history,
		List<WorkupOrderView> workupOrders, Instant amendedAt, long version) {

	static CancerView of(CancerRecord record, List<WorkupOrderView> orders) {
		CancerDiagnosis c = record.cancer();
		return new CancerView(c.id(), c.patientId(), c.lesionId(), c.lesionLabel(), c.kind().code(), c.diagnosisDate(),
				c.histologicSubtype(), c.findings(), record.current().map(StagingView::of).orElse(null),
				record.history().stream().map(StagingView::of).toList(), orders, c.amendedAt(), c.version());
	}

	record Tnm(String t, String n, String m, String stage) {
	}

	record StagingView(UUID id, int sequence, String occasion, String status, Tnm clinical, Tnm pathological,
			String bwhT, String bccRisk, String slnbAdvice, String effectiveStage, String overrideStage,
			String overrideReason, String changes, List<String> explanation, String ruleVersion, String source,
			Instant computedAt, String computedBy, Instant reviewedAt, String reviewedBy) {
		static StagingView of(StagingRecord r) {
			StageComputation c = r.computation();
			return new StagingView(r.id(), r.sequence(), r.occasion().name().toLowerCase(), r.status().code(),
					new Tnm(c.clinicalT(), c.clinicalN(), c.clinicalM(), c.clinicalStage()),
					new Tnm(c.pathologicalT(), c.pathologicalN(), c.pathologicalM(), c.pathologicalStage()), c.bwhT(),
					c.bccRisk(), c.slnbAdvice(), r.effectiveStage(), r.overrideStage(), r.overrideReason(), r.changes(),
					c.explanation(), c.ruleVersion(), c.source(), r.computedAt(), r.computedBy(), r.reviewedAt(),
					r.reviewedBy());
		}
	}
}
