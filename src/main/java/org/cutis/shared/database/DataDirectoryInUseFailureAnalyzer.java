package org.cutis.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on the same data directory into a plain message instead of a stack trace. */
public class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUse> {
	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUse cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Stop the other Cutis first, or start this one with another data directory (--data-dir DIR).",
				cause);
	}
}
