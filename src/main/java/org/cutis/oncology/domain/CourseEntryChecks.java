package org.cutis.oncology.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.oncology.MostellerBodySurfaceArea;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * What an oncologist enters, checked before it becomes part of a course: the start (regimen,
 * setting, line, a height and weight a person can have, the start date) and a cycle's hold or dose
 * reduction (each with its reason). Every problem names its field.
 */
final class CourseEntryChecks {
	private CourseEntryChecks() {
	}

	static List<FieldProblem> problems(SystemicCourse.Start in, int maxLine) {
		List<FieldProblem> problems = new ArrayList<>();
		if (in.regimen() == null || in.regimen().isBlank()) {
			problems.add(new FieldProblem("regimen", "error.field.required"));
		}
		if (Setting.fromCode(in.setting()).isEmpty()) {
			problems.add(new FieldProblem("setting", in.setting() == null || in.setting().isBlank() ? "error.field.required"
					: "error.field.oneOf", Setting.allowed()));
		}
		if (in.line() == null || in.line() < 1 || in.line() > maxLine) {
			problems.add(new FieldProblem("line", "oncology.line.range", maxLine));
		}
		problems.addAll(bodyProblems(in.heightCm(), in.weightKg()));
		if (in.startDate() == null) {
			problems.add(new FieldProblem("startDate", "error.field.required"));
		}
		return problems;
	}

	/** Height and weight a person can have, with the allowed ranges in the message. */
	static List<FieldProblem> bodyProblems(BigDecimal heightCm, BigDecimal weightKg) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!MostellerBodySurfaceArea.heightInRange(heightCm)) {
			problems.add(new FieldProblem("heightCm", "oncology.height.range",
					MostellerBodySurfaceArea.MIN_HEIGHT_CM.toPlainString(), MostellerBodySurfaceArea.MAX_HEIGHT_CM.toPlainString()));
		}
		if (!MostellerBodySurfaceArea.weightInRange(weightKg)) {
			problems.add(new FieldProblem("weightKg", "oncology.weight.range",
					MostellerBodySurfaceArea.MAX_WEIGHT_KG.toPlainString()));
		}
		return problems;
	}

	/** A hold needs its reason and no dose; a dose below 100 % needs the reduction's reason. */
	static List<FieldProblem> holdAndDoseProblems(SystemicCycle.Entry entry) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean held = Boolean.TRUE.equals(entry.held());
		if (held && blank(entry.holdReason())) {
			problems.add(new FieldProblem("holdReason", "error.reason.required"));
		}
		if (held && entry.dosePercent() != null) {
			problems.add(new FieldProblem("dosePercent", "oncology.cycle.heldWithDose"));
		}
		if (entry.dosePercent() != null && (entry.dosePercent() < 1 || entry.dosePercent() > 100)) {
			problems.add(new FieldProblem("dosePercent", "oncology.cycle.dosePercent.range"));
		}
		else if (!held && entry.dosePercent() != null && entry.dosePercent() < 100 && blank(entry.doseReductionReason())) {
			problems.add(new FieldProblem("doseReductionReason", "error.reason.required"));
		}
		return problems;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
