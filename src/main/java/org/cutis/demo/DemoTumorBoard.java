package org.cutis.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.cutis.tumorboard.BoardScheduling;

import org.springframework.stereotype.Component;

/**
 * A weekly tumor board (next Wednesday 17:00, cut-off two days before, chaired by demo-onc). The
 * demo's signed cancers (see {@link DemoLoop}) are then proposed to it by the eligibility rules.
 */
@Component
class DemoTumorBoard {
	private final BoardScheduling board;
	private final Clock clock;

	DemoTumorBoard(BoardScheduling board, Clock clock) {
		this.board = board;
		this.clock = clock;
	}

	void load() {
		LocalDate wednesday = LocalDate.now(clock).plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		board.scheduleWeekly("피부암 다학제 위원회 Skin cancer tumor board", wednesday.atTime(LocalTime.of(17, 0))
			.atZone(clock.getZone()).toInstant(), Duration.ofHours(48), "본관 3층 회의실 Main building, room 301",
				null, "demo-onc", 4);
	}
}
