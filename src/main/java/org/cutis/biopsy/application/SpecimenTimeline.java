package org.cutis.biopsy.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cutis.biopsy.domain.Specimen;
import org.cutis.biopsy.domain.SpecimenStep;
import org.cutis.biopsy.domain.SpecimenStep.What;
import org.cutis.biopsy.domain.Specimens;
import org.cutis.identity.Permission;
import org.cutis.lesion.LineageContributor;
import org.cutis.lesion.LineageEntry;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;

import org.springframework.stereotype.Component;

/**
 * Each specimen's steps, on the patient's chart timeline and on its lesion's lineage: every
 * collection, receipt, review and communication, also those an addendum reopened.
 */
@Component
class SpecimenTimeline implements TimelineContributor, LineageContributor {
	private static final Set<What> SHOWN = EnumSet.of(What.COLLECTED, What.RECEIVED, What.REVIEWED,
			What.COMMUNICATED, What.REJECTED);

	private final Specimens specimens;

	SpecimenTimeline(Specimens specimens) {
		this.specimens = specimens;
	}

	@Override
	public Permission readPermission() {
		return Permission.SPECIMEN_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		return steps(specimens.findByPatientId(patientId)).stream()
			.map(s -> new TimelineEntry(s.at(), s.key(), s.args(), s.by(), s.link()))
			.toList();
	}

	@Override
	public List<LineageEntry> lineageOf(UUID lesionId) {
		return steps(specimens.findByLesionId(lesionId)).stream()
			.map(s -> new LineageEntry(s.at(), s.key(), s.args(), s.by(), s.link()))
			.toList();
	}

	private record Step(Instant at, String key, List<Object> args, String by, String link) {
	}

	private static List<Step> steps(List<Specimen> all) {
		List<Step> steps = new ArrayList<>();
		for (Specimen s : all) {
			String link = "/specimens/" + s.id();
			SpecimenStep ordered = s.ordered();
			steps.add(new Step(ordered.at(), "biopsy.timeline.ordered",
					List.of(s.accession(), "biopsy.technique." + s.technique().code()), ordered.by(), link));
			for (SpecimenStep step : s.steps()) {
				if (SHOWN.contains(step.what())) {
					steps.add(new Step(step.at(), "biopsy.timeline." + step.what().code(), List.of(s.accession()),
							step.by(), link));
				}
			}
		}
		return steps;
	}
}
