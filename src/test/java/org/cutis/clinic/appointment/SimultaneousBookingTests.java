package org.cutis.clinic.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;
import org.cutis.identity.Role;
import org.cutis.support.Clinic;
import org.cutis.support.ClinicSchedule;
import org.cutis.support.CutisTest;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bookings into one session at the same moment (several patients seen together, each plan's listener
 * booking the next visit in its own transaction) each take their own slot: none is refused and none
 * loses the transaction it runs in. Found by the recall simulation: the second booking picked the
 * first's slot, the database refused it, and the plan's listener rolled back with it.
 */
@CutisTest
class SimultaneousBookingTests {
	static final int TOGETHER = 6;

	@Autowired
	Staff staff;
	@Autowired
	Clinic clinic;
	@Autowired
	ClinicSchedule schedule;
	@Autowired
	Appointments appointments;
	@Autowired
	TransactionTemplate transactions;

	@Test
	void bookingsAtTheSameMomentTakeDifferentSlots() throws Exception {
		String doctor = staff.create(Role.DERMATOLOGIST);
		LocalDate day = schedule.tomorrow();
		schedule.open(doctor, day, LocalTime.of(9, 0), LocalTime.of(13, 0), 8);
		List<UUID> patients = new ArrayList<>();
		for (int i = 0; i < TOGETHER; i++) {
			patients.add(clinic.patient());
		}
		CyclicBarrier together = new CyclicBarrier(TOGETHER);
		ExecutorService pool = Executors.newFixedThreadPool(TOGETHER);
		try {
			List<Future<Optional<AppointmentSummary>>> bookings = new ArrayList<>();
			for (UUID patient : patients) {
				bookings.add(pool.submit(() -> transactions.execute(status -> {
					try {
						together.await(30, TimeUnit.SECONDS);
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
					return appointments.bookFirstFree(patient, doctor, day, day, AppointmentKind.FOLLOW_UP, "추적 관찰 방문");
				})));
			}
			List<AppointmentSummary> booked = new ArrayList<>();
			for (Future<Optional<AppointmentSummary>> f : bookings) {
				Optional<AppointmentSummary> a = f.get(60, TimeUnit.SECONDS);
				assertThat(a).as("a booking at the same moment as others").isPresent();
				booked.add(a.get());
			}
			assertThat(booked.stream().map(AppointmentSummary::start).distinct()).hasSize(TOGETHER);
			assertThat(appointments.ofPatient(patients.get(0))).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
