package org.cutis.clinic.visit.application;

import java.util.List;
import java.util.UUID;

import org.cutis.clinic.Appointments;
import org.cutis.clinic.VisitAssessment;
import org.cutis.clinic.VisitNoteRecords;
import org.cutis.clinic.visit.domain.LesionReview;
import org.cutis.clinic.visit.domain.VisitNoteContent;
import org.cutis.identity.SignatureSecret;
import org.cutis.shared.NotFound;

import org.springframework.stereotype.Service;

/** {@link VisitNoteRecords} through the visit note's own service (nothing is skipped). */
@Service
class SignedVisitNotes implements VisitNoteRecords {
	private final VisitNoting noting;
	private final Appointments appointments;

	SignedVisitNotes(VisitNoting noting, Appointments appointments) {
		this.noting = noting;
		this.appointments = appointments;
	}

	@Override
	public UUID writeAndSign(UUID appointmentId, String intervalHistory, VisitAssessment assessment, UUID cancerId,
			List<UUID> suspectedLesionIds, String suspectedChange, String resultsReviewed, String plan, String password) {
		UUID patientId = appointments.find(appointmentId)
			.orElseThrow(() -> new NotFound("appointment", appointmentId))
			.patientId();
		List<UUID> suspected = suspectedLesionIds == null ? List.of() : suspectedLesionIds;
		List<LesionReview> reviews = noting.lesionsOf(patientId).stream()
			.map(l -> suspected.contains(l.id())
					? new LesionReview(l.id(), LesionReview.Finding.CHANGED, suspectedChange)
					: new LesionReview(l.id(), LesionReview.Finding.UNCHANGED, null))
			.toList();
		VisitNoteContent content = new VisitNoteContent(intervalHistory, reviews, List.of(), resultsReviewed, List.of(), assessment,
				cancerId, null, suspected, plan);
		return noting.sign(appointmentId, content, List.of(), null, new SignatureSecret(password, null)).id();
	}
}
