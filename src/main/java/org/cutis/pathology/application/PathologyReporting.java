package org.cutis.pathology.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinical.Diagnosis;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.ElectronicSignature;
import org.cutis.identity.SignatureMethod;
import org.cutis.identity.SignatureSecret;
import org.cutis.pathology.CorrelationRecorded;
import org.cutis.pathology.KnownPrimaries;
import org.cutis.pathology.PathologyReportAmended;
import org.cutis.pathology.PathologyReportDrafted;
import org.cutis.pathology.PathologyReportSigned;
import org.cutis.pathology.ReportSubject;
import org.cutis.pathology.SpecimenForReport;
import org.cutis.pathology.domain.Addenda;
import org.cutis.pathology.domain.Addendum;
import org.cutis.pathology.domain.Findings;
import org.cutis.pathology.domain.PathologyReport;
import org.cutis.pathology.domain.PathologyReports;
import org.cutis.pathology.domain.ReceivedSpecimen;
import org.cutis.pathology.domain.ReceivedSpecimens;
import org.cutis.pathology.Synoptic;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, signing and amending reports, and the clinician's correlation; each step audited and
 * published with the report's typed facts. The specimen's place in the loop follows from these
 * events (the biopsy module listens); pathology never writes the specimen.
 */
@Service
@Transactional
public class PathologyReporting {
	private final ReportSearchDocuments search;
	private final PathologyReports reports;
	private final Addenda addenda;
	private final ReceivedSpecimens specimens;
	private final ObjectProvider<KnownPrimaries> primaries;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ElectronicSignature signature;

	PathologyReporting(PathologyReports reports, Addenda addenda, ReceivedSpecimens specimens,
			ObjectProvider<KnownPrimaries> primaries, AuditLog audit, CurrentUser currentUser,
			ApplicationEventPublisher events, Clock clock, ElectronicSignature signature, ReportSearchDocuments search) {
		this.search = search;
		this.signature = signature;
		this.reports = reports;
		this.addenda = addenda;
		this.specimens = specimens;
		this.primaries = primaries;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/** Creates or updates the draft; the first draft makes the specimen "reported (preliminary)". */
	public PathologyReport writeReport(UUID specimenId, Synoptic synoptic) {
		ReceivedSpecimen specimen = specimens.findById(specimenId)
			.orElseThrow(() -> new RefusedTransition("pathology.specimen.notReceived"));
		requireKnownPrimary(synoptic, specimen.patientId(), "cancerId");
		var existing = reports.findBySpecimenId(specimenId);
		PathologyReport report;
		if (existing.isPresent()) {
			report = existing.get();
			report.record(synoptic, currentUser.username(), clock.instant());
		}
		else {
			if (specimen.withdrawn()) {
				throw new RefusedTransition("pathology.specimen.notReceived");
			}
			report = reports.save(new PathologyReport(specimenId, specimen.patientId(), specimen.lesionId(), synoptic,
					currentUser.username(), clock.instant()));
			events.publishEvent(new PathologyReportDrafted(report.id(), specimenId, clock.instant(),
					currentUser.username()));
		}
		audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, report.patientId(),
				"pathology-report", report.id(), report.diagnosis().code());
		search.changed(report.id());
		return report;
	}

	/**
	 * Signs out as the current user, who confirms it is them with the password or the signing
	 * PIN ({@link ElectronicSignature}); nothing is signed when that is refused.
	 */
	public PathologyReport signReport(UUID id, SignatureSecret secret) {
		// an unknown or already signed report is refused before the signer is asked: no guess spent on it
		if (load(id).status() == PathologyReport.Status.SIGNED) {
			throw new RefusedTransition("pathology.alreadySigned");
		}
		SignatureMethod method = signature.confirm(currentUser.username(), secret);
		return signConfirmed(id, method);
	}

	/**
	 * Signs out with a signature already confirmed by {@code method}: for {@link #signReport} and
	 * the demonstration center (method {@code demo}), never for a person's request.
	 */
	public PathologyReport signConfirmed(UUID id, SignatureMethod method) {
		PathologyReport report = load(id);
		report.sign(currentUser.username(), method, clock.instant());
		ReceivedSpecimen received = specimens.findById(report.specimenId())
			.orElseThrow(() -> new NotFound("specimen", report.specimenId()));
		received.reportSigned(report.signedAt());
		SpecimenForReport specimen = received.summary();
		audit.record(AuditAction.UPDATE, report.patientId(), "pathology-report", id, "signed (" + method.code() + ")");
		search.changed(id);
		events.publishEvent(new PathologyReportSigned(report.id(), report.specimenId(), report.patientId(),
				report.lesionId(), subject(specimen), report.facts(specimen.role()), report.ptCategory(),
				report.signedAt(), report.signedBy()));
		return report;
	}

