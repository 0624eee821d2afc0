package org.cutis.treatment.plan.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cutis.identity.Department;
import org.cutis.identity.StaffMember;
import org.cutis.identity.StaffNames;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.Message;
import org.cutis.treatment.TreatmentType;
import org.cutis.treatment.plan.domain.TreatmentPlan.NewItem;
import org.cutis.treatment.plan.domain.UsualDepartments;

import org.springframework.stereotype.Component;

/**
 * Turns requested items into checked ones: a known type, a treating department that exists, a
 * responsible physician who is active staff of that department. Without a department the item
 * goes to the responsible physician's department, else to the department that usually gives it.
 * Every problem names its field ("items[1].department").
 */
@Component
class ItemChecks {
	private final StaffNames staffNames;

	ItemChecks(StaffNames staffNames) {
		this.staffNames = staffNames;
	}

	List<NewItem> check(List<ItemRequest> requests, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		List<NewItem> items = new ArrayList<>();
		List<StaffMember> staff = staffNames.staff();
		for (int i = 0; i < requests.size(); i++) {
			// one item alone (added to a plan) names its fields bare: "department"
			String field = prefix == null ? "" : prefix + "[" + i + "].";
			ItemRequest r = requests.get(i);
			if (r == null || r.isBlank()) {
				// a blank row of a form; its neighbours keep their positions, so errors land on their rows
				continue;
			}
			TreatmentType type = type(r.type());
			if (type == null) {
				problems.add(new FieldProblem(field + "type", ItemRequest.blank(r.type()) ? "error.field.required"
						: "error.field.oneOf", typeChoices()));
			}
			Optional<StaffMember> responsible = Optional.empty();
			if (!ItemRequest.blank(r.responsible())) {
				responsible = staff.stream().filter(m -> m.username().equals(r.responsible().trim())).findFirst();
				if (responsible.isEmpty()) {
					problems.add(new FieldProblem(field + "responsible", "treatment.item.responsibleNotStaff"));
				}
			}
			Department department = null;
			if (!ItemRequest.blank(r.department())) {
				department = department(r.department());
				if (department == null) {
					problems.add(new FieldProblem(field + "department", "error.field.oneOf", departmentChoices()));
				}
			}
			else if (responsible.isPresent()) {
				department = responsible.get()
					.departments()
					.stream()
					.filter(UsualDepartments.TREATING::contains)
					.sorted()
					.findFirst()
					.orElse(null);
				if (department == null) {
					problems.add(new FieldProblem(field + "responsible", "treatment.item.responsibleNotTreating"));
				}
			}
			else if (type != null) {
				department = UsualDepartments.of(type);
			}
			if (department != null && responsible.isPresent() && !responsible.get().departments().contains(department)) {
				problems.add(new FieldProblem(field + "responsible", "treatment.item.responsibleNotInDepartment",
						new Message("identity.department." + department.code())));
			}
			if (type != null && department != null) {
				items.add(new NewItem(type, r.detail(), responsible.map(StaffMember::username).orElse(null), department));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return items;
	}

	static TreatmentType type(String code) {
		if (ItemRequest.blank(code)) {
			return null;
		}
		try {
			return TreatmentType.fromCode(code);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static Department department(String code) {
		try {
			Department d = Department.fromCode(code);
			return UsualDepartments.TREATING.contains(d) ? d : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static String typeChoices() {
		return String.join(", ", java.util.Arrays.stream(TreatmentType.values()).map(TreatmentType::code).toList());
	}

	static String departmentChoices() {
		return String.join(", ", UsualDepartments.TREATING.stream().map(Department::code).toList());
	}
}
