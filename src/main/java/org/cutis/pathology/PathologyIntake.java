package org.cutis.pathology;

import java.time.Clock;
import java.util.UUID;

import org.cutis.pathology.domain.ReceivedSpecimen;
import org.cutis.pathology.domain.ReceivedSpecimens;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pathology's in-tray: the biopsy module hands a specimen over when it is received (in the same
 * transaction, so a received specimen is always on the pathologist's worklist) and withdraws it
 * when it is rejected or voided before a report.
 */
@Component
@Transactional
public class PathologyIntake {
	private final ReceivedSpecimens specimens;
	private final Clock clock;

	PathologyIntake(ReceivedSpecimens specimens, Clock clock) {
		this.specimens = specimens;
		this.clock = clock;
	}

	public void receive(SpecimenForReport specimen) {
		specimens.findById(specimen.specimenId())
			.ifPresentOrElse(known -> known.take(specimen), () -> specimens.save(new ReceivedSpecimen(specimen)));
	}

	public void withdraw(UUID specimenId, String reason) {
		specimens.findById(specimenId).ifPresent(s -> s.withdraw(reason, clock.instant()));
	}
}
