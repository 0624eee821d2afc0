package org.cutis.lesion;

import java.util.Optional;
import java.util.UUID;

import org.cutis.lesion.application.LesionRegistry;
import org.cutis.lesion.domain.LesionPhotos;
import org.cutis.lesion.domain.Lesions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For other modules: does this lesion exist, whose is it, where is it. Does not audit. */
@Component
@Transactional(readOnly = true)
public class LesionDirectory {
	private final Lesions lesions;
	private final LesionPhotos photos;
	private final ObjectProvider<LesionRegistry> registry;

	// the registry through a provider: it collects lineage from modules that themselves use this directory
	LesionDirectory(Lesions lesions, LesionPhotos photos, ObjectProvider<LesionRegistry> registry) {
		this.lesions = lesions;
		this.photos = photos;
		this.registry = registry;
	}

	/** The lesion's lineage (biopsies, reports, stages ...) merged from every contributing module, oldest first. */
	public java.util.List<LineageEntry> lineage(UUID lesionId) {
		return registry.getObject().lineageOf(lesionId);
	}

	public java.util.List<PhotoReference> photos(UUID lesionId) {
		return photos.findByLesionIdAndVoidedAtIsNullOrderByTakenOnAscUploadedAtAsc(lesionId)
			.stream()
			.map(p -> new PhotoReference(p.id(), p.lesionId(), p.takenOn(), p.kind().code()))
			.toList();
	}

	/** Whether the photo exists, is not voided and shows this lesion (an order may only cite such a photo). */
	public boolean hasPhoto(UUID lesionId, UUID photoId) {
		return photoId != null && photos.findById(photoId)
			.filter(p -> p.lesionId().equals(lesionId) && !p.isVoided())
			.isPresent();
	}

	/** Every lesion of the patient, L1 first, voided ones included (marked); for the visit note's skin examination. */
	public java.util.List<LesionSummary> lesionsOf(UUID patientId) {
		return lesions.findByPatientIdOrderByNumber(patientId).stream().map(l -> l.summary()).toList();
	}

	public Optional<LesionSummary> find(UUID id) {
		return lesions.findById(id).map(l -> l.summary());
	}

	/** The lesions of one worklist page in one query, by id; an unknown id is absent from the map. */
	public java.util.Map<UUID, LesionSummary> findAll(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		return lesions.findAllById(java.util.Set.copyOf(ids))
			.stream()
			.map(l -> l.summary())
			.collect(java.util.stream.Collectors.toMap(LesionSummary::id, l -> l));
	}
}
