package org.cutis.recurrence.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;
import org.cutis.identity.StaffNames;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.recurrence.domain.Recurrence;
import org.cutis.recurrence.domain.Recurrences;
import org.cutis.recurrence.domain.RelapseWorkup;
import org.cutis.recurrence.domain.RelapseWorkups;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Relapse suspected (the re-biopsy path), ruled out, and recurrences recorded, on the chart. */
@Component
@Transactional(readOnly = true)
class RecurrenceTimeline implements TimelineContributor {
	private final RelapseWorkups workups;
	private final Recurrences recurrences;

	RecurrenceTimeline(RelapseWorkups workups, Recurrences recurrences) {
		this.workups = workups;
		this.recurrences = recurrences;
	}

	@Override
	public Permission readPermission() {
		return Permission.RECURRENCE_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (RelapseWorkup w : workups.findByPatientIdOrderByOpenedAtDesc(patientId)) {
			String link = "/cancers/" + w.cancerId() + "/recurrences";
			entries.add(new TimelineEntry(w.openedAt(), "recurrence.timeline.suspected", List.of(), w.suspectedBy(), link));
			if (RelapseWorkup.RULED_OUT.equals(w.status())) {
				entries.add(new TimelineEntry(w.closedAt(), "recurrence.timeline.ruledOut", List.of(), StaffNames.SYSTEM,
						link));
			}
		}
		for (Recurrence r : recurrences.findByPatientIdOrderByRecordedAtDesc(patientId)) {
			entries.add(new TimelineEntry(r.recordedAt(), "recurrence.timeline.recorded",
					List.of("recurrence.extent." + r.extent().code(), r.detectedOn().toString()), r.recordedBy(),
					"/cancers/" + r.cancerId() + "/recurrences"));
		}
		return entries;
	}
}
