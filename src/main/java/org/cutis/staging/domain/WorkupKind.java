package org.cutis.staging.domain;

/** The melanoma work-up Cutis proposes: sentinel node biopsy, imaging of the nodes and organs, LDH. */
public enum WorkupKind {
	SLNB, NODAL_ULTRASOUND, CT, PET_CT, BRAIN_MRI, LDH;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	/** Which kind of result the order takes. */
	public enum Family {
		SLNB, IMAGING, LDH
	}

	public Family family() {
		return switch (this) {
			case SLNB -> Family.SLNB;
			case LDH -> Family.LDH;
			default -> Family.IMAGING;
		};
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
