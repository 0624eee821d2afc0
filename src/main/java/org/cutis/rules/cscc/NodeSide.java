package org.cutis.rules.cscc;

import org.cutis.rules.common.Coded;

/** Side of a metastatic cervical node relative to the primary. */
public enum NodeSide implements Coded {
	IPSILATERAL, CONTRALATERAL;
}
