package org.cutis.biopsy;

import java.util.UUID;

import org.cutis.biopsy.application.SpecimenTracking;
import org.cutis.rules.common.AnatomicSite;

import org.springframework.stereotype.Component;

/**
 * For other modules (the demonstration center): ordering a biopsy and the steps of its specimen,
 * each with the checks and the audit the screens and the API apply.
 */
@Component
public class BiopsyOrdering {
	private final SpecimenTracking tracking;

	BiopsyOrdering(SpecimenTracking tracking) {
		this.tracking = tracking;
	}

	public SpecimenSummary order(UUID lesionId, BiopsyOrder order) {
		return tracking.orderBiopsy(lesionId, order).summary();
	}

	public void collect(UUID specimenId) {
		tracking.collect(specimenId);
	}

	public void send(UUID specimenId) {
		tracking.send(specimenId);
	}

	/** Received with the accession, MRN and site read off the container. */
	public void receive(UUID specimenId, String accession, String mrn, AnatomicSite site) {
		tracking.receive(specimenId, accession, mrn, site);
	}

	/** Rejected with a reason; returns the re-collection specimen that takes its place. */
	public SpecimenSummary reject(UUID specimenId, String reason) {
		return tracking.reject(specimenId, reason).summary();
	}

	public void gross(UUID specimenId) {
		tracking.gross(specimenId);
	}

	public void review(UUID specimenId) {
		tracking.review(specimenId);
	}

	public void communicate(UUID specimenId, CommunicationMethod method) {
		tracking.communicate(specimenId, method);
	}

	public void voidSpecimen(UUID specimenId, String reason) {
		tracking.voidSpecimen(specimenId, reason);
	}
}
