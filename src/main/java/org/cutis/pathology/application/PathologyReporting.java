package org.cutis.pathology.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.biopsy.SpecimenLoop;
import org.cutis.biopsy.SpecimenStatus;
import org.cutis.biopsy.SpecimenSummary;
import org.cutis.identity.CurrentUser;
import org.cutis.pathology.CorrelationRecorded;
import org.cutis.pathology.PathologyReportAmended;
import org.cutis.pathology.PathologyReportSigned;
import org.cutis.pathology.domain.Addenda;
import org.cutis.pathology.domain.Addendum;
import org.cutis.pathology.domain.PathologyReport;
import org.cutis.pathology.domain.PathologyReports;
import org.cutis.pathology.domain.Synoptic;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing, signing and amending reports, and the clinician's correlation; each step audited. */
@Service
@Transactional
public class PathologyReporting {
	private final PathologyReports reports;
	private final Addenda addenda;
	private final SpecimenLoop specimens;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PathologyReporting(PathologyReports reports, Addenda addenda, SpecimenLoop specimens, AuditLog audit,
			CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.addenda = addenda;
		this.specimens = specimens;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/** Creates or updates the draft; the first draft makes the specimen "reported (preliminary)". */
	public PathologyReport writeReport(UUID specimenId, Synoptic synoptic) {
		SpecimenSummary specimen = specimens.find(specimenId).orElseThrow(() -> new NotFound("specimen", specimenId));
		var existing = reports.findBySpecimenId(specimenId);
		PathologyReport report;
		if (existing.isPresent()) {
			report = existing.get();
			report.record(synoptic, currentUser.username(), clock.instant());
		}
		else {
			if (specimen.status() != SpecimenStatus.RECEIVED && specimen.status() != SpecimenStatus.GROSSED) {
				throw new RefusedTransition("pathology.specimen.notReceived");
			}
			report = reports.save(new PathologyReport(specimenId, specimen.patientId(), specimen.lesionId(), synoptic,
					currentUser.username(), clock.instant()));
			specimens.reported(specimenId, currentUser.username());
		}
		audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, report.patientId(),
				"pathology-report", report.id(), report.diagnosis().code());
		return report;
	}

	public PathologyReport signReport(UUID id) {
		PathologyReport report = load(id);
		report.sign(currentUser.username(), clock.instant());
		specimens.signed(report.specimenId(), report.diagnosis().behaviour(), currentUser.username());
		audit.record(AuditAction.UPDATE, report.patientId(), "pathology-report", id, "signed");
		events.publishEvent(new PathologyReportSigned(report.id(), report.specimenId(), report.patientId(),
				report.lesionId(), report.diagnosis().code(), report.diagnosis().codes(), report.isMalignant(),
				report.breslowMm(), report.ulceration(), report.ptCategory(), report.ptRuleSet(),
				report.peripheralMarginInvolved(), report.deepMarginInvolved(), report.signedAt(), report.signedBy()));
		return report;
	}

	public Addendum amend(UUID id, String reason, String text) {
		PathologyReport report = load(id);
		Addendum addendum = addenda.save(new Addendum(report, reason, text, currentUser.username(), clock.instant()));
		specimens.amended(report.specimenId(), report.diagnosis().behaviour());
		audit.record(AuditAction.UPDATE, report.patientId(), "pathology-report", id, "addendum: " + reason);
		events.publishEvent(new PathologyReportAmended(report.id(), report.specimenId(), report.patientId(),
				report.lesionId(), addendum.reason(), addendum.signedAt(), addendum.signedBy()));
		return addendum;
	}

	public PathologyReport correlate(UUID id, PathologyReport.Correlation verdict, String note) {
		PathologyReport report = load(id);
		report.correlate(verdict, note, currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, report.patientId(), "pathology-report", id,
				"correlation " + verdict.name().toLowerCase());
		SpecimenSummary specimen = specimens.find(report.specimenId()).orElseThrow();
		events.publishEvent(new CorrelationRecorded(report.id(), report.specimenId(), report.patientId(),
				report.lesionId(), report.diagnosis(), specimen.clinicalImpression(),
				verdict == PathologyReport.Correlation.DISCORDANT, report.correlationNote()));
		return report;
	}

	public PathologyReport view(UUID id) {
		PathologyReport report = load(id);
		audit.record(AuditAction.VIEW, report.patientId(), "pathology-report", id, null);
		return report;
	}

	/** The report of a specimen, if one was written; looking at it is audited like any view. */
	public Optional<PathologyReport> viewOfSpecimen(UUID specimenId) {
		Optional<PathologyReport> report = reports.findBySpecimenId(specimenId);
		report.ifPresent(r -> audit.record(AuditAction.VIEW, r.patientId(), "pathology-report", r.id(), null));
		return report;
	}

	@Transactional(readOnly = true)
	public List<Addendum> addendaOf(UUID reportId) {
		return addenda.findByReportIdOrderBySignedAtDesc(reportId);
	}

	private PathologyReport load(UUID id) {
		return reports.findById(id).orElseThrow(() -> new NotFound("pathology-report", id));
	}
}
