package org.cutis.lesion;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.lesion.application.LesionRegistry;

import org.springframework.stereotype.Component;

/** For other modules: placing a lesion on the body map and adding its photos. */
@Component
public class LesionRecording {
	private final LesionRegistry registry;

	LesionRecording(LesionRegistry registry) {
		this.registry = registry;
	}

	public UUID record(UUID patientId, LesionDescription description) {
		return registry.recordLesion(patientId, description).id();
	}

	/** The photo's id; EXIF is stripped and a thumbnail made as for every upload. */
	public UUID addPhoto(UUID lesionId, PhotoKind kind, InputStream content, LocalDate takenOn, String device,
			String magnification) {
		return registry.addPhoto(lesionId, kind, content, takenOn, device, magnification).id();
	}
}
