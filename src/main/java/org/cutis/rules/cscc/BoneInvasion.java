package org.cutis.rules.cscc;

import org.cutis.rules.common.Coded;

/** Bone involvement as the AJCC 8th head and neck T categories distinguish it. */
public enum BoneInvasion implements Coded {
	NONE("none"), MINOR_EROSION("minor-erosion"), GROSS_CORTICAL("gross-cortical"), SKULL_BASE("skull-base");

	private final String code;

	BoneInvasion(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}
}
