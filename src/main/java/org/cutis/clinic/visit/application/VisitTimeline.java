package org.cutis.clinic.visit.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.clinic.visit.domain.VisitNote;
import org.cutis.clinic.visit.domain.VisitNoteAddenda;
import org.cutis.clinic.visit.domain.VisitNotes;
import org.cutis.identity.Permission;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signed visit notes (and their addenda) on the chart timeline, with the assessment; drafts stay off the chart. */
@Component
@Transactional(readOnly = true)
class VisitTimeline implements TimelineContributor {
	private final VisitNotes notes;
	private final VisitNoteAddenda addenda;

	VisitTimeline(VisitNotes notes, VisitNoteAddenda addenda) {
		this.notes = notes;
		this.addenda = addenda;
	}

	@Override
	public Permission readPermission() {
		return Permission.VISIT_NOTE_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (VisitNote n : notes.findByPatientIdOrderByVisitDateDescCreatedAtDesc(patientId)) {
			if (!n.isSigned()) {
				continue;
			}
			String link = "/appointments/" + n.appointmentId() + "/visit-note";
			entries.add(new TimelineEntry(n.signedAt(), "visit.timeline.signed",
					List.of("visit.assessment." + n.assessment().code()), n.signedBy(), link));
			addenda.findByVisitNoteIdOrderBySignedAtAsc(n.id())
				.forEach(a -> entries.add(new TimelineEntry(a.signedAt(), "visit.timeline.addendum", List.of(),
						a.signedBy(), link)));
		}
		return entries;
	}
}
