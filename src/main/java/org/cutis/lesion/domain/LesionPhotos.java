package org.cutis.lesion.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LesionPhotos extends JpaRepository<LesionPhoto, UUID> {
	List<LesionPhoto> findByLesionIdAndVoidedAtIsNullOrderByTakenOnAscUploadedAtAsc(UUID lesionId);

	/** The photos of many lesions in one query (a chart's timeline), in the same order per lesion. */
	List<LesionPhoto> findByLesionIdInAndVoidedAtIsNullOrderByTakenOnAscUploadedAtAsc(Collection<UUID> lesionIds);
}
