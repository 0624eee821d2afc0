package org.cutis.pathology;

import java.util.Optional;
import java.util.UUID;

import org.cutis.pathology.domain.PathologyReport;
import org.cutis.pathology.domain.PathologyReports;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For other modules: the signed values of a report. Does not audit; callers audit their own views. */
@Component
@Transactional(readOnly = true)
public class PathologyDirectory {
	private final PathologyReports reports;

	PathologyDirectory(PathologyReports reports) {
		this.reports = reports;
	}

	/** The report's values once signed; empty for an unknown or unsigned report. */
	public Optional<SignedReport> signed(UUID reportId) {
		return reports.findById(reportId).filter(r -> r.signedAt() != null).map(PathologyDirectory::signed);
	}

	private static SignedReport signed(PathologyReport r) {
		return new SignedReport(r.id(), r.patientId(), r.lesionId(), r.diagnosis(), r.histologicSubtype(),
				r.breslowMm(), r.ulceration(), r.mitoticRatePerMm2(), r.microsatellites(), r.differentiation(),
				r.tumourDepthMm(), r.beyondSubcutaneousFat(), r.perineuralInvasion(), r.nerveCalibreMm(),
				r.bccSubtypes(), r.correlation() == PathologyReport.Correlation.DISCORDANT, r.signedAt());
	}
}
