package org.cutis.staging.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.cutis.clinical.Code;
import org.cutis.clinical.Diagnosis;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.pathology.CorrelationRecorded;
import org.cutis.pathology.PathologyDirectory;
import org.cutis.pathology.PathologyReportAmended;
import org.cutis.pathology.PathologyReportSigned;
import org.cutis.pathology.SignedReport;
import org.cutis.rules.bcc.BccSubtype;
import org.cutis.staging.DiagnosisKind;
import org.cutis.staging.PathologyFindings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A signed malignant report opens (or restages) the cancer of its lesion; an amended one, or a
 * clinicopathological correlation, restages it and flags decisions taken on the old values. Runs after the signature commits, from
 * the event publication registry (retried after a crash); the staging service is idempotent per
 * report. Values the report does not carry (clinical diameter, borders, recurrence) stay "not
 * recorded" and the staging explanation says what could not be decided.
 */
@Component
class PathologyToStaging {
	private static final Logger log = LoggerFactory.getLogger(PathologyToStaging.class);
	private static final BigDecimal NERVE_THRESHOLD_MM = new BigDecimal("0.1");

	private final PathologyDirectory reports;
	private final LesionDirectory lesions;
	private final CancerDiagnosisManagement cancers;
	private final Clock clock;

	PathologyToStaging(PathologyDirectory reports, LesionDirectory lesions, CancerDiagnosisManagement cancers,
			Clock clock) {
		this.reports = reports;
		this.lesions = lesions;
		this.cancers = cancers;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PathologyReportSigned event) {
		findings(event.reportId()).ifPresent(cancers::recordSignedPathology);
	}

	@ApplicationModuleListener
	void on(PathologyReportAmended event) {
		findings(event.reportId()).ifPresent(cancers::recordAmendedPathology);
	}

	/** A discordant (or no longer discordant) correlation changes the findings the board acts on. */
	@ApplicationModuleListener
	void on(CorrelationRecorded event) {
		findings(event.reportId()).ifPresent(cancers::recordAmendedPathology);
	}

	Optional<PathologyFindings> findings(UUID reportId) {
		Optional<SignedReport> signed = reports.signed(reportId);
		if (signed.isEmpty() || !signed.get().diagnosis().isMalignant()) {
			return Optional.empty();
		}
		SignedReport r = signed.get();
		LesionSummary lesion = lesions.find(r.lesionId()).orElse(null);
		if (lesion == null) {
			log.warn("Report {} names lesion {} which does not exist; not staged", reportId, r.lesionId());
			return Optional.empty();
		}
		Diagnosis d = r.diagnosis();
		return Optional.of(new PathologyFindings(r.patientId(), r.lesionId(), r.reportId(), lesion.label(), kind(d),
				value(d.snomed()), value(d.icd10()), value(d.icdO3()),
				r.signedAt().atZone(clock.getZone()).toLocalDate(), r.histologicSubtype(),
				lesion.site() == null ? null : lesion.site().code(), d == Diagnosis.MELANOMA_IN_SITU,
				d == Diagnosis.MELANOMA_IN_SITU ? null : r.breslowMm(), Boolean.TRUE.equals(r.ulceration()),
				r.mitoticRatePerMm2() == null ? null : r.mitoticRatePerMm2().setScale(0, RoundingMode.HALF_UP).intValue(),
				Boolean.TRUE.equals(r.microsatellites()), null, r.tumourDepthMm(), differentiation(r.differentiation()),
				Boolean.TRUE.equals(r.perineuralInvasion()),
				r.nerveCalibreMm() != null && r.nerveCalibreMm().compareTo(NERVE_THRESHOLD_MM) >= 0,
				Boolean.TRUE.equals(r.beyondSubcutaneousFat()), null, bccSubtype(r.bccSubtypes()), null, false, false,
				r.discordant()));
	}

	/** Melanoma (also in situ), cSCC and BCC have staging rules; other malignancies are recorded unstaged. */
	static DiagnosisKind kind(Diagnosis diagnosis) {
		return switch (diagnosis) {
			case MELANOMA, MELANOMA_IN_SITU -> DiagnosisKind.MELANOMA;
			case CSCC -> DiagnosisKind.CSCC;
			case BCC -> DiagnosisKind.BCC;
			default -> DiagnosisKind.OTHER;
		};
	}

	/**
	 * The report's differentiation is the pathologist's wording ("moderately differentiated");
	 * staging needs the grade. Wording that names no grade stays "not recorded".
	 */
	static String differentiation(String wording) {
		if (wording == null) {
			return null;
		}
		String text = wording.toLowerCase();
		if (text.contains("poor") || text.contains("undifferentiated")) {
			return "poor";
		}
		if (text.contains("moderate")) {
			return "moderate";
		}
		if (text.contains("well")) {
			return "well";
		}
		return null;
	}

	/** Of several BCC subtypes in one tumour, an aggressive one decides the NCCN risk. */
	static String bccSubtype(String subtypes) {
		if (subtypes == null || subtypes.isBlank()) {
			return null;
		}
		String[] named = Arrays.stream(subtypes.split("[,;/]")).map(String::trim).filter(s -> !s.isEmpty())
			.toArray(String[]::new);
		for (String subtype : named) {
			for (BccSubtype known : BccSubtype.values()) {
				if (known.code().equalsIgnoreCase(subtype) && known.isAggressive()) {
					return known.code();
				}
			}
		}
		return named.length == 0 ? null : named[0];
	}

	private static String value(Code code) {
		return code == null ? null : code.value();
	}
}
