package org.cutis.staging;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.cutis.shared.InvalidInput;
import org.cutis.staging.application.WorkupManagement;
import org.cutis.staging.domain.NodalBasin;
import org.cutis.staging.domain.WorkupKind;
import org.cutis.staging.domain.WorkupResult;

import org.springframework.stereotype.Component;

/**
 * For the modules that operate (treatment): the nodal pathology of a sentinel node biopsy or a lymph
 * node dissection recorded as the cancer's work-up result, exactly as the work-up screens record it
 * (on the open order of that kind, or a new one), so the cancer is restaged from it. Field problems
 * are named without the work-up form's {@code slnb.} prefix.
 */
@Component
public class NodalPathology {
	/** The basins a nodal result may name, as codes (e.g. {@code left-axilla}). */
	public static final List<String> BASINS = java.util.Arrays.stream(NodalBasin.values()).map(NodalBasin::code).toList();

	private final WorkupManagement workup;

	NodalPathology(WorkupManagement workup) {
		this.workup = workup;
	}

	/**
	 * @param dissection a lymph node dissection (else a sentinel node biopsy)
	 * @param basin      a code of {@link #BASINS}, or null
	 * @return whether the result proposes a staging change to confirm
	 */
	public boolean record(UUID cancerId, boolean dissection, String basin, Integer nodesExamined,
			Integer nodesPositive, BigDecimal largestDepositMm, boolean extranodalExtension) {
		return recordResult(cancerId, dissection, basin, nodesExamined, nodesPositive, largestDepositMm,
				extranodalExtension).stagingChangeProposed();
	}

	/**
	 * The result recorded as staging's work-up: {@code workupOrderId} names the order that holds it
	 * (for {@link #withdraw} when the operation's record is voided).
	 */
	public record Recorded(UUID workupOrderId, boolean stagingChangeProposed) {
	}

	/** As {@link #record}, telling which work-up order holds the result. */
	public Recorded recordResult(UUID cancerId, boolean dissection, String basin, Integer nodesExamined,
			Integer nodesPositive, BigDecimal largestDepositMm, boolean extranodalExtension) {
		NodalBasin parsed = basin == null || basin.isBlank() ? null : NodalBasin.fromCode(basin);
		if (basin != null && !basin.isBlank() && parsed == null) {
			throw new InvalidInput("basin", "error.field.oneOf", NodalBasin.allowed());
		}
		try {
			WorkupResult result = new WorkupResult.Slnb(nodesExamined, nodesPositive, largestDepositMm,
					extranodalExtension, parsed, List.of());
			var recorded = workup.recordResult(cancerId, null,
					dissection ? WorkupKind.LYMPH_NODE_DISSECTION : WorkupKind.SLNB, result);
			return new Recorded(recorded.order().id(), recorded.proposal() != null);
		}
		catch (InvalidInput invalid) {
			throw new InvalidInput(invalid.problems()
				.stream()
				.map(p -> new InvalidInput.FieldProblem(p.field().replaceFirst("^slnb\\.", ""), p.messageKey(),
						p.args()))
				.toList());
		}
	}

	/**
	 * The operation a result came from was voided: the result is withdrawn from the cancer's
	 * evidence (kept on its order, marked withdrawn) and the cancer restaged without it; a changed
	 * stage waits for confirmation on the staging list. Returns whether a staging change is proposed.
	 */
	public boolean withdraw(UUID cancerId, UUID workupOrderId, String why) {
		return workup.withdrawResult(cancerId, workupOrderId, why) != null;
	}
}
