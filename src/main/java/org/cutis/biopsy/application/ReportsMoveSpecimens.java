package org.cutis.biopsy.application;

import java.util.UUID;

import org.cutis.biopsy.domain.Specimen;
import org.cutis.biopsy.domain.Specimens;
import org.cutis.pathology.PathologyReportAmended;
import org.cutis.pathology.PathologyReportDrafted;
import org.cutis.pathology.PathologyReportSigned;
import org.cutis.shared.NotFound;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The report's steps move its specimen along the loop: a first draft makes it "reported", the
 * signature "signed" with the result's behaviour (which decides its review deadline), an addendum
 * reopens it for review. Synchronous listeners inside the report's own transaction: a report and
 * its specimen's state never disagree, and a failure here refuses the signature itself.
 */
@Component
class ReportsMoveSpecimens {
	private final Specimens specimens;
	private final SpecimenSearchDocuments search;

	ReportsMoveSpecimens(Specimens specimens, SpecimenSearchDocuments search) {
		this.specimens = specimens;
		this.search = search;
	}

	@EventListener
	void on(PathologyReportDrafted drafted) {
		load(drafted.specimenId()).reported(drafted.draftedBy(), drafted.draftedAt());
		search.changed(drafted.specimenId());
	}

	@EventListener
	void on(PathologyReportSigned signed) {
		load(signed.specimenId()).signed(signed.facts().behaviour(), signed.signedBy(), signed.signedAt());
		search.changed(signed.specimenId());
	}

	@EventListener
	void on(PathologyReportAmended amended) {
		load(amended.specimenId()).amended(amended.facts().behaviour(), amended.signedAt());
		search.changed(amended.specimenId());
	}

	private Specimen load(UUID id) {
		return specimens.findById(id).orElseThrow(() -> new NotFound("specimen", id));
	}
}
