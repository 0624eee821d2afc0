package org.cutis.skincare;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.shared.NotFound;
import org.cutis.skincare.adverseevent.application.AdverseEventRecord;
import org.cutis.skincare.adverseevent.application.AdverseEventRegistry;

import org.springframework.stereotype.Component;

/**
 * For other parts of the clinic and other modules: the skin adverse events of a patient. Not
 * audited: the caller audits its own view.
 */
@Component
public class AdverseEventDirectory {
	private final AdverseEventRegistry registry;

	AdverseEventDirectory(AdverseEventRegistry registry) {
		this.registry = registry;
	}

	public Optional<AdverseEventSummary> find(UUID id) {
		try {
			return Optional.of(summary(registry.recordOf(id)));
		} catch (NotFound e) {
			return Optional.empty();
		}
	}

	/** Newest onset first; voided events last. */
	public List<AdverseEventSummary> ofPatient(UUID patientId) {
		return registry.ofPatientUnaudited(patientId).stream().map(AdverseEventDirectory::summary).toList();
	}

	public static String link(UUID id) {
		return "/adverse-events/" + id;
	}

	private static AdverseEventSummary summary(AdverseEventRecord r) {
		var e = r.event();
		return new AdverseEventSummary(e.id(), e.patientId(), e.termName(), e.onsetDate(), e.status().code(),
				e.currentGrade(), e.proposedGrade(), e.confirmedGrade(), e.lastAssessedOn(),
				r.drugs().stream()
					.map(d -> new AdverseEventSummary.Drug(d.drugCode(), d.drugName(), d.freeEntry(), d.attribution().code()))
					.toList(),
				r.photos().stream().map(p -> link(e.id()) + "/photos/" + p.id()).toList(), e.voided(), link(e.id()));
	}
}
