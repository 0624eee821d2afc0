package org.cutis.patient.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Access;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.patient.domain.Patient;
import org.cutis.patient.domain.PatientRevision;
import org.cutis.patient.domain.PatientRevisions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happened to a patient, newest first, from this module and every contributor
 * whose entries the reader may see.
 */
@Component
public class ChartTimeline {
	private final List<TimelineContributor> contributors;
	private final PatientRevisions revisions;
	private final Access access;

	ChartTimeline(List<TimelineContributor> contributors, PatientRevisions revisions, Access access) {
		this.contributors = contributors;
		this.revisions = revisions;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> of(Patient patient) {
		UUID id = patient.id();
		List<TimelineEntry> entries = new ArrayList<>();
		entries.add(new TimelineEntry(patient.registeredAt(), "patient.timeline.registered", List.of(patient.mrn()),
				patient.registeredBy(), "/patients/" + id));
		for (PatientRevision revision : revisions.findByPatientIdOrderByVersionDesc(id)) {
			String key = "VOID".equals(revision.changeKind()) ? "patient.timeline.voided" : "patient.timeline.changed";
			entries.add(new TimelineEntry(revision.changedAt(), key, List.of(), revision.changedBy(),
					"/patients/" + id + "#history"));
		}
		for (TimelineContributor contributor : contributors) {
			if (access.allows(contributor.readPermission())) {
				entries.addAll(contributor.timelineOf(id));
			}
		}
		entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
		return entries;
	}

	/** The contributors' chart warnings the reader may see, newest first. */
	@Transactional(readOnly = true)
	public List<TimelineEntry> warningsOf(Patient patient) {
		List<TimelineEntry> warnings = new ArrayList<>();
		for (TimelineContributor contributor : contributors) {
			if (access.allows(contributor.readPermission())) {
				warnings.addAll(contributor.warningsOf(patient.id()));
			}
		}
		warnings.sort(Comparator.comparing(TimelineEntry::at).reversed());
		return warnings;
	}
}
