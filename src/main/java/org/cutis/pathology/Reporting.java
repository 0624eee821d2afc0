package org.cutis.pathology;

import java.util.UUID;

import org.cutis.identity.SignatureMethod;
import org.cutis.pathology.application.PathologyReporting;

import org.springframework.stereotype.Component;

/** For other modules: writing and signing a received specimen's report, as the pathologist does. */
@Component
public class Reporting {
	private final PathologyReporting reporting;

	Reporting(PathologyReporting reporting) {
		this.reporting = reporting;
	}

	/** Saves the draft and returns the report's id. */
	public UUID write(UUID specimenId, Synoptic synoptic) {
		return reporting.writeReport(specimenId, synoptic).id();
	}

	/**
	 * Signs out in the current user's name without asking them to confirm: for the demonstration
	 * center only, and recorded as such (signature method {@code demo}).
	 */
	public void signAsDemonstration(UUID reportId) {
		reporting.signConfirmed(reportId, SignatureMethod.DEMO);
	}
}
