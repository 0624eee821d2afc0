package org.cutis.clinic.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.clinic.AppointmentStatus;
import org.cutis.identity.Permission;
import org.cutis.identity.StaffNames;
import org.cutis.patient.TimelineContributor;
import org.cutis.patient.TimelineEntry;
import org.cutis.patient.UpcomingVisits;
import org.cutis.shared.TypedText;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's appointments on the chart (booked, arrived, seen, not come, cancelled with the
 * reason) and the next one in the chart's header.
 */
@Component
@Transactional(readOnly = true)
class AppointmentTimeline implements TimelineContributor, UpcomingVisits {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AppointmentRecords appointments;
	private final ClinicLists book;
	private final StaffNames staffNames;
	private final Clock clock;

	AppointmentTimeline(AppointmentRecords appointments, ClinicLists book, StaffNames staffNames, Clock clock) {
		this.appointments = appointments;
		this.book = book;
		this.staffNames = staffNames;
		this.clock = clock;
	}

	@Override
	public Permission readPermission() {
		return Permission.CLINIC_READ;
	}

	@Override
	public List<TimelineEntry> timelineOf(UUID patientId) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (Appointment a : appointments.findByPatientIdOrderByStartsAtAsc(patientId)) {
			String link = link(a.clinician(), a.startsAt());
			String when = WHEN.format(a.startsAt().atZone(clock.getZone()));
			String doctor = staffNames.label(a.clinician());
			String kind = "clinic.appointment.kind." + a.kind().code();
			entries.add(new TimelineEntry(a.bookedAt(), "clinic.timeline.booked", List.of(when, doctor, kind), a.bookedBy(),
					link));
			if (a.statusChangedAt() != null && a.status() != AppointmentStatus.BOOKED) {
				entries.add(new TimelineEntry(a.statusChangedAt(), "clinic.timeline." + a.status().code(),
						List.of(when, doctor, a.statusReason() == null ? "" : TypedText.of(a.statusReason())),
						a.statusChangedBy(), link));
			}
		}
		return entries;
	}

	@Override
	public Optional<UpcomingVisit> nextOf(UUID patientId) {
		return book.nextOf(patientId)
			.map(a -> new UpcomingVisit(a.start(), a.clinician(), a.location(), link(a.clinician(), a.start()),
					a.reasonCode() == null ? null : a.reasonCode().label(), a.reason()));
	}

	private String link(String clinician, Instant start) {
		return "/clinics/" + clinician + "?date=" + start.atZone(clock.getZone()).toLocalDate();
	}
}
