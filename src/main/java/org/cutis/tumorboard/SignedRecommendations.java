package org.cutis.tumorboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.shared.NotFound;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.BoardCases;
import org.cutis.tumorboard.domain.Meeting;
import org.cutis.tumorboard.domain.Meetings;
import org.cutis.tumorboard.domain.Recommendation;
import org.cutis.tumorboard.domain.Recommendations;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For treatment planning: the signed recommendation of a board case, and the day a cancer was
 * first discussed. Does not audit; callers audit their own views.
 */
@Component
@Transactional(readOnly = true)
public class SignedRecommendations {
	private final BoardCases cases;
	private final Recommendations recommendations;
	private final Meetings meetings;
	private final Clock clock;

	SignedRecommendations(BoardCases cases, Recommendations recommendations, Meetings meetings, Clock clock) {
		this.cases = cases;
		this.recommendations = recommendations;
		this.meetings = meetings;
		this.clock = clock;
	}

	/** The recommendation of this case once the chair signed it; empty while unsigned. Unknown case: {@link NotFound}. */
	public Optional<SignedRecommendation> ofCase(UUID caseId) {
		BoardCase boardCase = cases.findById(caseId).orElseThrow(() -> new NotFound("tumor-board-case", caseId));
		return recommendations.findByCaseId(caseId)
			.filter(r -> r.signedBy() != null)
			.map(r -> signed(boardCase, r));
	}

	/** The signed recommendations about this cancer, most recent first. */
	public List<SignedRecommendation> ofCancer(UUID cancerId) {
		return cases.findByCancerId(cancerId)
			.stream()
			.map(c -> recommendations.findByCaseId(c.id()).filter(r -> r.signedBy() != null).map(r -> signed(c, r)))
			.flatMap(Optional::stream)
			.sorted(java.util.Comparator.comparing(SignedRecommendation::signedAt).reversed())
			.toList();
	}

	/** The day of the first meeting at which this cancer was discussed and a recommendation signed. */
	public Optional<LocalDate> firstDiscussedOn(UUID cancerId) {
		return cases.findByCancerId(cancerId)
			.stream()
			.map(c -> recommendations.findByCaseId(c.id())
				.filter(r -> r.signedBy() != null)
				.map(r -> signed(c, r).discussedOn()))
			.flatMap(Optional::stream)
			.min(LocalDate::compareTo);
	}

	private SignedRecommendation signed(BoardCase boardCase, Recommendation r) {
		LocalDate day = Optional.ofNullable(boardCase.meetingId())
			.flatMap(meetings::findById)
			.map(Meeting::scheduledAt)
			.orElse(r.signedAt())
			.atZone(clock.getZone())
			.toLocalDate();
		return new SignedRecommendation(r.id(), boardCase.id(), boardCase.cancerId(), boardCase.patientId(),
				r.intent(), r.items().stream().map(i -> new Item(i.type(), i.detail())).toList(), r.signedBy(),
				r.signedAt(), day);
	}

	/**
	 * @param cancerId    null when the case concerned a lesion without a cancer
	 * @param discussedOn the day of the meeting
	 */
	public record SignedRecommendation(UUID recommendationId, UUID caseId, UUID cancerId, UUID patientId,
			String intent, List<Item> items, String signedBy, Instant signedAt, LocalDate discussedOn) {
	}

	/** A plan item as the board coded it: {@code type} is one of its plan item codes ("wide-local-excision"). */
	public record Item(String type, String detail) {
	}
}
