package org.cutis.biopsy;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.biopsy.domain.Specimen;
import org.cutis.biopsy.domain.Specimens;
import org.cutis.clinical.Behaviour;
import org.cutis.shared.NotFound;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the pathology module: which specimen a report is about, and the report's steps that move
 * the specimen along the loop (preliminary report, sign-out, addendum). Joins the caller's
 * transaction, so a report and its specimen's state never disagree.
 */
@Component
@Transactional
public class SpecimenLoop {
	private final Specimens specimens;
	private final Clock clock;

	SpecimenLoop(Specimens specimens, Clock clock) {
		this.specimens = specimens;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<SpecimenSummary> find(UUID id) {
		return specimens.findById(id).map(Specimen::summary);
	}

	/** The pathologist's worklist: received and not yet signed, the oldest receipt first. */
	@Transactional(readOnly = true)
	public List<SpecimenSummary> awaitingReport() {
		return specimens
			.findByStatusIn(EnumSet.of(SpecimenStatus.RECEIVED, SpecimenStatus.GROSSED, SpecimenStatus.REPORTED))
			.stream()
			.map(Specimen::summary)
			.sorted(Comparator.comparing(SpecimenSummary::receivedAt))
			.toList();
	}

	public void reported(UUID id, String by) {
		load(id).reported(by, clock.instant());
	}

	/** Signed out with the result's behaviour, which sets how soon the clinician must review it. */
	public void signed(UUID id, Behaviour behaviour, String by) {
		load(id).signed(behaviour, by, clock.instant());
	}

	/** An addendum (perhaps with a changed behaviour) reopens the loop; the earlier steps stay. */
	public void amended(UUID id, Behaviour behaviour) {
		load(id).amended(behaviour, clock.instant());
	}

	private Specimen load(UUID id) {
		return specimens.findById(id).orElseThrow(() -> new NotFound("specimen", id));
	}
}
