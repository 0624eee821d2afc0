package org.cutis.patient.application;

import java.util.ArrayList;
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
		List<TimelineEntry> entries = own(patient);
		for (TimelineContributor contributor : contributors) {
			if (access.allows(contributor.readPermission())) {
				entries.addAll(contributor.timelineOf(patient.id()));
			}
		}
		entries.sort(TimelineEntry.NEWEST_FIRST);
		return entries;
	}

	/**
	 * The newest {@code limit} entries and the number of all: the same entries as the first
	 * {@code limit} of {@link #of}, from each contributor's own newest {@code limit}.
	 */
	@Transactional(readOnly = true)
	public TimelineEntry.Recent recent(Patient patient, int limit) {
		List<TimelineEntry> entries = own(patient);
		long total = entries.size();
		for (TimelineContributor contributor : contributors) {
			if (access.allows(contributor.readPermission())) {
				TimelineEntry.Recent recent = contributor.recentOf(patient.id(), limit);
				entries.addAll(recent.entries());
				total += recent.total();
			}
		}
		entries.sort(TimelineEntry.NEWEST_FIRST);
		return new TimelineEntry.Recent(List.copyOf(entries.subList(0, Math.min(limit, entries.size()))), total);
	}

	private List<TimelineEntry> own(Patient patient) {
		UUID id = patient.id();
		List<TimelineEntry> entries = new ArrayList<>();
		entries.add(new TimelineEntry(patient.registeredAt(), "patient.timeline.registered", List.of(patient.mrn()),
				patient.registeredBy(), "/patients/" + id));
		for (PatientRevision revision : revisions.findByPatientIdOrderByVersionDesc(id)) {
			String key = "VOID".equals(revision.changeKind()) ? "patient.timeline.voided" : "patient.timeline.changed";
			entries.add(new TimelineEntry(revision.changedAt(), key, List.of(), revision.changedBy(),
					"/patients/" + id + "#history"));
		}
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
		warnings.sort(TimelineEntry.NEWEST_FIRST);
		return warnings;
	}
}
