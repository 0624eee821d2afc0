package org.cutis.skincare.adverseevent.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AdverseEventPhotos extends JpaRepository<AdverseEventPhoto, UUID> {
	List<AdverseEventPhoto> findByAdverseEventIdAndVoidedAtIsNullOrderByTakenOnAscUploadedAtAsc(UUID adverseEventId);
}
