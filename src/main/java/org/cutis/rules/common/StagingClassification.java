package org.cutis.rules.common;

/** Clinical (cTNM) or pathological (pTNM) classification; AJCC stage groups differ between them. */
public enum StagingClassification implements Coded {
	CLINICAL, PATHOLOGICAL;
}
