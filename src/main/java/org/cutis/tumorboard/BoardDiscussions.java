package org.cutis.tumorboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.SignatureSecret;
import org.cutis.tumorboard.application.RecommendationManagement;
import org.cutis.tumorboard.application.TumorBoardManagement;
import org.cutis.tumorboard.domain.Attendee;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.Meeting;
import org.cutis.tumorboard.domain.PlanItem;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other modules (the demonstration center): a cancer discussed at a meeting held today, the
 * way the board works. The current user is the chair: they schedule the meeting, put the cancer on
 * its list with the clinician's question, record the departments present and sign the
 * recommendation with their password (an ordinary electronic signature).
 */
@Component
public class BoardDiscussions {
	private final TumorBoardManagement board;
	private final RecommendationManagement recommendations;
	private final Clock clock;

	BoardDiscussions(TumorBoardManagement board, RecommendationManagement recommendations, Clock clock) {
		this.board = board;
		this.recommendations = recommendations;
		this.clock = clock;
	}

	/** One recommended item as the board codes it ("wide-local-excision", "1 cm"). */
	public record Item(String type, String detail) {
	}

	/** A department present and who represented it (null: unnamed). */
	public record Present(Department department, String username) {
	}

	/**
	 * Discusses the cancer today and signs the recommendation; returns the board case's id. The
	 * meeting starts a minute from now (its cut-off then), so the case is listed in time and the
	 * recommendation is signed on the meeting's day.
	 */
	@Transactional
	public UUID discussToday(String title, String place, UUID cancerId, String question, List<Present> present,
			String chair, String chairPassword, String intent, List<Item> items) {
		Instant at = clock.instant().plus(Duration.ofMinutes(1));
		Meeting meeting = board.schedule(title, at, Duration.ZERO, place, null, chair, 1).get(0);
		BoardCase listed = board.addCase(meeting.id(),
				new TumorBoardManagement.CaseRequest(null, cancerId, question, 0, null, false, false));
		board.recordAttendance(listed.id(),
				present.stream().map(p -> new Attendee(p.department(), p.username())).toList());
		recommendations.finalise(listed.id(), intent,
				items.stream().map(i -> new PlanItem(i.type(), i.detail())).toList(), null, List.of(),
				new SignatureSecret(chairPassword, null));
		return listed.id();
	}
}
