package org.cutis.lesion.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LesionPhotos extends JpaRepository<LesionPhoto, UUID> {
	List<LesionPhoto> findByLesionIdAndVoidedAtIsNullOrderByTakenOnAscUploadedAtAsc(UUID lesionId);
}
