package org.cutis.patient.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.patient.Mrn;
import org.cutis.patient.PatientRegistered;
import org.cutis.patient.PatientVoided;
import org.cutis.patient.domain.Patient;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.domain.PatientRevision;
import org.cutis.patient.domain.PatientRevisions;
import org.cutis.patient.domain.Patients;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.Forbidden;
import org.cutis.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, changing, voiding and opening patient records; each step audited. */
@Service
@Transactional
public class PatientManagement {
	private final Patients patients;
	private final PatientRevisions revisions;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PatientManagement(Patients patients, PatientRevisions revisions, AuditLog audit, CurrentUser currentUser,
			ApplicationEventPublisher events, Clock clock) {
		this.patients = patients;
		this.revisions = revisions;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	public Patient register(PatientDetails details) {
		refusePatients();
		details.validate(LocalDate.now(clock));
		Mrn mrn = Mrn.fromSequence(patients.nextMrnSequence());
		Patient patient = patients.save(new Patient(mrn, details, currentUser.username(), clock.instant()));
		audit.record(AuditAction.CREATE, patient.id(), "patient", patient.mrn(), null);
		events.publishEvent(new PatientRegistered(patient.id(), patient.mrn()));
		return patient;
	}

	/**
	 * Saves new details if the record is still at {@code expectedVersion}; otherwise refuses and
	 * lists what the other user changed since that version.
	 */
	public Patient change(UUID id, long expectedVersion, PatientDetails details) {
		refusePatients();
		Patient patient = load(id);
		if (patient.version() != expectedVersion) {
			throw new ConcurrentEdit("patient", changesSince(patient, expectedVersion));
		}
		details.validate(LocalDate.now(clock));
		keepRevision(patient, "UPDATE");
		patient.change(details);
		patients.saveAndFlush(patient);
		audit.record(AuditAction.UPDATE, patient.id(), "patient", patient.mrn(), null);
		return patient;
	}

	public Patient voidRecord(UUID id, String reason) {
		refusePatients();
		Patient patient = load(id);
		keepRevision(patient, "VOID");
		patient.voidRecord(reason, currentUser.username(), clock.instant());
		audit.record(AuditAction.VOID, patient.id(), "patient", patient.mrn(), reason);
		events.publishEvent(new PatientVoided(patient.id(), reason));
		return patient;
	}

	/** Opens a chart: the one read that is audited as a VIEW. Patients may open only their own. */
	public Patient view(UUID id) {
		Patient patient = load(id);
		currentUser.principal().ifPresent(principal -> {
			if (principal.isPatient() && !id.equals(principal.patientId())) {
				throw new NotFound("patient", id);
			}
		});
		audit.record(AuditAction.VIEW, patient.id(), "patient", patient.mrn(), null);
		return patient;
	}

	@Transactional(readOnly = true)
	public List<PatientRevision> history(UUID id) {
		return revisions.findByPatientIdOrderByVersionDesc(id);
	}

	private void keepRevision(Patient patient, String kind) {
		revisions.save(new PatientRevision(patient.id(), patient.version(), clock.instant(), currentUser.username(), kind,
				patient.details().snapshot()));
	}

	private Map<String, String> changesSince(Patient patient, long version) {
		Map<String, String> then = revisions.findFirstByPatientIdAndVersion(patient.id(), version)
			.map(r -> PatientDetails.parseSnapshot(r.snapshot()))
			.orElse(Map.of());
		Map<String, String> changes = new LinkedHashMap<>();
		patient.details().asMap().forEach((field, now) -> {
			if (!Objects.equals(then.get(field), now)) {
				changes.put(field, now == null ? "" : now);
			}
		});
		return changes;
	}

	private Patient load(UUID id) {
		return patients.findById(id).orElseThrow(() -> new NotFound("patient", id));
	}

	private void refusePatients() {
		if (currentUser.isPatient()) {
			throw new Forbidden("patients cannot change registrations");
		}
	}
}
