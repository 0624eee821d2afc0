package org.cutis.biopsy.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.biopsy.domain.Specimen;
import org.cutis.biopsy.domain.Specimens;
import org.cutis.lesion.LineageContributor;
import org.cutis.lesion.LineageEntry;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;

import org.springframework.stereotype.Component;

/** Each specimen's steps, on the patient's chart timeline and on its lesion's lineage. */
@Component
class SpecimenTimeline implements TimelineContributor, LineageContributor {
	private final Specimens specimens;

	SpecimenTimeline(Specimens specimens) {
		this.specimens = specimens;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		return steps(specimens.findByPatientIdOrderByOrderedAt(patientId)).stream()
			.map(s -> new TimelineEntry(s.at(), s.key(), s.args(), s.by(), s.link()))
			.toList();
	}

	@Override
	public List<LineageEntry> lineageOf(UUID lesionId) {
		return steps(specimens.findByLesionIdOrderByOrderedAt(lesionId)).stream()
			.map(s -> new LineageEntry(s.at(), s.key(), s.args(), s.by(), s.link()))
			.toList();
	}

	private record Step(Instant at, String key, List<Object> args, String by, String link) {
	}

	private static List<Step> steps(List<Specimen> all) {
		List<Step> steps = new ArrayList<>();
		for (Specimen s : all) {
			String link = "/specimens/" + s.id();
			steps.add(new Step(s.orderedAt(), "biopsy.timeline.ordered",
					List.of(s.accession(), "biopsy.technique." + s.technique().code()), s.orderedBy(), link));
			add(steps, s, s.collectedAt(), "collected", s.collectedBy(), link);
			add(steps, s, s.receivedAt(), "received", s.receivedBy(), link);
			add(steps, s, s.reviewedAt(), "reviewed", s.reviewedBy(), link);
			add(steps, s, s.communicatedAt(), "communicated", s.communicatedBy(), link);
			add(steps, s, s.rejectedAt(), "rejected", s.rejectedBy(), link);
		}
		return steps;
	}

	private static void add(List<Step> steps, Specimen s, Instant at, String what, String by, String link) {
		if (at != null) {
			steps.add(new Step(at, "biopsy.timeline." + what, List.of(s.accession()), by, link));
		}
	}
}
