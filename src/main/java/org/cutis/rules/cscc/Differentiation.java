package org.cutis.rules.cscc;

import org.cutis.rules.common.Coded;

/** Histological differentiation; only poor differentiation is a BWH risk factor. */
public enum Differentiation implements Coded {
	WELL, MODERATE, POOR;
}
