package org.cutis.patient.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.patient.Insurance;
import org.cutis.patient.Mrn;
import org.cutis.patient.RegistrationEssentials;
import org.cutis.patient.Rrn;
import org.cutis.patient.SpecialCopay;
import org.cutis.patient.PatientRegistered;
import org.cutis.patient.PatientVoided;
import org.cutis.patient.domain.Patient;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.domain.PatientRevision;
import org.cutis.patient.domain.PatientRevisions;
import org.cutis.patient.domain.Patients;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.Forbidden;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
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
	private final RrnProtection rrns;
	private final PatientSearchDocuments search;

	PatientManagement(Patients patients, PatientRevisions revisions, AuditLog audit, CurrentUser currentUser,
			ApplicationEventPublisher events, Clock clock, RrnProtection rrns, PatientSearchDocuments search) {
		this.rrns = rrns;
		this.search = search;
		this.patients = patients;
		this.revisions = revisions;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	public Patient register(PatientDetails details) {
		return register(details, RegistrationEssentials.UNCHANGED);
	}

	public Patient register(PatientDetails details, RegistrationEssentials essentials) {
		refusePatients();
		validate(details, essentials, null);
		Mrn mrn = Mrn.fromSequence(patients.nextMrnSequence());
		Patient patient = new Patient(mrn, details, currentUser.username(), clock.instant());
		recordEssentials(patient, essentials);
		saveRefusingATakenNumber(patient);
		audit.record(AuditAction.CREATE, patient.id(), "patient", patient.mrn(), null);
		search.changed(patient.id());
		events.publishEvent(new PatientRegistered(patient.id(), patient.mrn()));
		return patient;
	}

	/**
	 * Saves new details if the record is still at {@code expectedVersion}; otherwise refuses and
	 * lists what the other user changed since that version.
	 */
	public Patient change(UUID id, long expectedVersion, PatientDetails details) {
		return change(id, expectedVersion, details, RegistrationEssentials.UNCHANGED);
	}

	public Patient change(UUID id, long expectedVersion, PatientDetails details, RegistrationEssentials essentials) {
		refusePatients();
		Patient patient = load(id);
		if (patient.version() != expectedVersion) {
			throw new ConcurrentEdit("patient", changesSince(patient, expectedVersion));
		}
		validate(details, essentials, patient);
		keepRevision(patient, "UPDATE");
		patient.change(details);
		recordEssentials(patient, essentials);
		saveRefusingATakenNumber(patient);
		audit.record(AuditAction.UPDATE, patient.id(), "patient", patient.mrn(), null);
		search.changed(patient.id());
		return patient;
	}

	public Patient voidRecord(UUID id, String reason) {
		refusePatients();
		Patient patient = load(id);
		keepRevision(patient, "VOID");
		patient.voidRecord(reason, currentUser.username(), clock.instant());
		audit.record(AuditAction.VOID, patient.id(), "patient", patient.mrn(), reason);
		search.changed(patient.id());
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

	/**
	 * The whole registration number, for those allowed to see it (registration staff, physicians);
	 * audited as a VIEW of record type {@code rrn}, whether or not a number is recorded.
	 */
	public Optional<Rrn> revealRrn(UUID id) {
		Patient patient = load(id);
		audit.record(AuditAction.VIEW, patient.id(), "rrn", patient.mrn(), null);
		if (!patient.hasRrn()) {
			return Optional.empty();
		}
		return Optional.of(rrns.reveal(patient.id(), patient.rrnKeyId(), patient.rrnCipher()));
	}

	/**
	 * Details and essentials checked together, every problem at once; then the number must be
	 * another living chart's (the keyed hash) and, when unchanged, still fit changed details.
	 */
	private void validate(PatientDetails details, RegistrationEssentials essentials, Patient existing) {
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		try {
			details.validate(today);
		}
		catch (InvalidInput invalid) {
			problems.addAll(invalid.problems());
		}
		problems.addAll(essentials.problems(details, today));
		if (existing != null && existing.hasRrn() && essentials.rrnUnchanged()) {
			problems.addAll(rrns.reveal(existing.id(), existing.rrnKeyId(), existing.rrnCipher())
				.problemsWith(details.birthDate(), details.sex()));
		}
		if (problems.isEmpty() && essentials.parsedRrn() != null) {
			String hash = rrns.hash(essentials.parsedRrn());
			patients.findByRrnHashAndVoidedAtIsNull(hash)
				.filter(other -> existing == null || !other.id().equals(existing.id()))
				.ifPresent(other -> problems.add(new FieldProblem("rrn", "patient.rrn.duplicate", other.mrn())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/**
	 * Two desks registering the same person at the same moment both pass the check above; the
	 * unique index lets one through and the other is refused like any duplicate.
	 */
	private void saveRefusingATakenNumber(Patient patient) {
		try {
			patients.saveAndFlush(patient);
		}
		catch (DataIntegrityViolationException taken) {
			if (String.valueOf(taken.getMessage()).contains("patient_rrn_hash_unique")) {
				throw new InvalidInput("rrn", "patient.rrn.taken");
			}
			throw taken;
		}
	}

	private void recordEssentials(Patient patient, RegistrationEssentials essentials) {
		if (essentials.rrnRemoved()) {
			patient.recordRrn(null);
		}
		else if (essentials.parsedRrn() != null) {
			patient.recordRrn(rrns.protect(patient.id(), essentials.parsedRrn()));
		}
		if (essentials.insurance() != null) {
			patient.recordInsurance(essentials.insurance());
		}
		if (essentials.specialCopay() != null) {
			patient.recordSpecialCopay(essentials.specialCopay());
		}
	}

	@Transactional(readOnly = true)
	public List<PatientRevision> history(UUID id) {
		return revisions.findByPatientIdOrderByVersionDesc(id);
	}

	private void keepRevision(Patient patient, String kind) {
		revisions.save(new PatientRevision(patient.id(), patient.version(), clock.instant(), currentUser.username(), kind,
				patient.details().snapshot() + essentialsSnapshot(patient)));
	}

	/** The essentials as the history keeps them: the number only masked, never its digits. */
	private static String essentialsSnapshot(Patient patient) {
		Insurance insurance = patient.insurance();
		SpecialCopay copay = patient.specialCopay();
		return "rrn=" + (patient.rrnMasked() == null ? "" : patient.rrnMasked()) + "\n"
				+ "insurance=" + (insurance.recorded() ? insurance.type().code()
						+ (insurance.grade() == null ? "" : " " + insurance.grade()) : "") + "\n"
				+ "specialCopay=" + (copay.recorded() ? copay.number() + " " + copay.registeredOn() : "") + "\n";
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
