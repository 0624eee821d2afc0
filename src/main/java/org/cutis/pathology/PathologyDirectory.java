package org.cutis.pathology;

import java.util.UUID;

import org.cutis.pathology.domain.PathologyReport;
import org.cutis.pathology.domain.PathologyReports;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For other modules: questions about a lesion's pathology. Does not audit; callers audit their own views. */
@Component
@Transactional(readOnly = true)
public class PathologyDirectory {
	private final PathologyReports reports;

	PathologyDirectory(PathologyReports reports) {
		this.reports = reports;
	}

	/** A signed report exists for the lesion: it has a histological diagnosis a re-excision can follow. */
	public boolean hasSignedDiagnosis(UUID lesionId) {
		return reports.findByLesionId(lesionId).stream().anyMatch(r -> r.status() == PathologyReport.Status.SIGNED);
	}

	/** The patient's signed reports, oldest first (drafts are no result yet). */
	public java.util.List<SignedReport> signedReportsOf(UUID patientId) {
		return reports.findByPatientId(patientId)
			.stream()
			.filter(r -> r.status() == PathologyReport.Status.SIGNED)
			.sorted(java.util.Comparator.comparing(PathologyReport::signedAt))
			.map(r -> new SignedReport(r.id(), r.specimenId(), r.lesionId(), r.signedAt(), r.diagnosis()))
			.toList();
	}
}
