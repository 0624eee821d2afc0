package org.cutis.surveillance.recall.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recall list's rules for one visit: each kind, its boundaries, and clocks that move either way. */
class RecallPolicyTests {
	static final LocalDate FROM = LocalDate.of(2027, 3, 1);
	static final LocalDate TO = LocalDate.of(2027, 3, 31);
	final RecallPolicy policy = new RecallPolicy(Period.ofDays(30));
	final UUID patient = UUID.randomUUID();

	OpenVisit visit(String kind, String status, UUID appointment, boolean suspended) {
		return new OpenVisit(UUID.randomUUID(), UUID.randomUUID(), patient, suspended, kind, "imaging".equals(kind) ? "CT chest" : null,
				FROM, TO, status, appointment, "derm-1", "dermatology");
	}

	OpenVisit planned() {
		return visit("visit", "planned", null, false);
	}

	AppointmentState appointment(AppointmentStatus status, LocalDate day) {
		return appointment(status, day, AppointmentKind.FOLLOW_UP);
	}

	AppointmentState appointment(AppointmentStatus status, LocalDate day, AppointmentKind kind) {
		return new AppointmentState(UUID.randomUUID(), patient, "derm-1", kind, status,
				day.atTime(9, 0).toInstant(ZoneOffset.UTC));
	}

	Optional<RecallItem> assess(OpenVisit v, AppointmentState linked, LocalDate today) {
		return policy.assess(v, linked, List.of(), null, false, today);
	}

	Optional<RecallKind> kind(OpenVisit v, AppointmentState linked, List<AppointmentState> unlinked, Remembered memory,
			LocalDate today) {
		return policy.assess(v, linked, unlinked, memory, false, today).map(RecallItem::kind);
	}

	@Test
	void idsTieBreakInTheDatabasesOrderNotJavas() {
		// PostgreSQL compares a uuid's bytes unsigned; UUID.compareTo compares its halves signed
		java.util.UUID low = java.util.UUID.fromString("32f950d9-e25f-4f42-9c19-03ef3b59538a");
		java.util.UUID high = java.util.UUID.fromString("aff89531-c8ee-41fd-a6b7-92d65d100043");
		assertThat(low.compareTo(high)).isPositive();
		assertThat(RecallPolicy.asPostgresqlOrders(low, high)).isNegative();
		assertThat(RecallPolicy.asPostgresqlOrders(high, low)).isPositive();
		assertThat(RecallPolicy.asPostgresqlOrders(low, low)).isZero();
	}

