package org.cutis.mohs.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * The final defect and its closure as the surgeon gave them, checked: both defect sizes within
 * 0.1-300 mm, a known closure, and for a flap or graft its coded type (lower-cased). All problems
 * at once, each naming its field.
 */
final class ClosureRecord {
	private static final BigDecimal MAX_DEFECT_MM = new BigDecimal("300");

	private ClosureRecord() {
	}

	/** The closure and its note (the type of a flap or graft, or a free note of the others). */
	record Checked(Closure kind, String note) {
	}

	static Checked check(BigDecimal lengthMm, BigDecimal widthMm, String closureCode, String detail) {
		List<FieldProblem> problems = new ArrayList<>();
		defect(lengthMm, "defectLengthMm", problems);
		defect(widthMm, "defectWidthMm", problems);
		Closure kind = Closure.fromCode(closureCode);
		String note = detail == null || detail.isBlank() ? null : detail.trim();
		if (closureCode == null || closureCode.isBlank()) {
			problems.add(new FieldProblem("closure", "mohs.closure.required", Closure.allowed()));
		}
		else if (kind == null) {
			problems.add(new FieldProblem("closure", "error.field.oneOf", Closure.allowed()));
		}
		else if (!kind.types().isEmpty()) {
			if (note == null || !kind.types().contains(note.toLowerCase())) {
				problems.add(new FieldProblem("detail", "mohs.closure.typeRequired",
						new org.cutis.shared.Message("mohs.closure." + kind.code()), String.join(", ", kind.types())));
			}
			else {
				note = note.toLowerCase();
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Checked(kind, note);
	}

	private static void defect(BigDecimal mm, String field, List<FieldProblem> problems) {
		if (mm == null) {
			problems.add(new FieldProblem(field, "error.field.required"));
		}
		else if (mm.signum() <= 0 || mm.compareTo(MAX_DEFECT_MM) > 0 || mm.scale() > 1) {
			problems.add(new FieldProblem(field, "mohs.closure.defectRange"));
		}
	}
}
