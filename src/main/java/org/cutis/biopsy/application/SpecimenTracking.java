package org.cutis.biopsy.application;

import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.biopsy.CommunicationMethod;
import org.cutis.biopsy.SpecimenReceived;
import org.cutis.biopsy.BiopsyOrder;
import org.cutis.biopsy.domain.Specimen;
import org.cutis.biopsy.domain.SpecimenStep;
import org.cutis.biopsy.domain.Specimens;
import org.cutis.identity.CurrentUser;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionSummary;
import org.cutis.clinical.SpecimenRole;
import org.cutis.pathology.PathologyDirectory;
import org.cutis.pathology.PathologyIntake;
import org.cutis.pathology.SpecimenForReport;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ordering biopsies and moving their specimens through the loop; every step audited. */
@Service
@Transactional
public class SpecimenTracking {
	private final Specimens specimens;
	private final LesionDirectory lesions;
	private final PatientDirectory patients;
	private final PathologyIntake pathology;
	private final PathologyDirectory reports;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SpecimenSearchDocuments search;

	SpecimenTracking(Specimens specimens, LesionDirectory lesions, PatientDirectory patients, PathologyIntake pathology,
			PathologyDirectory reports, AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
			SpecimenSearchDocuments search) {
		this.search = search;
		this.specimens = specimens;
		this.lesions = lesions;
		this.patients = patients;
		this.pathology = pathology;
		this.reports = reports;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	public Specimen orderBiopsy(UUID lesionId, BiopsyOrder order) {
		LesionSummary lesion = lesions.find(lesionId).orElseThrow(() -> new NotFound("lesion", lesionId));
		if (lesion.voided()) {
			throw new RefusedTransition("biopsy.lesion.voided");
		}
		// a re-excision follows a histological diagnosis; without one it would be a diagnostic biopsy
		if (order.purpose() == SpecimenRole.RE_EXCISION && !reports.hasSignedDiagnosis(lesionId)) {
			throw new InvalidInput("purpose", "biopsy.purpose.reExcisionWithoutDiagnosis", lesion.label());
		}
		Specimen specimen = new Specimen(nextAccession(), lesion, order, lesions.hasPhoto(lesionId, order.photoId()),
				currentUser.username(), clock.instant());
		specimens.save(specimen);
		audit.record(AuditAction.CREATE, specimen.patientId(), "specimen", specimen.accession(),
				lesion.label() + " " + specimen.technique().code() + " " + specimen.role().code());
		search.changed(specimen.id());
		return specimen;
	}

	/** S + two-digit year + six-digit number: short enough to type, unique for the center. */
	private String nextAccession() {
		return String.format("S%02d-%06d", Year.now(clock).getValue() % 100, specimens.nextAccessionNumber());
	}

	public Specimen collect(UUID id) {
		Specimen s = load(id);
		s.collect(currentUser.username(), clock.instant());
		return audited(s, "collected");
	}

	public Specimen send(UUID id) {
		Specimen s = load(id);
		s.send(currentUser.username(), clock.instant());
		return audited(s, "sent to pathology");
	}

	/** The container in hand: what was scanned or typed, and the MRN and site written on it. */
	public Specimen receive(UUID id, String scannedAccession, String containerMrn, AnatomicSite containerSite) {
		Specimen s = load(id);
		PatientSummary patient = patients.find(s.patientId()).orElseThrow(() -> new NotFound("patient", s.patientId()));
		s.receive(scannedAccession, containerMrn, patient.mrn(), containerSite, currentUser.username(),
				clock.instant());
		audited(s, "received");
		SpecimenStep received = s.latest(SpecimenStep.What.RECEIVED).orElseThrow();
		handOver(s, received);
		events.publishEvent(new SpecimenReceived(s.id(), s.accession(), s.patientId(), s.lesionId(), received.at(),
				received.by()));
		return s;
	}

	/**
	 * Pathology gets what the requisition says, with the lesion's label and clinical size: the
	 * facts it reports on flow forward from here, it never reads the specimen back.
	 */
	private void handOver(Specimen s, SpecimenStep received) {
		LesionSummary lesion = lesions.find(s.lesionId()).orElseThrow(() -> new NotFound("lesion", s.lesionId()));
		pathology.receive(new SpecimenForReport(s.id(), s.accession(), s.patientId(), s.lesionId(), lesion.label(),
				s.site(), s.laterality(), s.technique(), s.role(), s.clinicalImpression(), s.clinicalHistory(),
				lesion.sizeMm(), s.ordered().by(), received.at(), received.by()));
	}

	/** Receiving by scan alone: the accession finds the specimen, then the checks above apply. */
	public Specimen receiveScanned(String scannedAccession, String containerMrn, AnatomicSite containerSite) {
		if (scannedAccession == null || scannedAccession.isBlank()) {
			throw new InvalidInput("accession", "error.field.required");
		}
		Specimen s = specimens.findByAccessionIgnoreCase(scannedAccession.trim())
			.orElseThrow(() -> new InvalidInput("accession", "biopsy.receive.unknownAccession"));
		return receive(s.id(), scannedAccession, containerMrn, containerSite);
	}

	/** Rejected with a reason; the re-collection specimen takes its place in the path log. */
	public Specimen reject(UUID id, String reason) {
		Specimen s = load(id);
		s.reject(reason, currentUser.username(), clock.instant());
		pathology.withdraw(id, "rejected: " + reason);
		audit.record(AuditAction.UPDATE, s.patientId(), "specimen", s.accession(), "rejected: " + reason);
		Specimen again = specimens.save(s.recollection(nextAccession(), currentUser.username(), clock.instant()));
		audit.record(AuditAction.CREATE, again.patientId(), "specimen", again.accession(),
				"re-collection of " + s.accession());
		search.changed(s.id());
		search.changed(again.id());
		return again;
	}

	public Specimen gross(UUID id) {
		Specimen s = load(id);
		s.gross(currentUser.username(), clock.instant());
		return audited(s, "grossed");
	}

	public Specimen review(UUID id) {
		Specimen s = load(id);
		s.review(currentUser.username(), clock.instant());
		return audited(s, "result reviewed");
	}

	public Specimen communicate(UUID id, CommunicationMethod method) {
		Specimen s = load(id);
		s.communicate(method, currentUser.username(), clock.instant());
		return audited(s, "communicated " + (method == null ? "" : method.code()));
	}

	public Specimen voidSpecimen(UUID id, String reason) {
		Specimen s = load(id);
		s.voidRecord(reason, currentUser.username(), clock.instant());
		pathology.withdraw(id, "voided: " + reason);
		audit.record(AuditAction.VOID, s.patientId(), "specimen", s.accession(), reason);
		search.changed(s.id());
		return s;
	}

	/** Dispatches a step; returns the specimen it concerns (for a rejection, the re-collection). */
	public Specimen apply(UUID id, SpecimenEvent event) {
		if (event.type() == null) {
			throw new InvalidInput("type", "biopsy.event.invalid");
		}
		return switch (event.type()) {
			case COLLECT -> collect(id);
			case SEND -> send(id);
			case RECEIVE -> receive(id, event.accession(), event.mrn(), event.site());
			case REJECT -> reject(id, event.reason());
			case GROSS -> gross(id);
			case REVIEW -> review(id);
			case COMMUNICATE -> communicate(id, event.method());
			case VOID -> voidSpecimen(id, event.reason());
		};
	}

	public Specimen view(UUID id) {
		Specimen s = load(id);
		audit.record(AuditAction.VIEW, s.patientId(), "specimen", s.accession(), null);
		return s;
	}

	@Transactional(readOnly = true)
	public List<Specimen> ofLesion(UUID lesionId) {
		return specimens.findByLesionId(lesionId)
			.stream()
			.sorted(Comparator.comparing(s -> s.ordered().at()))
			.toList();
	}

	private Specimen audited(Specimen s, String what) {
		audit.record(AuditAction.UPDATE, s.patientId(), "specimen", s.accession(), what);
		search.changed(s.id());
		return s;
	}

	private Specimen load(UUID id) {
		Specimen s = specimens.findById(id).orElseThrow(() -> new NotFound("specimen", id));
		currentUser.principal().ifPresent(p -> {
			if (p.isPatient() && !s.patientId().equals(p.patientId())) {
				throw new NotFound("specimen", id);
			}
		});
		return s;
	}
}
