package org.cutis.skincare.adverseevent.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.lesion.PhotoPipeline;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.files.FileStore;
import org.cutis.skincare.adverseevent.domain.AdverseEventPhoto;
import org.cutis.skincare.adverseevent.domain.AdverseEventPhotos;
import org.cutis.skincare.adverseevent.domain.SkinAdverseEvent;
import org.cutis.skincare.adverseevent.domain.SkinAdverseEvents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of a skin adverse event: taken through the lesion photo pipeline, kept in the file
 * store, shown as thumbnails on the event and in full (an audited view of the patient's record).
 */
@Service
@Transactional
public class AdverseEventPhotoRecords {
	private final SkinAdverseEvents events;
	private final AdverseEventPhotos photos;
	private final PhotoPipeline pipeline;
	private final FileStore files;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	AdverseEventPhotoRecords(SkinAdverseEvents events, AdverseEventPhotos photos, PhotoPipeline pipeline,
			FileStore files, AuditLog audit, CurrentUser currentUser, Clock clock) {
		this.events = events;
		this.photos = photos;
		this.pipeline = pipeline;
		this.files = files;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	public record PhotoContent(InputStream stream, String contentType) {
	}

	/**
	 * The image goes through the lesion photo pipeline and is stored before the row: a failed
	 * transaction leaves only an unreferenced file in the content-addressed store.
	 */
	public AdverseEventPhoto addPhoto(UUID id, InputStream content, LocalDate takenOn) {
		SkinAdverseEvent event = events.findById(id).orElseThrow(() -> new NotFound("skin-adverse-event", id));
		if (event.voided()) {
			throw new RefusedTransition("adverseevent.voided");
		}
		LocalDate today = LocalDate.now(clock);
		if (takenOn != null && takenOn.isAfter(today)) {
			throw new InvalidInput("takenOn", "adverseevent.date.future", today.toString());
		}
		PhotoPipeline.StoredPhoto stored = pipeline.process(content);
		AdverseEventPhoto photo = photos.save(new AdverseEventPhoto(id, stored.sha256(), stored.thumbnailSha256(),
				stored.contentType(), stored.sizeBytes(), stored.width(), stored.height(),
				takenOn == null ? today : takenOn, currentUser.username(), clock.instant()));
		audit.record(AuditAction.CREATE, event.patientId(), "skin-adverse-event-photo", photo.id(),
				event.termName() + " " + photo.takenOn());
		return photo;
	}

	/** A photo's bytes (or its thumbnail); viewing the full image is audited. */
	@Transactional(readOnly = true)
	public PhotoContent photoContent(UUID id, UUID photoId, boolean thumbnail) {
		SkinAdverseEvent event = events.findById(id).orElseThrow(() -> new NotFound("skin-adverse-event", id));
		AdverseEventPhoto photo = photos.findById(photoId)
			.filter(p -> p.adverseEventId().equals(id) && !p.voided())
			.orElseThrow(() -> new NotFound("photo", photoId));
		if (!thumbnail) {
			audit.record(AuditAction.VIEW, event.patientId(), "skin-adverse-event-photo", photoId, event.termName());
		}
		InputStream in = files.open(thumbnail ? photo.thumbnailSha256() : photo.sha256())
			.orElseThrow(() -> new NotFound("photo", photoId));
		return new PhotoContent(in, thumbnail ? "image/jpeg" : photo.contentType());
	}
}
