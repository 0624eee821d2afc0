package org.cutis.rules.mohs;

import org.cutis.rules.common.Coded;

/** Tumour categories of the Mohs AUC as the contract names them. */
public enum MohsTumor implements Coded {
	BCC_SUPERFICIAL, BCC_NODULAR, BCC_AGGRESSIVE, SCC_IN_SITU, SCC_NONAGGRESSIVE, SCC_AGGRESSIVE,
	SCC_KERATOACANTHOMA_TYPE, AK_WITH_FOCAL_SCC_IN_SITU, LENTIGO_MALIGNA, MELANOMA_IN_SITU;

	public boolean isBcc() {
		return this == BCC_SUPERFICIAL || this == BCC_NODULAR || this == BCC_AGGRESSIVE;
	}
}
