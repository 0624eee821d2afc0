package org.cutis.clinic.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentSummary;
import org.cutis.clinic.session.ClinicSession;
import org.cutis.clinic.session.ClinicSessions;
import org.cutis.identity.StaffDirectory;
import org.cutis.referral.ReferralAppointments;
import org.cutis.shared.InvalidInput;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage acceptance books the referral's first visit into the dermatologist's sessions: at the time
 * chosen, or the first free slot of the day. A day without a free slot is refused, saying why (no
 * session, leave, full), so the nurse picks another day instead of promising one that does not exist.
 */
@Component
@Transactional
class ReferralBooking implements ReferralAppointments {
	private final AppointmentBook book;
	private final ClinicLists lists;
	private final ClinicSessions sessions;
	private final StaffDirectory staff;
	private final Clock clock;

	ReferralBooking(AppointmentBook book, ClinicLists lists, ClinicSessions sessions, StaffDirectory staff,
			Clock clock) {
		this.book = book;
		this.lists = lists;
		this.sessions = sessions;
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	public BookedVisit book(UUID referralId, UUID patientId, String dermatologist, Instant start, LocalDate day,
			String reason) {
		if (start != null) {
			return visit(book.book(patientId, dermatologist, start, AppointmentKind.NEW_REFERRAL, reason, referralId,
					"appointmentStart"));
		}
		if (day == null) {
			throw new InvalidInput("appointmentDate", "error.field.required");
		}
		Optional<AppointmentSummary> booked = book.bookFirstFree(patientId, dermatologist, day, day,
				AppointmentKind.NEW_REFERRAL, reason, referralId);
		return visit(booked.orElseThrow(() -> noFreeSlot(dermatologist, day)));
	}

	private InvalidInput noFreeSlot(String dermatologist, LocalDate day) {
		ZoneId zone = clock.getZone();
		List<ClinicSession> ofDay = sessions.between(dermatologist, day, day)
			.stream()
			.filter(s -> !s.closed() && s.end(zone).isAfter(clock.instant()))
			.toList();
		if (ofDay.isEmpty()) {
			return new InvalidInput("appointmentDate", "clinic.referral.error.noSession", staff.named(dermatologist),
					day.toString());
		}
		if (ofDay.stream().allMatch(sessions::blocked)) {
			return new InvalidInput("appointmentDate", "clinic.appointment.error.onLeave", staff.named(dermatologist),
					day.toString());
		}
		return new InvalidInput("appointmentDate", "clinic.referral.error.full", staff.named(dermatologist),
				day.toString());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BookedVisit> of(UUID referralId) {
		return lists.ofReferral(referralId).map(ReferralBooking::visit);
	}

	private static BookedVisit visit(AppointmentSummary a) {
		return new BookedVisit(a.id(), a.clinician(), a.start(), a.location(), a.status().code());
	}
}
