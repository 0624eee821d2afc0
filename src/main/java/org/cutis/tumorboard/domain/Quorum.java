package org.cutis.tumorboard.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cutis.identity.Department;

/**
 * The quorum rule: the configured core departments must be present, plus plastic surgery and
 * radiation oncology for the cases that need them.
 */
public record Quorum(Set<Department> core) {
	public Quorum {
		core = core.isEmpty() ? EnumSet.noneOf(Department.class) : EnumSet.copyOf(core);
	}

	public Set<Department> required(BoardCase boardCase) {
		Set<Department> required = core.isEmpty() ? EnumSet.noneOf(Department.class) : EnumSet.copyOf(core);
		if (boardCase.needsPlasticSurgery()) {
			required.add(Department.PLASTIC_SURGERY);
		}
		if (boardCase.needsRadiationOncology()) {
			required.add(Department.RADIATION_ONCOLOGY);
		}
		return required;
	}

	/** The departments still missing, in a stable order; empty means quorate. */
	public List<Department> missing(BoardCase boardCase) {
		Set<Department> present = boardCase.presentDepartments();
		return required(boardCase).stream().filter(d -> !present.contains(d)).sorted().toList();
	}
}