	@Test
	void aPlannedVisitIsDueFromTheDayItsWindowOpensWithinTheLead() {
		assertThat(assess(planned(), null, FROM.minusDays(31))).isEmpty();
		assertThat(assess(planned(), null, FROM.minusDays(30)).map(RecallItem::kind)).contains(RecallKind.DUE_UNBOOKED);
		assertThat(assess(planned(), null, FROM).map(RecallItem::kind)).contains(RecallKind.DUE_UNBOOKED);
		assertThat(assess(planned(), null, TO).map(RecallItem::daysOverdue)).contains(0L);
		// a lead of zero: due on the window's first day
		RecallPolicy none = new RecallPolicy(Period.ZERO);
		assertThat(none.assess(planned(), null, List.of(), null, false, FROM.minusDays(1))).isEmpty();
		assertThat(none.assess(planned(), null, List.of(), null, false, FROM)).isPresent();
		assertThatThrownBy(() -> new RecallPolicy(Period.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void imagingIsImagingDueAndAClinicFollowUpDoesNotCoverIt() {
		OpenVisit imaging = visit("imaging", "planned", null, false);
		AppointmentState desk = appointment(AppointmentStatus.BOOKED, FROM.plusDays(3));
		assertThat(kind(imaging, null, List.of(desk), null, FROM)).contains(RecallKind.IMAGING_DUE);
		assertThat(kind(visit("skin-check", "planned", null, false), null, List.of(), null, FROM))
			.contains(RecallKind.DUE_UNBOOKED);
	}

	@Test
	void aBookedVisitIsNotListedUntilItsWindowHasPassed() {
		AppointmentState booked = appointment(AppointmentStatus.BOOKED, FROM.plusDays(10));
		OpenVisit v = visit("visit", "booked", booked.id(), false);
		assertThat(assess(v, booked, FROM)).isEmpty();
		assertThat(assess(v, booked, TO)).isEmpty();
		// past the window and not done: overdue, with the booking beside it (a late booking)
		RecallItem late = assess(v, booked, TO.plusDays(1)).orElseThrow();
		assertThat(late.kind()).isEqualTo(RecallKind.OVERDUE);
		assertThat(late.daysOverdue()).isEqualTo(1);
		assertThat(late.booking()).isEqualTo(booked);
		// a cancelled appointment leaves the visit unbooked
		AppointmentState cancelled = appointment(AppointmentStatus.CANCELLED, FROM.plusDays(10));
		assertThat(assess(visit("visit", "booked", cancelled.id(), false), cancelled, FROM).map(RecallItem::kind))
			.contains(RecallKind.DUE_UNBOOKED);
		// a follow-up booked at the desk that no visit points to covers a clinic visit
		assertThat(kind(planned(), null, List.of(appointment(AppointmentStatus.BOOKED, FROM)), null, FROM)).isEmpty();
		// a procedure does not
		assertThat(kind(planned(), null, List.of(appointment(AppointmentStatus.BOOKED, FROM, AppointmentKind.PROCEDURE)),
				null, FROM)).contains(RecallKind.DUE_UNBOOKED);
	}

	@Test
	void aNoShowIsMissedUntilRebookedAfterIt() {
		AppointmentState noShow = appointment(AppointmentStatus.NO_SHOW, FROM.plusDays(5));
		OpenVisit v = visit("visit", "booked", noShow.id(), false);
		RecallItem missed = policy.assess(v, noShow, List.of(), null, false, FROM.plusDays(6)).orElseThrow();
		assertThat(missed.kind()).isEqualTo(RecallKind.MISSED);
		assertThat(missed.missedAppointment()).isEqualTo(noShow);
		// the plan marked it missed (no appointment known): missed too
		assertThat(kind(visit("visit", "missed", null, false), null, List.of(), null, FROM)).contains(RecallKind.MISSED);
		// an open follow-up from before the no-show is not a rebooking; one after it is
		AppointmentState before = appointment(AppointmentStatus.BOOKED, FROM.plusDays(1));
		AppointmentState after = appointment(AppointmentStatus.BOOKED, FROM.plusDays(20));
		assertThat(kind(v, noShow, List.of(before), null, FROM.plusDays(6))).contains(RecallKind.MISSED);
		assertThat(kind(v, noShow, List.of(before, after), null, FROM.plusDays(6))).isEmpty();
		// missed and past the window: overdue, the missed appointment still shown
		RecallItem overdue = policy.assess(v, noShow, List.of(), null, false, TO.plusDays(10)).orElseThrow();
		assertThat(overdue.kind()).isEqualTo(RecallKind.OVERDUE);
		assertThat(overdue.daysOverdue()).isEqualTo(10);
		assertThat(overdue.missedAppointment()).isEqualTo(noShow);
	}

	@Test
	void aPatientWhoDeclinedStaysListedThoughAVisitIsBookedUntilTheyCome() {
		AppointmentState booked = appointment(AppointmentStatus.BOOKED, FROM.plusDays(10));
		OpenVisit v = visit("visit", "booked", booked.id(), false);
		Remembered due = new Remembered(RecallKind.DUE_UNBOOKED, null);
		// the booking resolves a due visit, but not one the patient said they will not come to
		assertThat(policy.assess(v, booked, List.of(), due, false, FROM)).isEmpty();
		assertThat(policy.assess(v, booked, List.of(), due, true, FROM).map(RecallItem::kind))
			.contains(RecallKind.DUE_UNBOOKED);
		assertThat(policy.assess(v, booked, List.of(), null, true, FROM).map(RecallItem::kind))
			.contains(RecallKind.DUE_UNBOOKED);
		// coming to the appointment ends it
		AppointmentState came = appointment(AppointmentStatus.ARRIVED, FROM.plusDays(10));
		assertThat(policy.assess(visit("visit", "booked", came.id(), false), came, List.of(), due, true, FROM)).isEmpty();
	}

	@Test
	void aPatientWhoCameIsNotRecalledEvenLate() {
		for (AppointmentStatus came : List.of(AppointmentStatus.ARRIVED, AppointmentStatus.SEEN)) {
			AppointmentState a = appointment(came, TO.plusDays(3));
			OpenVisit v = visit("visit", "booked", a.id(), false);
			assertThat(policy.assess(v, a, List.of(), new Remembered(RecallKind.OVERDUE, TO.plusDays(1)), false, TO.plusDays(3)))
				.isEmpty();
		}
	}

	@Test
	void visitsOfASuspendedPlanStayListedAndSay() {
		RecallItem item = assess(visit("visit", "planned", null, true), null, TO.plusDays(2)).orElseThrow();
		assertThat(item.kind()).isEqualTo(RecallKind.OVERDUE);
		assertThat(item.visit().planSuspended()).isTrue();
	}

	@Test
	void aClockSetBackNeverTakesADueOrOverdueVisitOff() {
		OpenVisit v = planned();
		// found overdue, then the clock goes back into (and before) the window
		Remembered overdue = new Remembered(RecallKind.OVERDUE, TO.plusDays(1));
		for (LocalDate back : List.of(TO, FROM, FROM.minusDays(60))) {
			RecallItem item = policy.assess(v, null, List.of(), overdue, false, back).orElseThrow();
			assertThat(item.kind()).isEqualTo(RecallKind.OVERDUE);
			assertThat(item.daysOverdue()).isZero();
		}
		// overdue stays overdue even when a late appointment is booked
		AppointmentState late = appointment(AppointmentStatus.BOOKED, TO.plusDays(20));
		assertThat(kind(visit("visit", "booked", late.id(), false), late, List.of(), overdue, TO.minusDays(5)))
			.contains(RecallKind.OVERDUE);
		// found due, then the clock goes back before the lead: still due
		Remembered due = new Remembered(RecallKind.DUE_UNBOOKED, null);
		assertThat(kind(v, null, List.of(), due, FROM.minusDays(90))).contains(RecallKind.DUE_UNBOOKED);
		// but a booking resolves a due visit whatever the clock
		AppointmentState booked = appointment(AppointmentStatus.BOOKED, FROM.plusDays(3));
		assertThat(kind(visit("visit", "booked", booked.id(), false), booked, List.of(), due, FROM.minusDays(90))).isEmpty();
	}

	@Test
	void theListIsMostUrgentFirst() {
		OpenVisit dueLater = new OpenVisit(UUID.randomUUID(), UUID.randomUUID(), patient, false, "visit", null,
				FROM.plusDays(20), TO.plusDays(20), "planned", null, null, null);
		OpenVisit due = planned();
		OpenVisit overdueLong = new OpenVisit(UUID.randomUUID(), UUID.randomUUID(), patient, false, "visit", null,
				FROM.minusDays(90), TO.minusDays(90), "planned", null, null, null);
		AppointmentState noShow = appointment(AppointmentStatus.NO_SHOW, FROM.plusDays(1));
		OpenVisit missed = visit("visit", "booked", noShow.id(), false);
		OpenVisit overdueShort = new OpenVisit(UUID.randomUUID(), UUID.randomUUID(), patient, false, "visit", null,
				FROM.minusDays(40), FROM.minusDays(5), "planned", null, null, null);
		LocalDate today = FROM.plusDays(2);
		List<RecallItem> list = policy.list(List.of(dueLater, due, overdueShort, missed, overdueLong),
				Map.of(noShow.id(), noShow), List.of(), Map.of(), Set.of(), today);
		assertThat(list).extracting(RecallItem::id)
			.containsExactly(overdueLong.id(), overdueShort.id(), missed.id(), due.id(), dueLater.id());
	}

	/**
	 * Random clock jumps both ways over a year, the memory fed back as the store keeps it: once a visit
	 * was overdue it is overdue on every later computation, and a visit listed as due is never dropped
	 * by time alone.
	 */
	@Test
	void randomClockJumpsNeverDropAListedVisit() {
		Random random = new Random(13);
		for (int round = 0; round < 200; round++) {
			OpenVisit v = planned();
			Map<UUID, Remembered> memory = new HashMap<>();
			LocalDate today = FROM.minusDays(60);
			boolean wasOverdue = false;
			boolean wasListed = false;
			for (int step = 0; step < 40; step++) {
				today = today.plusDays(random.nextInt(41) - 15);
				List<RecallItem> items = policy.list(List.of(v), Map.of(), List.of(), memory, Set.of(), today);
				if (wasOverdue) {
					assertThat(items).extracting(RecallItem::kind).containsExactly(RecallKind.OVERDUE);
				}
				if (wasListed) {
					assertThat(items).hasSize(1);
				}
				if (today.isAfter(TO)) {
					assertThat(items).extracting(RecallItem::kind).containsExactly(RecallKind.OVERDUE);
				}
				memory.clear();
				for (RecallItem i : items) {
					memory.put(i.id(), new Remembered(i.kind(), null));
					wasListed = true;
					wasOverdue |= i.kind() == RecallKind.OVERDUE;
				}
			}
		}
	}

	static Instant at(LocalDate day) {
		return day.atStartOfDay().toInstant(ZoneOffset.UTC);
	}
}
