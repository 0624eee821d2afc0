package org.cutis.tumorboard;

import java.time.Duration;
import java.time.Instant;

import org.cutis.tumorboard.application.TumorBoardManagement;

import org.springframework.stereotype.Component;

/** For other modules (the demonstration center): scheduling a weekly series of tumor board meetings. */
@Component
public class BoardScheduling {
	private final TumorBoardManagement board;

	BoardScheduling(TumorBoardManagement board) {
		this.board = board;
	}

	/** {@code weeks} meetings a week apart, each with its cut-off {@code cutOffBefore} before it. */
	public int scheduleWeekly(String title, Instant firstAt, Duration cutOffBefore, String place, String videoLink,
			String chair, int weeks) {
		return board.schedule(title, firstAt, cutOffBefore, place, videoLink, chair, weeks).size();
	}
}
