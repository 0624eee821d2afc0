package org.cutis.treatment.surgery.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * A procedure as recorded: its kind, who did it (the responsible physician), when, complications,
 * and the details its kind has: the nodal pathology of a sentinel node biopsy or dissection, the
 * cycles of curettage or cryotherapy, the agent, area and weeks of a topical field therapy. A
 * detail of another kind is refused rather than kept unseen.
 */
public record ProcedureDetails(String kind, UUID cancerId, String performedBy, LocalDate performedOn,
		String complications, String basin, Integer nodesExamined, Integer nodesPositive, BigDecimal largestDepositMm,
		Boolean extranodalExtension, String agent, BigDecimal areaCm2, Integer weeks, Integer cycles) {
	public static final BigDecimal MAX_AREA_CM2 = new BigDecimal("1000");
	public static final int MAX_CYCLES = 5;

	public ProcedureDetails {
		performedBy = ExcisionDetails.blankToNull(performedBy);
		complications = ExcisionDetails.blankToNull(complications);
		basin = ExcisionDetails.blankToNull(basin);
		agent = ExcisionDetails.blankToNull(agent);
		kind = ExcisionDetails.blankToNull(kind);
	}

	public ProcedureKind parsedKind() {
		return ProcedureKind.fromCode(kind);
	}

	public TopicalAgent parsedAgent() {
		return TopicalAgent.fromCode(agent);
	}

	/** Every problem at once, each naming its field and the allowed range. */
	public void validate(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		ProcedureKind k = parsedKind();
		if (kind == null) {
			problems.add(new FieldProblem("kind", "error.field.required"));
		}
		else if (k == null) {
			problems.add(new FieldProblem("kind", "error.field.oneOf", ProcedureKind.allowed()));
		}
		if (performedBy == null) {
			problems.add(new FieldProblem("performedBy", "error.field.required"));
		}
		checkDate("performedOn", performedOn, today, problems);
		checkLength("complications", complications, 2000, problems);
		if (k != null) {
			nodal(k, problems);
			fieldTherapy(k, problems);
			if (cycles != null && !k.hasCycles()) {
				problems.add(new FieldProblem("cycles", "surgery.procedure.notForKind"));
			}
			else if (cycles != null && (cycles < 1 || cycles > MAX_CYCLES)) {
				problems.add(new FieldProblem("cycles", "surgery.procedure.range", 1, MAX_CYCLES));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private void nodal(ProcedureKind k, List<FieldProblem> problems) {
		if (!k.nodal()) {
			for (var given : List.of(new Object[] { "basin", basin }, new Object[] { "nodesExamined", nodesExamined },
					new Object[] { "nodesPositive", nodesPositive }, new Object[] { "largestDepositMm", largestDepositMm },
					new Object[] { "extranodalExtension", Boolean.TRUE.equals(extranodalExtension) ? true : null })) {
				if (given[1] != null) {
					problems.add(new FieldProblem((String) given[0], "surgery.procedure.notForKind"));
				}
			}
			return;
		}
		if (cancerId == null) {
			problems.add(new FieldProblem("cancerId", "surgery.procedure.cancerRequired"));
		}
		if (nodesExamined == null) {
			problems.add(new FieldProblem("nodesExamined", "error.field.required"));
		}
		else if (nodesExamined < 1 || nodesExamined > 99) {
			problems.add(new FieldProblem("nodesExamined", "surgery.procedure.range", 1, 99));
		}
		if (nodesPositive == null) {
			problems.add(new FieldProblem("nodesPositive", "error.field.required"));
		}
		else if (nodesPositive < 0 || nodesExamined != null && nodesPositive > nodesExamined) {
			problems.add(new FieldProblem("nodesPositive", "surgery.procedure.range", 0,
					nodesExamined == null ? 99 : nodesExamined));
		}
		if (largestDepositMm != null && (largestDepositMm.signum() < 0 || largestDepositMm.compareTo(new BigDecimal("100")) > 0)) {
			problems.add(new FieldProblem("largestDepositMm", "surgery.procedure.range", 0, 100));
		}
	}

	private void fieldTherapy(ProcedureKind k, List<FieldProblem> problems) {
		if (k != ProcedureKind.TOPICAL_FIELD_THERAPY) {
			if (agent != null) {
				problems.add(new FieldProblem("agent", "surgery.procedure.notForKind"));
			}
			if (areaCm2 != null) {
				problems.add(new FieldProblem("areaCm2", "surgery.procedure.notForKind"));
			}
			if (weeks != null) {
				problems.add(new FieldProblem("weeks", "surgery.procedure.notForKind"));
			}
			return;
		}
		TopicalAgent a = parsedAgent();
		if (agent == null) {
			problems.add(new FieldProblem("agent", "error.field.required"));
		}
		else if (a == null) {
			problems.add(new FieldProblem("agent", "surgery.procedure.agent.unknown", agent, TopicalAgent.allowed()));
		}
		if (areaCm2 == null) {
			problems.add(new FieldProblem("areaCm2", "error.field.required"));
		}
		else if (areaCm2.signum() <= 0 || areaCm2.compareTo(MAX_AREA_CM2) > 0) {
			problems.add(new FieldProblem("areaCm2", "surgery.procedure.area.range", MAX_AREA_CM2));
		}
		int maxWeeks = a == null ? 16 : a.maxWeeks();
		if (weeks == null) {
			problems.add(new FieldProblem("weeks", "error.field.required"));
		}
		else if (weeks < 1 || weeks > maxWeeks) {
			problems.add(new FieldProblem("weeks", "surgery.procedure.weeks.range", 1, maxWeeks));
		}
	}

	static void checkDate(String field, LocalDate date, LocalDate today, List<FieldProblem> problems) {
		if (date == null) {
			problems.add(new FieldProblem(field, "error.field.required"));
		}
		else if (date.isAfter(today)) {
			problems.add(new FieldProblem(field, "surgery.date.future", today.toString()));
		}
		else if (date.isBefore(today.minusYears(100))) {
			problems.add(new FieldProblem(field, "surgery.date.tooOld"));
		}
	}

	static void checkLength(String field, String text, int max, List<FieldProblem> problems) {
		if (text != null && text.length() > max) {
			problems.add(new FieldProblem(field, "error.field.tooLong", max));
		}
	}

	static String requireReason(String reason) {
		String trimmed = ExcisionDetails.blankToNull(reason);
		if (trimmed == null) {
			throw new InvalidInput("reason", "error.field.required");
		}
		if (trimmed.length() > 1000) {
			throw new InvalidInput("reason", "error.field.tooLong", 1000);
		}
		return trimmed;
	}

	/** Complications as typed (blank is none), at most 2000 characters: one rule for excisions and procedures. */
	static String complications(String text) {
		String trimmed = ExcisionDetails.blankToNull(text);
		if (trimmed != null && trimmed.length() > 2000) {
			throw new InvalidInput("complications", "error.field.tooLong", 2000);
		}
		return trimmed;
	}
}
