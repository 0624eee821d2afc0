package org.cutis.clinic.visit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.visit.application.VisitNoting.Visit;
import org.cutis.clinic.visit.application.ReviewableResults;
import org.cutis.clinic.visit.domain.ReviewedResult;
import org.cutis.clinic.visit.domain.VisitNote;
import org.cutis.clinic.visit.domain.VisitNoteAddendum;
import org.cutis.lesion.LesionSummary;

/**
 * A visit note as the API returns it: codes, lesions by id and label, staff by username; the results
 * reviewed as ids ({@code resultsReviewed}, as the request sends them) and as links ({@code reviewedResults}).
 */
record VisitNoteView(UUID id, UUID appointmentId, UUID patientId, String clinician, LocalDate visitDate, String status,
		String intervalHistory, List<Review> lesionReviews, List<Node> lymphNodes, List<UUID> resultsReviewed,
		String resultsReviewedText, List<Result> reviewedResults, String assessment, UUID cancerId, UUID adverseEventId, List<UUID> suspectedLesionIds, String plan,
		String updatedBy, Instant updatedAt, String signedBy, Instant signedAt, String signatureMethod, long version,
		List<Addendum> addenda) {

	record Review(UUID lesionId, String label, String finding, String change) {
	}

	record Node(String region, boolean palpable, String detail) {
	}

	/** A result reviewed: a signed pathology report or a work-up result, with its page in Cutis. */
	record Result(UUID id, String kind, LocalDate date, String link) {
	}

	record Addendum(UUID id, String text, String signedBy, Instant signedAt, String signatureMethod) {
		static Addendum of(VisitNoteAddendum a) {
			return new Addendum(a.id(), a.text(), a.signedBy(), a.signedAt(), a.signatureMethod().code());
		}
	}

	/** One visit of the patient: the appointment and its note. */
	record VisitItem(UUID appointmentId, Instant start, String kind, String appointmentStatus, String location,
			VisitNoteView note) {
	}

	static VisitNoteView of(VisitNote n, List<VisitNoteAddendum> addenda, Map<UUID, LesionSummary> lesions,
			List<ReviewableResults.Result> results) {
		return new VisitNoteView(n.id(), n.appointmentId(), n.patientId(), n.clinician(), n.visitDate(),
				n.status().name().toLowerCase(java.util.Locale.ROOT), n.intervalHistory(),
				n.lesionReviews()
					.stream()
					.map(r -> new Review(r.lesionId(),
							lesions.containsKey(r.lesionId()) ? lesions.get(r.lesionId()).label() : null,
							r.finding().code(), r.change()))
					.toList(),
				n.lymphNodes().stream().map(x -> new Node(x.region().code(), x.palpable(), x.detail())).toList(),
				n.reviewedResults().stream().map(ReviewedResult::id).toList(), n.resultsReviewed(),
				results.stream().map(r -> new Result(r.id(), r.reference().kind().code(), r.date(), r.link())).toList(),
				n.assessment() == null ? null : n.assessment().code(), n.cancerId(),
				n.adverseEventId(), n.suspectedLesionIds(), n.plan(), n.updatedBy(), n.updatedAt(), n.signedBy(),
				n.signedAt(), n.signatureMethod() == null ? null : n.signatureMethod().code(), n.version(),
				addenda.stream().map(Addendum::of).toList());
	}

	static VisitItem item(Visit v, Map<UUID, LesionSummary> lesions, List<ReviewableResults.Result> results) {
		AppointmentSummary a = v.appointment();
		return new VisitItem(v.note().appointmentId(), a == null ? null : a.start(), a == null ? null : a.kind().code(),
				a == null ? null : a.status().code(), a == null ? null : a.location(),
				of(v.note(), v.addenda(), lesions, results));
	}
}
