package org.cutis.staging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;
import org.cutis.clinical.Laterality;
import org.cutis.clinical.TumourFacts;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.common.Explanation;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.Evidence;
import org.cutis.staging.domain.StageComputation;
import org.cutis.staging.domain.StagingCalculator;
import org.cutis.staging.domain.WorkupFacts;

/**
 * The cancer a signed malignant report opens and its first staging record, computed in memory
 * exactly as {@code CancerDiagnosisManagement.recordEvidence} does when the signature's event
 * arrives (the same cancer entity settles kind, diagnosis, subtype and date; the same calculator
 * stages it with no work-up yet), without a database: for a bulk loader that writes the rows
 * itself (the synthetic center's generator, with COPY), so its cancers are the application's.
 */
public final class StagingAtDiagnosis {
	private static final StagingCalculator CALCULATOR = new StagingCalculator();

	private StagingAtDiagnosis() {
	}

	/** The report that opens the cancer and the lesion it is of. */
	public record SignedReport(UUID patientId, UUID lesionId, String lesionLabel, AnatomicSite site,
			Laterality laterality, BigDecimal clinicalDiameterMm, UUID reportId, UUID specimenId, String accession,
			LocalDate signedOn, TumourFacts facts) {
	}

	/**
	 * The cancer's columns and its first staging record's (occasion diagnosis, status computed), as
	 * the entities keep them: T, N, M with their prefixes, the stage groups, BWH T, BCC risk, the
	 * advice, and the explanation as message codes (one encoded line each) with the rule sets and
	 * sources that produced it.
	 */
	public record Opened(UUID cancerId, DiagnosisKind kind, Diagnosis diagnosis, String histologicSubtype,
			LocalDate diagnosisDate, String clinicalT, String clinicalN, String clinicalM, String clinicalStage,
			String pathologicalT, String pathologicalN, String pathologicalM, String pathologicalStage, String bwhT,
			String bccRisk, String slnbAdvice, String imagingAdvice, boolean microstagingUncertain, String explanation,
			String ruleVersion, String source) {

		/** The stage decisions go by before any override: pathological, else clinical, else the BCC risk group. */
		public String headlineStage() {
			if (pathologicalStage != null) {
				return pathologicalStage;
			}
			return clinicalStage != null ? clinicalStage : bccRisk;
		}
	}

	/**
	 * The cancer with the id the loader gives it (from its own ordered ids: the entity's would be
	 * random); null when the report opens no cancer (benign, or of uncertain behaviour).
	 */
	public static Opened open(SignedReport report, String by, Instant at, UUID cancerId) {
		if (!report.facts().opensCancer() || report.facts().metastasis() != null) {
			return null;
		}
		CancerDiagnosis cancer = new CancerDiagnosis(
				new CancerDiagnosis.Primary(report.patientId(), report.lesionId(), report.lesionLabel(), report.site(),
						report.laterality(), report.clinicalDiameterMm()),
				new Evidence.Source(report.reportId(), report.specimenId(), 1, report.accession(), report.signedOn()),
				report.facts(), by, at);
		return opened(cancerId, cancer, CALCULATOR.compute(cancer.kind(), cancer.tumour(), cancer.combined(),
				WorkupFacts.NONE));
	}

	/** The cancer's columns and a computation's, as {@link Opened} carries them (also for {@link StagingOnEvidence}). */
	static Opened opened(UUID cancerId, CancerDiagnosis cancer, StageComputation c) {
		return new Opened(cancerId, cancer.kind(), cancer.diagnosis(), cancer.histologicSubtype(),
				cancer.diagnosisDate(), c.clinicalT(), c.clinicalN(), c.clinicalM(), c.clinicalStage(), c.pathologicalT(),
				c.pathologicalN(), c.pathologicalM(), c.pathologicalStage(), c.bwhT(), c.bccRisk(), c.slnbAdvice(),
				c.imagingAdvice(), c.microstagingUncertain(), Explanation.encode(c.why()), c.ruleVersion(), c.source());
	}
}
