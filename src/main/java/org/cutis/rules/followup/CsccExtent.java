package org.cutis.rules.followup;

import org.cutis.rules.common.Coded;

/** Extent of cutaneous SCC for surveillance: local, or regional/high-risk disease. */
public enum CsccExtent implements Coded {
	LOCAL, REGIONAL;
}
