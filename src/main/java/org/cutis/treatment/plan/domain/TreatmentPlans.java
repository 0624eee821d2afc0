package org.cutis.treatment.plan.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TreatmentPlans extends JpaRepository<TreatmentPlan, UUID> {
	List<TreatmentPlan> findByCancerIdOrderByCreatedAtDesc(UUID cancerId);

	List<TreatmentPlan> findByPatientIdOrderByCreatedAtDesc(UUID patientId);

	/** Plans with an open item for this person, or unassigned in one of these departments. */
	@Query("select distinct p from TreatmentPlan p join p.items i where i.status in :open "
			+ "and (i.responsible = :username or (i.responsible is null and i.department in :departments))")
	List<TreatmentPlan> withOpenItemsFor(@Param("username") String username,
			@Param("departments") Collection<Department> departments, @Param("open") Collection<ItemStatus> open);
}
