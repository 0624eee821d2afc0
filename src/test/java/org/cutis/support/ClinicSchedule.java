package org.cutis.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.cutis.clinic.session.ClinicSession;
import org.cutis.clinic.session.ClinicSessions;

import org.springframework.stereotype.Component;

/**
 * Opens doctors' clinic sessions for tests that book (triage acceptance books a real appointment,
 * so a dermatologist needs a session on the day).
 */
@Component
public class ClinicSchedule {
	private final ClinicSessions sessions;
	private final Clock clock;

	ClinicSchedule(ClinicSessions sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	/** A whole day's clinic, 08:00-18:00 in 20 slots of 30 minutes, in room 2. */
	public ClinicSession open(String clinician, LocalDate day) {
		return sessions.open(clinician, day, LocalTime.of(8, 0), LocalTime.of(18, 0), 20, null, "본관 3층 외래 2번 진료실");
	}

	public ClinicSession open(String clinician, LocalDate day, LocalTime start, LocalTime end, int capacity) {
		return sessions.open(clinician, day, start, end, capacity, null, "본관 3층 외래 2번 진료실");
	}

	/** Tomorrow in the center's zone (a day whose slots have not begun). */
	public LocalDate tomorrow() {
		return LocalDate.now(clock).plusDays(1);
	}
}
