package org.cutis.patient.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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
		return gather(patient, contributor -> {
			List<TimelineEntry> all = contributor.timelineOf(patient.id());
			return new TimelineEntry.Recent(all, all.size());
		}).entries();
	}

	/** Every entry, as {@link #of}, with their number. */
	@Transactional(readOnly = true)
	public TimelineEntry.Recent whole(Patient patient) {
		List<TimelineEntry> all = of(patient);
		return new TimelineEntry.Recent(all, all.size());
	}

	/**
	 * The newest {@code limit} entries and the number of all: the same entries as the first
	 * {@code limit} of {@link #of}, from each contributor's own newest {@code limit}.
	 */
	@Transactional(readOnly = true)
	public TimelineEntry.Recent recent(Patient patient, int limit) {
		TimelineEntry.Recent all = gather(patient, contributor -> contributor.recentOf(patient.id(), limit));
		List<TimelineEntry> entries = all.entries();
		return new TimelineEntry.Recent(List.copyOf(entries.subList(0, Math.min(limit, entries.size()))), all.total());
	}

	/** This module's entries and what each contributor the reader may see answers, newest first. */
	private TimelineEntry.Recent gather(Patient patient, Function<TimelineContributor, TimelineEntry.Recent> ask) {
		List<TimelineEntry> entries = own(patient);
		long total = entries.size();
		for (TimelineContributor contributor : contributors) {
			if (access.allows(contributor.readPermission())) {
				TimelineEntry.Recent answer = ask.apply(contributor);
				entries.addAll(answer.entries());
				total += answer.total();
			}
		}
		entries.sort(TimelineEntry.NEWEST_FIRST);
		return new TimelineEntry.Recent(entries, total);
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
