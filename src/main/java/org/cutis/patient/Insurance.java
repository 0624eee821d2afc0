package org.cutis.patient;

import java.util.ArrayList;
import java.util.List;

import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * A patient's insurance: the type and, for medical aid only, its grade (1종 or 2종), which sets
 * the co-payment. {@code type} null means none is recorded.
 */
public record Insurance(InsuranceType type, Integer grade) {
	public static final Insurance NONE = new Insurance(null, null);

	public boolean recorded() {
		return type != null;
	}

	/** Problems under {@code field} ("insurance"): a medical aid grade is 1 or 2, and only medical aid has one. */
	public List<FieldProblem> problems(String field) {
		List<FieldProblem> problems = new ArrayList<>();
		if (type == InsuranceType.MEDICAL_AID && grade == null) {
			problems.add(new FieldProblem(field + ".grade", "patient.insurance.gradeRequired"));
		}
		else if (type == InsuranceType.MEDICAL_AID && grade != 1 && grade != 2) {
			problems.add(new FieldProblem(field + ".grade", "patient.insurance.gradeRange"));
		}
		else if (type != InsuranceType.MEDICAL_AID && grade != null) {
			problems.add(new FieldProblem(field + ".grade", "patient.insurance.gradeOnlyMedicalAid"));
		}
		return problems;
	}
}
