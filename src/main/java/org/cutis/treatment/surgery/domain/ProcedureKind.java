package org.cutis.treatment.surgery.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.cutis.treatment.TreatmentType;

/** The procedures recorded besides the excision of a cancer, each the treatment type it counts as. */
public enum ProcedureKind {
	SLNB(TreatmentType.SLNB), LYMPH_NODE_DISSECTION(TreatmentType.LYMPH_NODE_DISSECTION),
	CURETTAGE_ELECTRODESICCATION(TreatmentType.CURETTAGE_ELECTRODESICCATION), CRYOTHERAPY(TreatmentType.CRYOTHERAPY),
	TOPICAL_FIELD_THERAPY(TreatmentType.TOPICAL_FIELD_THERAPY);

	private final TreatmentType type;

	ProcedureKind(TreatmentType type) {
		this.type = type;
	}

	public TreatmentType type() {
		return type;
	}

	public String code() {
		return type.code();
	}

	/** Nodal pathology: a result of the cancer's work-up, which restages it. */
	public boolean nodal() {
		return this == SLNB || this == LYMPH_NODE_DISSECTION;
	}

	/** Freeze-thaw or curettage cycles may be counted. */
	public boolean hasCycles() {
		return this == CURETTAGE_ELECTRODESICCATION || this == CRYOTHERAPY;
	}

	public static ProcedureKind fromCode(String code) {
		return code == null ? null
				: Arrays.stream(values()).filter(k -> k.code().equalsIgnoreCase(code.trim())).findFirst().orElse(null);
	}

	public static String allowed() {
		return Arrays.stream(values()).map(ProcedureKind::code).collect(Collectors.joining(", "));
	}
}
