package org.cutis.tumorboard.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.cutis.shared.RefusedTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A recommendation is signed on or after the meeting's day, the day in the clinic's zone (the clock's). */
class MeetingSignatureDayTests {
	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
	/** Tuesday 1 December 2026, 08:30 in Seoul, which is still Monday 30 November (23:30) in UTC. */
	static final Instant MEETING = LocalDateTime.of(2026, 12, 1, 8, 30).atZone(SEOUL).toInstant();
	final Meeting meeting = new Meeting(UUID.randomUUID(), "Board", MEETING, MEETING.minusSeconds(86_400), "Room 3",
			null, "chair", "nurse", MEETING.minusSeconds(7 * 86_400));

	static Clock at(LocalDateTime local, ZoneId zone) {
		return Clock.fixed(local.atZone(zone).toInstant(), zone);
	}

	@Test
	void theDayBeforeTheMeetingIsRefusedNamingItsDay() {
		Clock eveningBefore = at(LocalDateTime.of(2026, 11, 30, 23, 59), SEOUL);
		assertThatThrownBy(() -> meeting.checkSignatureDay(eveningBefore)).isInstanceOfSatisfying(
				RefusedTransition.class, refused -> {
					assertThat(refused.messageKey()).isEqualTo("tumorboard.recommendation.beforeMeeting");
					assertThat(refused.args()).containsExactly("2026-12-01");
				});
		assertThat(meeting.signableOn(eveningBefore)).isFalse();
	}

	@Test
	void theMeetingsDayFromMidnightAndAnyDayAfterAreAllowed() {
		for (Clock clock : new Clock[] { at(LocalDateTime.of(2026, 12, 1, 0, 0), SEOUL),
				at(LocalDateTime.of(2026, 12, 1, 18, 0), SEOUL), at(LocalDateTime.of(2026, 12, 8, 9, 0), SEOUL) }) {
			assertThatNoException().isThrownBy(() -> meeting.checkSignatureDay(clock));
			assertThat(meeting.signableOn(clock)).isTrue();
		}
	}

	@Test
	void theDayIsTheClinicsNotUtc() {
		// 23:00 on 30 November in Seoul is 14:00 UTC, already the meeting's (UTC) day there
		Instant lateEvening = LocalDateTime.of(2026, 11, 30, 23, 0).atZone(SEOUL).toInstant();
		assertThat(meeting.date(SEOUL)).isEqualTo("2026-12-01");
		assertThat(meeting.date(ZoneOffset.UTC)).isEqualTo("2026-11-30");
		assertThat(meeting.signableOn(Clock.fixed(lateEvening, SEOUL))).isFalse();
		assertThat(meeting.signableOn(Clock.fixed(lateEvening, ZoneOffset.UTC))).isTrue();
	}
}
