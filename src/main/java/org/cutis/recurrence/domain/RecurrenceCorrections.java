package org.cutis.recurrence.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecurrenceCorrections extends JpaRepository<RecurrenceCorrection, UUID> {
	List<RecurrenceCorrection> findByRecurrenceIdOrderByCorrectedAtAsc(UUID recurrenceId);
}
