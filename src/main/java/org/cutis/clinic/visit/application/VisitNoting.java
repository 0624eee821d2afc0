package org.cutis.clinic.visit.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.clinic.VisitAssessment;
import org.cutis.clinic.VisitNoteSigned;
import org.cutis.clinic.visit.domain.VisitNote;
import org.cutis.clinic.visit.domain.VisitNoteAddenda;
import org.cutis.clinic.visit.domain.VisitNoteAddendum;
import org.cutis.clinic.visit.domain.VisitNoteContent;
import org.cutis.clinic.visit.domain.VisitNotes;
import org.cutis.identity.CurrentUser;
import org.cutis.identity.ElectronicSignature;
import org.cutis.identity.SignatureMethod;
import org.cutis.identity.SignatureSecret;
import org.cutis.lesion.LesionDescription;
import org.cutis.lesion.LesionDirectory;
import org.cutis.lesion.LesionRecording;
import org.cutis.lesion.LesionSummary;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit notes: opened from the appointment (which marks the patient seen), saved as a draft with the
 * lesions added to the registry on the way, signed with the password or PIN again, amended by signed
 * addenda. Loads, calls one domain method, saves, audits; publishes {@link VisitNoteSigned}.
 */
@Service
@Transactional
public class VisitNoting {
	private static final String RECORD = "visit-note";

	private final VisitNotes notes;
	private final VisitNoteAddenda addenda;
	private final Appointments appointments;
	private final LesionDirectory lesions;
	private final LesionRecording lesionRecording;
	private final VisitNoteReferences references;
	private final ReviewableResults results;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final ElectronicSignature signature;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final VisitNoteSearchDocuments search;

	VisitNoting(VisitNotes notes, VisitNoteAddenda addenda, Appointments appointments, LesionDirectory lesions,
			LesionRecording lesionRecording, VisitNoteReferences references, ReviewableResults results, AuditLog audit,
			CurrentUser currentUser, ElectronicSignature signature, ApplicationEventPublisher events, Clock clock,
			VisitNoteSearchDocuments search) {
		this.search = search;
		this.notes = notes;
		this.addenda = addenda;
		this.appointments = appointments;
		this.lesions = lesions;
		this.lesionRecording = lesionRecording;
		this.references = references;
		this.results = results;
		this.audit = audit;
		this.currentUser = currentUser;
		this.signature = signature;
		this.events = events;
		this.clock = clock;
	}

	/** A lesion found at this visit, for the registry; {@code suspected}: relapse or a new primary suspected there. */
	public record NewLesion(LesionDescription description, boolean suspected) {
	}

	/** The note with its appointment and addenda, as pages and the API show it. */
	public record Visit(AppointmentSummary appointment, VisitNote note, List<VisitNoteAddendum> addenda) {
	}

	/**
	 * The doctor opens the note of an appointment: the appointment is marked seen (the patient is
	 * with the doctor), and the saved draft or signed note comes back, empty when none was saved yet.
	 * Audited as a view of the note (or of the appointment, before there is a note).
	 */
	public Visit open(UUID appointmentId) {
		AppointmentSummary appointment = appointment(appointmentId);
		markSeen(appointment);
		Optional<VisitNote> note = notes.findByAppointmentId(appointmentId);
		audit.record(AuditAction.VIEW, appointment.patientId(), note.isPresent() ? RECORD : "appointment",
				note.map(VisitNote::id).orElse(appointmentId), "visit note opened");
		return new Visit(appointment, note.orElse(null), note.map(n -> addendaOf(n.id())).orElse(List.of()));
	}

	/** The note of an appointment for a reader (audited); not found before a draft was saved. */
	@Transactional
	public Visit view(UUID appointmentId) {
		AppointmentSummary appointment = appointment(appointmentId);
		VisitNote note = notes.findByAppointmentId(appointmentId).orElseThrow(() -> new NotFound(RECORD, appointmentId));
		audit.record(AuditAction.VIEW, note.patientId(), RECORD, note.id(), null);
		return new Visit(appointment, note, addendaOf(note.id()));
	}

	/**
	 * The note of an appointment for a reader who may not write it: the draft or signed note as it
	 * stands, or none yet (the page says so). Never marks the appointment seen. Audited.
	 */
	public Visit read(UUID appointmentId) {
		AppointmentSummary appointment = appointment(appointmentId);
		Optional<VisitNote> note = notes.findByAppointmentId(appointmentId);
		audit.record(AuditAction.VIEW, appointment.patientId(), note.isPresent() ? RECORD : "appointment",
				note.map(VisitNote::id).orElse(appointmentId), "visit note read");
		return new Visit(appointment, note.orElse(null), note.map(n -> addendaOf(n.id())).orElse(List.of()));
	}

