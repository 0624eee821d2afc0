package org.cutis.biopsy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cutis.biopsy.application.SpecimenTracking;
import org.cutis.biopsy.domain.SpecimenStep;
import org.cutis.rules.common.AnatomicSite;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

	/**
	 * The specimens of a lesion, oldest order first, with when each was ordered and taken (collected;
	 * null until then): the re-biopsy path follows its order and dates a recurrence by the biopsy.
	 * Does not audit; callers audit their own views.
	 */
	@Transactional(readOnly = true)
	public List<Taken> specimensOf(UUID lesionId) {
		return tracking.ofLesion(lesionId)
			.stream()
			.map(s -> new Taken(s.summary(), s.ordered().at(),
					s.latest(SpecimenStep.What.COLLECTED).map(SpecimenStep::at).orElse(null)))
			.toList();
	}

	/** A specimen with the time of its order and of its collection (null until collected). */
	public record Taken(SpecimenSummary specimen, Instant orderedAt, Instant collectedAt) {
	}
}
