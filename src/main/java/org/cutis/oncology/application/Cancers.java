package org.cutis.oncology.application;

import java.util.UUID;

import org.cutis.shared.InvalidInput;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerSummary;

import org.springframework.stereotype.Component;

/** The cancer a course is given for: it must exist; its patient is the course's patient. */
@Component
class Cancers {
	private final CancerDirectory directory;

	Cancers(CancerDirectory directory) {
		this.directory = directory;
	}

	CancerSummary require(UUID cancerId) {
		if (cancerId == null) {
			throw new InvalidInput("cancerId", "error.field.required");
		}
		return directory.find(cancerId).orElseThrow(() -> new InvalidInput("cancerId", "oncology.cancer.unknown"));
	}
}