	/**
	 * A signed addendum; with {@code correction} the report's findings get a new version (the
	 * original stays readable) and staging restages from it. The signer confirms it is them
	 * (password or PIN) once the addendum's reason and text are valid, before anything changes;
	 * nothing is kept when that is refused.
	 */
	public Addendum amend(UUID id, String reason, String text, Synoptic correction, SignatureSecret secret) {
		PathologyReport report = load(id);
		Addendum addendum = new Addendum(report, reason, text, currentUser.username(), clock.instant());
		addendum.signedWith(signature.confirm(currentUser.username(), secret));
		SpecimenForReport specimen = specimen(report);
		List<String> changes = List.of();
		if (correction != null) {
			var before = report.facts(specimen.role());
			Findings version;
			try {
				version = report.correct(correction, addendum.id(), currentUser.username(), clock.instant());
			}
			catch (InvalidInput invalid) {
				throw invalid.nestedUnder("findings");
			}
			requireKnownPrimary(version.synoptic(), report.patientId(), "findings.cancerId");
			changes = version.facts(specimen.role()).changesFrom(before);
			addendum.corrected(version, changes);
		}
		addenda.save(addendum);
		audit.record(AuditAction.UPDATE, report.patientId(), "pathology-report", id,
				"addendum: " + addendum.reason() + (changes.isEmpty() ? "" : " (" + String.join("; ", changes) + ")"));
		search.changed(id);
		events.publishEvent(new PathologyReportAmended(report.id(), addendum.id(), report.specimenId(),
				report.patientId(), report.lesionId(), subject(specimen), report.facts(specimen.role()),
				report.current().number(), changes, addendum.reason(), addendum.signedAt(), addendum.signedBy()));
		return addendum;
	}

	public PathologyReport correlate(UUID id, PathologyReport.Correlation verdict, String note) {
		PathologyReport report = load(id);
		report.correlate(verdict, note, currentUser.username(), clock.instant());
		audit.record(AuditAction.UPDATE, report.patientId(), "pathology-report", id,
				"correlation " + verdict.name().toLowerCase());
		Diagnosis impression = specimens.findById(report.specimenId())
			.map(s -> s.summary().clinicalImpression())
			.orElse(null);
		events.publishEvent(new CorrelationRecorded(report.id(), report.specimenId(), report.patientId(),
				report.lesionId(), report.diagnosis(), impression, verdict == PathologyReport.Correlation.DISCORDANT,
				report.correlationNote()));
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

	/** The received specimen a report is about, as the requisition described it. */
	@Transactional(readOnly = true)
	public Optional<SpecimenForReport> specimen(UUID specimenId) {
		return specimens.findById(specimenId).map(ReceivedSpecimen::summary);
	}

	/** A metastasis is filed under a melanoma primary of the same patient, or not at all. */
	private void requireKnownPrimary(Synoptic synoptic, UUID patientId, String field) {
		UUID cancerId = synoptic.metastasis().cancerId();
		if (cancerId == null) {
			return;
		}
		KnownPrimaries known = primaries.getIfAvailable();
		if (known == null || !known.isMelanomaPrimaryOf(cancerId, patientId)) {
			throw new InvalidInput(field, "pathology.metastasis.primaryUnknown");
		}
	}

	private SpecimenForReport specimen(PathologyReport report) {
		return specimens.findById(report.specimenId())
			.map(ReceivedSpecimen::summary)
			.orElseThrow(() -> new NotFound("specimen", report.specimenId()));
	}

	private static ReportSubject subject(SpecimenForReport s) {
		return new ReportSubject(s.accession(), s.lesionLabel(), s.bodySite(), s.technique(), s.clinicalImpression(),
				s.clinicalDiameterMm());
	}

	private PathologyReport load(UUID id) {
		return reports.findById(id).orElseThrow(() -> new NotFound("pathology-report", id));
	}
}
