package org.cutis.rules.melanoma;

import org.cutis.rules.common.Coded;

/** Distant metastatic sites of the contract, each with the AJCC 8th M1 level it implies. */
public enum MetastaticSite implements Coded {
	SKIN("skin", MCategory.M1A), SUBCUTANEOUS("subcutaneous", MCategory.M1A),
	SOFT_TISSUE("soft-tissue", MCategory.M1A), MUSCLE("muscle", MCategory.M1A),
	NON_REGIONAL_LYMPH_NODE("non-regional-lymph-node", MCategory.M1A),
	LUNG("lung", MCategory.M1B),
	LIVER("liver", MCategory.M1C), BONE("bone", MCategory.M1C), ADRENAL("adrenal", MCategory.M1C),
	GASTROINTESTINAL("gastrointestinal", MCategory.M1C), SPLEEN("spleen", MCategory.M1C),
	OTHER_VISCERAL("other-visceral", MCategory.M1C),
	BRAIN("brain", MCategory.M1D), SPINAL_CORD("spinal-cord", MCategory.M1D),
	LEPTOMENINGES("leptomeninges", MCategory.M1D);

	private final String code;
	private final MCategory category;

	MetastaticSite(String code, MCategory category) {
		this.code = code;
		this.category = category;
	}

	@Override
	public String code() {
		return code;
	}

	public MCategory category() {
		return category;
	}
}
