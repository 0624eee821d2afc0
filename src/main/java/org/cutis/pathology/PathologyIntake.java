package org.cutis.pathology;

import java.time.Clock;

import org.cutis.pathology.application.ReportSearchDocuments;
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
	private final ReportSearchDocuments search;

	PathologyIntake(ReceivedSpecimens specimens, Clock clock, ReportSearchDocuments search) {
		this.specimens = specimens;
		this.clock = clock;
		this.search = search;
	}

	public void receive(SpecimenForReport specimen) {
		specimens.findById(specimen.specimenId())
			.ifPresentOrElse(known -> known.take(specimen), () -> specimens.save(new ReceivedSpecimen(specimen)));
	}

	public void withdraw(UUID specimenId, String reason) {
		specimens.findById(specimenId).ifPresent(s -> s.withdraw(reason, clock.instant()));
		search.specimenWithdrawn(specimenId);
	}
}
