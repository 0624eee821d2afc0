package org.cutis.treatment.plan.domain;

import java.util.List;

import org.cutis.identity.Department;
import org.cutis.treatment.TreatmentType;

/** Which department usually gives a treatment: where an item without a named department goes. */
public final class UsualDepartments {
	/** The departments that treat; a plan item belongs to one of them. */
	public static final List<Department> TREATING = List.of(Department.DERMATOLOGY, Department.HEMATOLOGY_ONCOLOGY,
			Department.PLASTIC_SURGERY, Department.RADIATION_ONCOLOGY);

	private UsualDepartments() {
	}

	public static Department of(TreatmentType type) {
		return switch (type) {
			case SYSTEMIC_THERAPY, CLINICAL_TRIAL_REFERRAL -> Department.HEMATOLOGY_ONCOLOGY;
			case RADIOTHERAPY -> Department.RADIATION_ONCOLOGY;
			case RECONSTRUCTION, LYMPH_NODE_DISSECTION -> Department.PLASTIC_SURGERY;
			default -> Department.DERMATOLOGY;
		};
	}
}
