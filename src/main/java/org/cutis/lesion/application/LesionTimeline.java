package org.cutis.lesion.application;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.lesion.domain.Lesion;
import org.cutis.lesion.domain.LesionPhoto;
import org.cutis.lesion.domain.LesionPhotos;
import org.cutis.lesion.domain.Lesions;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;

import org.springframework.stereotype.Component;

/** Lesions mapped and photographed, on the patient's chart timeline. */
@Component
class LesionTimeline implements TimelineContributor {
	private final Lesions lesions;
	private final LesionPhotos photos;

	LesionTimeline(Lesions lesions, LesionPhotos photos) {
		this.lesions = lesions;
		this.photos = photos;
	}

	@Override
	public Permission readPermission() {
		return Permission.LESION_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		List<Lesion> all = lesions.findByPatientIdOrderByNumber(patientId);
		// every lesion's photos in one query, not one per lesion
		Map<UUID, List<LesionPhoto>> photosOf = all.isEmpty() ? Map.of()
				: photos.findByLesionIdInAndVoidedAtIsNullOrderByTakenOnAscUploadedAtAsc(all.stream().map(Lesion::id).toList())
					.stream()
					.collect(Collectors.groupingBy(LesionPhoto::lesionId));
		for (Lesion l : all) {
			String link = "/lesions/" + l.id();
			entries.add(new TimelineEntry(l.recordedAt(), "lesion.timeline.recorded",
					List.of(l.label(), "rules.option.site." + l.site().code(), "lesion.impression." + l.impression().code()),
					l.recordedBy(), link));
			for (LesionPhoto p : photosOf.getOrDefault(l.id(), List.of())) {
				entries.add(new TimelineEntry(p.uploadedAt(), "lesion.timeline.photo",
						List.of(l.label(), "lesion.photo.kind." + p.kind().code()), p.uploadedBy(), link));
			}
		}
		return entries;
	}
}
