package org.cutis.clinic.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaveRecords extends JpaRepository<ClinicianLeave, UUID> {
	/** Leave of the clinician that overlaps the period (withdrawn leave included; callers filter). */
	List<ClinicianLeave> findByClinicianAndStartsAtBeforeAndEndsAtAfterOrderByStartsAtAsc(String clinician, Instant to,
			Instant from);
}
