package org.cutis.rules.mohs;

import org.cutis.rules.common.Coded;

/** Tumour categories of the Mohs AUC as the contract names them. */
public enum MohsTumor implements Coded {
	BCC_SUPERFICIAL("bcc-superficial"), BCC_NODULAR("bcc-nodular"), BCC_AGGRESSIVE("bcc-aggressive"),
	SCC_IN_SITU("scc-in-situ"), SCC_NONAGGRESSIVE("scc-nonaggressive"), SCC_AGGRESSIVE("scc-aggressive"),
	SCC_KERATOACANTHOMA_TYPE("scc-keratoacanthoma-type"), AK_WITH_FOCAL_SCC_IN_SITU("ak-with-focal-scc-in-situ"),
	LENTIGO_MALIGNA("lentigo-maligna"), MELANOMA_IN_SITU("melanoma-in-situ");

	private final String code;

	MohsTumor(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

	public boolean isBcc() {
		return this == BCC_SUPERFICIAL || this == BCC_NODULAR || this == BCC_AGGRESSIVE;
	}
}
