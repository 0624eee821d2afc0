package org.cutis.lesion.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.Access;
import org.cutis.identity.CurrentUser;
import org.cutis.lesion.LineageContributor;
import org.cutis.lesion.LineageEntry;
import org.cutis.lesion.domain.Lesion;
import org.cutis.lesion.LesionDescription;
import org.cutis.lesion.domain.LesionPhoto;
import org.cutis.lesion.domain.LesionPhotos;
import org.cutis.lesion.domain.Lesions;
import org.cutis.lesion.PhotoKind;
import org.cutis.lesion.domain.ProcessedImage;
import org.cutis.patient.PatientDirectory;
import org.cutis.patient.PatientSummary;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.files.FileStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording lesions on the body map, their photos and their lineage; every view audited. */
@Service
@Transactional
public class LesionRegistry {
	private final Lesions lesions;
	private final LesionPhotos photos;
	private final PhotoProcessing processing;
	private final FileStore files;
	private final PatientDirectory patients;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final Access access;
	private final ObjectProvider<LineageContributor> lineage;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	private final LesionSearchDocuments search;

	LesionRegistry(Lesions lesions, LesionPhotos photos, PhotoProcessing processing, FileStore files,
			PatientDirectory patients, AuditLog audit, CurrentUser currentUser, Access access,
			ObjectProvider<LineageContributor> lineage, JdbcTemplate jdbc, Clock clock, LesionSearchDocuments search) {
		this.search = search;
		this.lesions = lesions;
		this.photos = photos;
		this.processing = processing;
		this.files = files;
		this.patients = patients;
		this.audit = audit;
		this.currentUser = currentUser;
		this.access = access;
		this.lineage = lineage;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Lesion recordLesion(UUID patientId, LesionDescription description) {
		PatientSummary patient = patients.find(patientId).orElseThrow(() -> new NotFound("patient", patientId));
		if (patient.voided()) {
			throw new InvalidInput("patientId", "lesion.patient.voided");
		}
		description.validate();
		// one writer per patient at a time, so two clinicians mapping at once never get the same Ln
		jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "lesion:" + patientId);
		int number = lesions.highestNumber(patientId) + 1;
		Lesion lesion = lesions.save(new Lesion(patientId, number, description, currentUser.username(),
				clock.instant()));
		audit.record(AuditAction.CREATE, patientId, "lesion", lesion.id(), lesion.label() + " " + lesion.site().code());
		search.changed(lesion.id());
		return lesion;
	}

	public Lesion view(UUID id) {
		Lesion lesion = load(id);
		audit.record(AuditAction.VIEW, lesion.patientId(), "lesion", id, lesion.label());
		return lesion;
	}

	/** The body map of a patient: every lesion, voided ones included (shown struck through). */
	public List<Lesion> lesionsOf(UUID patientId) {
		requireMaySee(patientId);
		audit.record(AuditAction.VIEW, patientId, "lesion-map", patientId, null);
		return lesions.findByPatientIdOrderByNumber(patientId);
	}

	public Lesion voidLesion(UUID id, String reason) {
		Lesion lesion = load(id);
		lesion.voidRecord(reason, currentUser.username(), clock.instant());
		audit.record(AuditAction.VOID, lesion.patientId(), "lesion", id, reason);
		search.changed(id);
		return lesion;
	}

	/**
	 * The image is stored before the row: if the transaction then fails, an unreferenced file is
	 * left in the content-addressed store, which is harmless (and never a half photo record).
	 */
	public LesionPhoto addPhoto(UUID lesionId, PhotoKind kind, InputStream content, LocalDate takenOn, String device,
			String magnification) {
		Lesion lesion = load(lesionId);
		lesion.requireActive();
		LocalDate today = LocalDate.now(clock);
		List<InvalidInput.FieldProblem> problems = new java.util.ArrayList<>();
		if (kind == null) {
			problems.add(new InvalidInput.FieldProblem("kind", "error.field.required"));
		}
		if (takenOn != null && takenOn.isAfter(today)) {
			problems.add(new InvalidInput.FieldProblem("takenOn", "lesion.photo.takenOn.future"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		ProcessedImage image = processing.process(content);
		LesionPhoto photo = photos.save(new LesionPhoto(lesionId, kind, image, takenOn == null ? today : takenOn,
				device, magnification, currentUser.username(), clock.instant()));
		audit.record(AuditAction.CREATE, lesion.patientId(), "lesion-photo", photo.id(),
				lesion.label() + " " + kind.code());
		return photo;
	}

	@Transactional(readOnly = true)
	public List<LesionPhoto> photosOf(UUID lesionId) {
		return photos.findByLesionIdAndVoidedAtIsNullOrderByTakenOnAscUploadedAtAsc(lesionId);
	}

	/** The bytes of a photo (or its thumbnail); viewing the full image is audited. */
	public PhotoContent photoContent(UUID lesionId, UUID photoId, boolean thumbnail) {
		LesionPhoto photo = photos.findById(photoId)
			.filter(p -> p.lesionId().equals(lesionId))
			.orElseThrow(() -> new NotFound("photo", photoId));
		Lesion lesion = load(lesionId);
		if (!thumbnail) {
			audit.record(AuditAction.VIEW, lesion.patientId(), "lesion-photo", photoId, lesion.label());
		}
		String hash = thumbnail ? photo.thumbnailSha256() : photo.sha256();
		InputStream in = files.open(hash).orElseThrow(() -> new NotFound("photo", photoId));
		return new PhotoContent(in, thumbnail ? "image/jpeg" : photo.contentType());
	}

	@Transactional(readOnly = true)
	public List<LineageEntry> lineageOf(UUID lesionId) {
		return lineage.orderedStream()
			.filter(c -> access.allows(c.readPermission()))
			.flatMap(c -> c.lineageOf(lesionId).stream())
			.sorted(Comparator.comparing(LineageEntry::at))
			.toList();
	}

	private Lesion load(UUID id) {
		Lesion lesion = lesions.findById(id).orElseThrow(() -> new NotFound("lesion", id));
		requireMaySee(lesion.patientId());
		return lesion;
	}

	/** Patients see only their own lesions; anyone else's is "not found", like the chart. */
	private void requireMaySee(UUID patientId) {
		currentUser.principal().ifPresent(principal -> {
			if (principal.isPatient() && !patientId.equals(principal.patientId())) {
				throw new NotFound("lesion", patientId);
			}
		});
	}

	public record PhotoContent(InputStream stream, String contentType) {
	}
}
