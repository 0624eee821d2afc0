package org.cutis.staging.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkupOrders extends JpaRepository<WorkupOrder, UUID> {
	List<WorkupOrder> findByCancerIdOrderByProposedAtAsc(UUID cancerId);

	List<WorkupOrder> findByPatientIdAndStatus(UUID patientId, WorkupOrder.Status status);

	List<WorkupOrder> findByStatusInOrderByProposedAtAsc(Collection<WorkupOrder.Status> statuses);
}
