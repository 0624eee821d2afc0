package org.cutis.staging.domain;

/**
 * The work-up Cutis proposes or records: sentinel node biopsy and lymph node dissection (nodal
 * pathology), imaging of the nodes and organs, LDH.
 */
public enum WorkupKind {
	SLNB, LYMPH_NODE_DISSECTION, NODAL_ULTRASOUND, CT, PET_CT, BRAIN_MRI, LDH;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	/** Which kind of result the order takes. */
	public enum Family {
		/** nodes examined and positive: a pathological N */
		SLNB, IMAGING, LDH
	}

	public Family family() {
		return switch (this) {
			case SLNB, LYMPH_NODE_DISSECTION -> Family.SLNB;
			case LDH -> Family.LDH;
			default -> Family.IMAGING;
		};
	}

	/** The imaging of a staging work-up (not the nodal pathology, not the blood test). */
	public boolean isImaging() {
		return family() == Family.IMAGING;
	}

	public static WorkupKind fromCode(String code) {
		for (WorkupKind kind : values()) {
			if (kind.code().equals(code)) {
				return kind;
			}
		}
		return null;
	}
}
