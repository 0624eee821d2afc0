package org.cutis.rules.cscc;

import org.cutis.rules.common.Coded;

/** Side of a metastatic cervical node relative to the primary. */
public enum NodeSide implements Coded {
	IPSILATERAL("ipsilateral"), CONTRALATERAL("contralateral");

	private final String code;

	NodeSide(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}
}