	/**
	 * Saves the draft: creates it on the first save (marking the appointment seen), records the new
	 * lesions in the registry and reviews them as new, and checks that every lesion, the cancer and
	 * the adverse event named are the patient's. {@code version} (when given) must be the one read.
	 */
	public VisitNote save(UUID appointmentId, VisitNoteContent content, List<NewLesion> newLesions, Long version) {
		AppointmentSummary appointment = appointment(appointmentId);
		VisitNote note = notes.findByAppointmentId(appointmentId).orElse(null);
		if (note != null && note.isSigned()) {
			throw new RefusedTransition("visit.note.signed");
		}
		if (note != null && version != null && version != note.version()) {
			throw new ConcurrentEdit(RECORD, Map.of("updatedBy", note.updatedBy(), "updatedAt",
					note.updatedAt().toString()));
		}
		String by = currentUser.username();
		boolean created = note == null;
		if (created) {
			markSeen(appointment);
			note = new VisitNote(appointmentId, appointment.patientId(), appointment.clinician(),
					appointment.start().atZone(clock.getZone()).toLocalDate(), by, clock.instant());
		}
		VisitNoteContent written = withNewLesions(appointment.patientId(), content, newLesions);
		written = written.withReviewedResults(results.resolve(appointment.patientId(), written.reviewedResults()));
		references.check(appointment.patientId(), written);
		note.write(written, by, clock.instant());
		note = notes.saveAndFlush(note);
		audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, note.patientId(), RECORD, note.id(),
				"draft saved" + (newLesions.isEmpty() ? "" : ", " + newLesions.size() + " new lesion(s)"));
		return note;
	}

	/**
	 * Saves the content given and signs the note: everything the note needs is checked first, then
	 * the signer's password or PIN; the signed note never changes again. Publishes {@link VisitNoteSigned}.
	 */
	public VisitNote sign(UUID appointmentId, VisitNoteContent content, List<NewLesion> newLesions, Long version,
			SignatureSecret secret) {
		VisitNote note = save(appointmentId, content, newLesions, version);
		note.checkSignable(openLesions(note.patientId()));
		String user = currentUser.username();
		SignatureMethod method = signature.confirm(user, secret);
		note.sign(user, method, clock.instant());
		note = notes.saveAndFlush(note);
		search.changed(note);
		audit.record(AuditAction.UPDATE, note.patientId(), RECORD, note.id(),
				"signed (" + method.code() + "): " + note.assessment().code());
		events.publishEvent(new VisitNoteSigned(note.id(), note.appointmentId(), note.patientId(), note.clinician(),
				note.visitDate(), note.assessment(), note.cancerId(), note.suspectedLesionIds(), note.signedAt()));
		return note;
	}

	/** A signed addendum to the signed note of the appointment; the note itself never changes. */
	public VisitNoteAddendum amend(UUID appointmentId, String text, SignatureSecret secret) {
		VisitNote note = notes.findByAppointmentId(appointmentId).orElseThrow(() -> new NotFound(RECORD, appointmentId));
		note.checkAmendable(text);
		String user = currentUser.username();
		SignatureMethod method = signature.confirm(user, secret);
		VisitNoteAddendum addendum = addenda.saveAndFlush(note.amend(text, user, method, clock.instant()));
		search.changed(note);
		audit.record(AuditAction.UPDATE, note.patientId(), RECORD, note.id(), "addendum signed (" + method.code() + ")");
		return addendum;
	}

	/** The patient's visits with notes, newest first (audited as one view of the list). */
	public List<Visit> visitsOf(UUID patientId) {
		List<VisitNote> found = notes.findByPatientIdOrderByVisitDateDescCreatedAtDesc(patientId);
		audit.record(AuditAction.VIEW, patientId, "visit-notes", patientId, found.size() + " notes");
		return found.stream()
			.map(n -> new Visit(appointments.find(n.appointmentId()).orElse(null), n, addendaOf(n.id())))
			.toList();
	}

	/** The lesions of the patient for the skin examination (L1 first), voided ones included. */
	@Transactional(readOnly = true)
	public List<LesionSummary> lesionsOf(UUID patientId) {
		return lesions.lesionsOf(patientId);
	}

	/**
	 * The date of the patient's visit before this appointment's (the latest note dated earlier), from
	 * which the form offers the results to review; null for a first visit.
	 */
	@Transactional(readOnly = true)
	public LocalDate previousVisit(AppointmentSummary appointment) {
		LocalDate day = appointment.start().atZone(clock.getZone()).toLocalDate();
		return notes.findByPatientIdOrderByVisitDateDescCreatedAtDesc(appointment.patientId())
			.stream()
			.filter(n -> !n.appointmentId().equals(appointment.id()) && n.visitDate().isBefore(day))
			.map(VisitNote::visitDate)
			.findFirst()
			.orElse(null);
	}

	@Transactional(readOnly = true)
	public List<VisitNoteAddendum> addendaOf(UUID noteId) {
		return addenda.findByVisitNoteIdOrderBySignedAtAsc(noteId);
	}

	private AppointmentSummary appointment(UUID appointmentId) {
		AppointmentSummary appointment = appointments.find(appointmentId)
			.orElseThrow(() -> new NotFound("appointment", appointmentId));
		if (appointment.status() == AppointmentStatus.CANCELLED || appointment.status() == AppointmentStatus.NO_SHOW) {
			throw new RefusedTransition("visit.appointment.notHeld");
		}
		return appointment;
	}

	private void markSeen(AppointmentSummary appointment) {
		if (appointment.status().open()) {
			appointments.markSeen(appointment.id());
		}
	}

	/** Records the new lesions (every problem of every one at once, named by its place in the list). */
	private VisitNoteContent withNewLesions(UUID patientId, VisitNoteContent content, List<NewLesion> newLesions) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < newLesions.size(); i++) {
			try {
				newLesions.get(i).description().validate();
			}
			catch (InvalidInput invalid) {
				problems.addAll(invalid.nestedUnder("newLesions[" + i + "]").problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		List<UUID> added = new ArrayList<>();
		List<UUID> suspected = new ArrayList<>();
		for (NewLesion lesion : newLesions) {
			UUID id = lesionRecording.record(patientId, lesion.description());
			added.add(id);
			if (lesion.suspected()) {
				suspected.add(id);
			}
		}
		return content.withNewLesions(added, suspected);
	}

	/** The lesions the skin examination must cover before signing: the patient's lesions not voided. */
	private Map<UUID, String> openLesions(UUID patientId) {
		Map<UUID, String> open = new LinkedHashMap<>();
		lesions.lesionsOf(patientId).stream().filter(l -> !l.voided()).forEach(l -> open.put(l.id(), l.label()));
		return open;
	}
}
