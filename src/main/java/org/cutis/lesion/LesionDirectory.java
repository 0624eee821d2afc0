package org.cutis.lesion;

import java.util.Optional;
import java.util.UUID;

import org.cutis.lesion.domain.Lesions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For other modules: does this lesion exist, whose is it, where is it. Does not audit. */
@Component
@Transactional(readOnly = true)
public class LesionDirectory {
	private final Lesions lesions;

	LesionDirectory(Lesions lesions) {
		this.lesions = lesions;
	}

	public Optional<LesionSummary> find(UUID id) {
		return lesions.findById(id).map(l -> l.summary());
	}
}
