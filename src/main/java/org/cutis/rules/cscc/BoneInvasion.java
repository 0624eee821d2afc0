package org.cutis.rules.cscc;

import org.cutis.rules.common.Coded;

/** Bone involvement as the AJCC 8th head and neck T categories distinguish it. */
public enum BoneInvasion implements Coded {
	NONE, MINOR_EROSION, GROSS_CORTICAL, SKULL_BASE;
}
