package org.cutis.clinic.visit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentStatus;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.Appointments;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** Appointments for the visit note tests: a follow-up of the patient in the clinician's clinic. */
@Component
public class VisitAppointments {
	private final InMemoryAppointments fake;
	private final Clock clock;

	VisitAppointments(InMemoryAppointments fake, Clock clock) {
		this.fake = fake;
		this.clock = clock;
	}

	public UUID today(UUID patient, String clinician) {
		return on(patient, clinician, LocalDate.now(clock));
	}

	public UUID on(UUID patient, String clinician, LocalDate day) {
		return fake.add(patient, clinician, day.atTime(10, 0).atZone(clock.getZone()).toInstant());
	}

	/** Until the booking core is merged: appointments kept in memory. */
	@Component
	@Primary
	static class InMemoryAppointments implements Appointments {
		private final Map<UUID, AppointmentSummary> all = new ConcurrentHashMap<>();

		UUID add(UUID patient, String clinician, Instant start) {
			UUID id = UUID.randomUUID();
			all.put(id, new AppointmentSummary(id, patient, clinician, UUID.randomUUID(), start, "외래 2번 진료실",
					AppointmentKind.FOLLOW_UP, AppointmentStatus.ARRIVED, null, 0));
			return id;
		}

		@Override
		public AppointmentSummary book(UUID patientId, String clinician, Instant start, AppointmentKind kind, String reason) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<AppointmentSummary> bookFirstFree(UUID patientId, String clinician, LocalDate from, LocalDate to,
				AppointmentKind kind, String reason) {
			return Optional.empty();
		}

		@Override
		public Optional<AppointmentSummary> find(UUID appointmentId) {
			return Optional.ofNullable(all.get(appointmentId));
		}

		@Override
		public List<AppointmentSummary> ofPatient(UUID patientId) {
			return all.values().stream().filter(a -> a.patientId().equals(patientId)).toList();
		}

		@Override
		public Optional<AppointmentSummary> nextOf(UUID patientId) {
			return Optional.empty();
		}

		@Override
		public void cancel(UUID appointmentId, String reason) {
		}

		@Override
		public void markSeen(UUID appointmentId) {
			all.computeIfPresent(appointmentId, (id, a) -> new AppointmentSummary(id, a.patientId(), a.clinician(),
					a.sessionId(), a.start(), a.location(), a.kind(), AppointmentStatus.SEEN, a.reason(), a.version() + 1));
		}
	}
}
