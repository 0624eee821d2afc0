package org.cutis.rules.followup;

import org.cutis.rules.common.Coded;

/** Diagnoses with a surveillance schedule. */
public enum Diagnosis implements Coded {
	MELANOMA, BCC, CSCC;
}
