package org.cutis.referral;

/** Where a referral comes from: a department of this hospital or an outside clinic. */
public enum SourceKind {
	INTERNAL, EXTERNAL
}
