package org.cutis.clinic.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.Appointments;
import org.cutis.support.ClinicSchedule;
import org.cutis.support.TestClock;

import org.springframework.stereotype.Component;

/**
 * Follow-up appointments for the visit note tests, booked as the clinic books them: in the doctor's
 * session of a coming day (a slot of its own each), then the clock moved into that slot, because a
 * note is written on the day of the visit (the booking refuses the past, marking seen refuses a
 * future day). The caller {@link #backToToday() resets} the clock afterwards.
 */
@Component
public class VisitAppointments {
	private final Appointments appointments;
	private final ClinicSchedule schedule;
	private final TestClock clock;
	private final Map<String, Boolean> opened = new ConcurrentHashMap<>();
	private final AtomicInteger slot = new AtomicInteger();

	VisitAppointments(Appointments appointments, ClinicSchedule schedule, TestClock clock) {
		this.appointments = appointments;
		this.schedule = schedule;
		this.clock = clock;
	}

	/** An appointment tomorrow, with the clock in its slot ("today" for the note). */
	public UUID today(UUID patient, String clinician) {
		return visitIn(patient, clinician, 1);
	}

	/** An appointment {@code days} ahead, with the clock in its slot; later visits of the same test go further ahead. */
	public UUID visitIn(UUID patient, String clinician, int days) {
		clock.reset();
		LocalDate day = LocalDate.now(clock).plusDays(days);
		opened.computeIfAbsent(clinician + day, k -> {
			schedule.open(clinician, day, LocalTime.of(0, 0), LocalTime.of(23, 30), 47);
			return true;
		});
		// each visit a slot of its own, so the tests never meet in one
		int n = slot.getAndIncrement() % 47;
		Instant start = day.atTime(LocalTime.of(0, 0).plusMinutes(30L * n)).atZone(clock.getZone()).toInstant();
		UUID id = appointments.book(patient, clinician, start, AppointmentKind.FOLLOW_UP, null).id();
		clock.travelTo(start.plusSeconds(300));
		return id;
	}

	public void backToToday() {
		clock.reset();
	}
}
