package org.cutis.staging.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.cutis.clinical.TumourFacts;
import org.cutis.pathology.CorrelationRecorded;
import org.cutis.pathology.KnownPrimaries;
import org.cutis.pathology.PathologyReportAmended;
import org.cutis.pathology.PathologyReportSigned;
import org.cutis.pathology.ReportSubject;
import org.cutis.staging.DiagnosisKind;
import org.cutis.staging.application.CancerDiagnosisManagement.SignedEvidence;
import org.cutis.staging.domain.CancerDiagnoses;
import org.cutis.staging.domain.CancerDiagnosis;
import org.cutis.staging.domain.Evidence;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Pathology's events become cancer evidence: a signed malignant report opens (or adds to) the
 * cancer of its lesion, a metastasis report adds to the primary it names, a structured addendum
 * supersedes the report's earlier facts, a correlation marks the cancer discordant. The events
 * carry the typed facts and the specimen; nothing is read back from pathology or the lesion. Runs
 * after the signature commits, from the event publication registry (retried after a crash); the
 * staging service is idempotent per report version.
 */
@Component
class PathologyToStaging implements KnownPrimaries {
	private final CancerDiagnosisManagement cancers;
	private final CancerDiagnoses diagnoses;
	private final Clock clock;

	PathologyToStaging(CancerDiagnosisManagement cancers, CancerDiagnoses diagnoses, Clock clock) {
		this.cancers = cancers;
		this.diagnoses = diagnoses;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PathologyReportSigned event) {
		cancers.recordEvidence(evidence(event.patientId(), event.lesionId(), event.reportId(), event.specimenId(), 1,
				event.subject(), event.facts(), event.signedAt(), false));
	}

	/** A text-only addendum changes no fact; a structured one is the report's next version. */
	@ApplicationModuleListener
	void on(PathologyReportAmended event) {
		if (event.factsChanged()) {
			cancers.recordEvidence(evidence(event.patientId(), event.lesionId(), event.reportId(), event.specimenId(),
					event.findingsVersion(), event.subject(), event.facts(), event.signedAt(), true));
		}
	}

	@ApplicationModuleListener
	void on(CorrelationRecorded event) {
		cancers.recordCorrelation(event.patientId(), event.lesionId(), event.discordant());
	}

	@Override
	public boolean isMelanomaPrimaryOf(UUID cancerId, UUID patientId) {
		return diagnoses.findById(cancerId)
			.filter(c -> c.patientId().equals(patientId) && c.kind() == DiagnosisKind.MELANOMA)
			.isPresent();
	}

	private SignedEvidence evidence(UUID patientId, UUID lesionId, UUID reportId, UUID specimenId, int version,
			ReportSubject subject, TumourFacts facts, Instant signedAt, boolean correction) {
		CancerDiagnosis.Primary primary = new CancerDiagnosis.Primary(patientId, lesionId, subject.lesionLabel(),
				subject.site() == null ? null : subject.site().site(),
				subject.site() == null ? null : subject.site().laterality(), subject.clinicalDiameterMm());
		Evidence.Source source = new Evidence.Source(reportId, specimenId, version, subject.accession(),
				signedAt.atZone(clock.getZone()).toLocalDate());
		return new SignedEvidence(patientId, lesionId, primary, source, facts, correction);
	}
}
