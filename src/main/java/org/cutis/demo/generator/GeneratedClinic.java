package org.cutis.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.cutis.clinic.AppointmentKind;
import org.cutis.clinic.AppointmentReason;
import org.cutis.clinic.AppointmentStatus;

/**
 * The doctors' clinic sessions and the follow-up appointments booked into them, for the whole run
 * (the sessions are the center's, not a chunk's): each doctor's morning and afternoon clinics on
 * weekdays and a Saturday morning clinic, from two weeks ago to six weeks ahead, cut into slots as
 * the clinic module's {@code ClinicSession} cuts them; a day on which a doctor already has a session
 * in the database is left to it. A booking takes the first free slot of the doctor's sessions in
 * the window, as {@code AppointmentBook.bookFirstFree} does for surveillance (one patient per slot,
 * never a slot already begun); a booking finds no slot when the doctor's clinics are full, and the
 * visit stays on the recall list. A visit of the recent past was seen in the doctor's clinic that
 * day (booked before, the patient marked seen by the doctor, as the demonstration's follow-up does
 * through the clinic's port) when a slot was free. What the clinic announces of each appointment,
 * recall keeps ({@code recall_appointment}).
 */
final class GeneratedClinic {
	/** Days of sessions before today (the recent past) and after it (the coming weeks). */
	static final int PAST_DAYS = 14;
	static final int AHEAD_DAYS = 42;

	/** One clinic of a doctor's week: its hours, how many patients it takes, and where. */
	private record Clinic(LocalTime start, LocalTime end, int capacity, String room, boolean saturday) {
		int slotMinutes() {
			return (int) Duration.between(start, end).toMinutes() / capacity;
		}
	}

	private static final Map<String, List<Clinic>> WEEK = Map.of(
			"demo-derm", clinics("본관 3층 피부과 외래 1번 진료실"),
			"demo-derm2", clinics("본관 3층 피부과 외래 2번 진료실"),
			"demo-surg", clinics("본관 4층 성형외과 외래"));

	private static List<Clinic> clinics(String room) {
		return List.of(new Clinic(LocalTime.of(9, 0), LocalTime.of(12, 0), 12, room, true),
				new Clinic(LocalTime.of(13, 30), LocalTime.of(17, 30), 16, room, false));
	}

	/** A generated session and which of its slots are taken. */
	private record Session(UUID id, String doctor, LocalDate day, Clinic clinic, BitSet taken) {
		Instant slotStart(int slot, ZoneId zone) {
			return day.atTime(clinic.start()).plusMinutes((long) slot * clinic.slotMinutes()).atZone(zone).toInstant();
		}
	}

	/** An appointment booked: its id, the day and the slot's start. */
	record Booked(UUID id, LocalDate day, Instant startsAt) {
	}

	/** How long after the slot's start the doctor opens the visit: the patient is seen then. */
	private static final int SEEN_WITHIN_MINUTES = 20;

	private final Instant now;
	private final ZoneId zone;
	private final Totals totals;
	private final LocalDate today;
	/** Each doctor's sessions by day, in order of the day and of the start. */
	private final Map<String, TreeMap<LocalDate, List<Session>>> sessions = new HashMap<>();
	private final CopyRows sessionRows = new CopyRows("clinic_session", "id, clinician, day, starts_at, ends_at,"
			+ " capacity, slot_minutes, location, created_by, created_at, version");
	private final CopyRows appointment = new CopyRows("appointment", "id, patient_id, clinician, session_id, slot,"
			+ " starts_at, kind, reason, reason_code, status, booked_by, booked_at, status_changed_by, status_changed_at,"
			+ " version");
	private final CopyRows announced = new CopyRows("recall_appointment", "appointment_id, patient_id, clinician, kind,"
			+ " status, start_at, changed_at");

	/** {@code taken}: "doctor day" of the sessions the database already has, which this run leaves alone. */
	GeneratedClinic(Instant now, ZoneId zone, Totals totals, Set<String> taken) {
		this.now = now;
		this.zone = zone;
		this.totals = totals;
		this.today = LocalDate.ofInstant(now, zone);
		// the front desk opened the weeks' sessions four weeks before the first of them
		Instant opened = today.minusDays(PAST_DAYS + 28).atTime(9, 0).atZone(zone).toInstant();
		for (LocalDate day = firstDay(); !day.isAfter(lastDay()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			for (String doctor : SyntheticCenter.DOCTORS) {
				if (taken.contains(doctor + " " + day)) {
					continue;
				}
				for (Clinic c : WEEK.get(doctor)) {
					if (day.getDayOfWeek() == DayOfWeek.SATURDAY && !c.saturday()) {
						continue;
					}
					Session s = new Session(totals.ids.next(), doctor, day, c, new BitSet(c.capacity()));
					sessions.computeIfAbsent(doctor, d -> new TreeMap<>()).computeIfAbsent(day, d -> new ArrayList<>())
						.add(s);
					sessionRows.add(s.id()).add(doctor).add(day).add(c.start().toString()).add(c.end().toString())
						.add(c.capacity()).add(c.slotMinutes()).add(c.room()).add(SyntheticCenter.CLERK).add(opened).add(0);
					sessionRows.end();
					totals.clinicSessions++;
					totals.sessionIds.add(s.id());
				}
			}
		}
	}

	LocalDate firstDay() {
		return today.minusDays(PAST_DAYS);
	}

	LocalDate lastDay() {
		return today.plusDays(AHEAD_DAYS);
	}

	/**
	 * A follow-up of {@code patientId} with {@code doctor} in the first free slot from {@code from} to
	 * {@code to} that has not begun, booked by {@code by} at {@code bookedAt}; empty when every slot is taken.
	 */
	Optional<Booked> bookFollowUp(UUID patientId, String doctor, LocalDate from, LocalDate to, String by,
			Instant bookedAt) {
		TreeMap<LocalDate, List<Session>> days = sessions.get(doctor);
		LocalDate first = from.isBefore(today) ? today : from;
		if (days == null || to.isBefore(first)) {
			return Optional.empty();
		}
		for (List<Session> day : days.subMap(first, true, to, true).values()) {
			for (Session s : day) {
				for (int slot = s.taken().nextClearBit(0); slot < s.clinic().capacity();
						slot = s.taken().nextClearBit(slot + 1)) {
					Instant start = s.slotStart(slot, zone);
					if (start.isAfter(now)) {
						s.taken().set(slot);
						return Optional.of(write(patientId, s, slot, start, by, bookedAt, null, null));
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * A follow-up of {@code patientId} seen by {@code doctor} on {@code day} (in the past), in the first
	 * slot of that day's clinics still free, booked by {@code by} at {@code bookedAt}; empty when the
	 * doctor held no clinic that day (the run's first weeks, a Sunday) or it was full.
	 */
	Optional<Booked> seenOn(UUID patientId, String doctor, LocalDate day, String by, Instant bookedAt, Random random) {
		TreeMap<LocalDate, List<Session>> days = sessions.get(doctor);
		List<Session> that = days == null || !day.isBefore(today) ? null : days.get(day);
		if (that == null) {
			return Optional.empty();
		}
		for (Session s : that) {
			int slot = s.taken().nextClearBit(0);
			if (slot < s.clinic().capacity()) {
				s.taken().set(slot);
				Instant start = s.slotStart(slot, zone);
				Instant seen = start.plusSeconds(60L * random.nextInt(SEEN_WITHIN_MINUTES));
				totals.appointmentsSeen++;
				return Optional.of(write(patientId, s, slot, start, by, bookedAt.isBefore(start) ? bookedAt
						: start.minusSeconds(24 * 3600), doctor, seen));
			}
		}
		return Optional.empty();
	}

	/** Booked, and when {@code seenBy} is given seen by the doctor at {@code seenAt}. */
	private Booked write(UUID patientId, Session s, int slot, Instant start, String by, Instant bookedAt, String seenBy,
			Instant seenAt) {
		UUID id = totals.ids.next();
		String kind = AppointmentKind.FOLLOW_UP.code();
		String status = (seenBy == null ? AppointmentStatus.BOOKED : AppointmentStatus.SEEN).code();
		// the booking's reason is the code, as surveillance's booking gives it
		appointment.add(id).add(patientId).add(s.doctor()).add(s.id()).add(slot).add(start).add(kind).add(null)
			.add(AppointmentReason.FOLLOW_UP_VISIT.code()).add(status).add(by).add(bookedAt).add(seenBy).add(seenAt)
			.add(seenBy == null ? 0 : 1);
		appointment.end();
		announced.add(id).add(patientId).add(s.doctor()).add(kind).add(status).add(start)
			.add(seenBy == null ? bookedAt : seenAt);
		announced.end();
		totals.appointments++;
		return new Booked(id, s.day(), start);
	}

	/** The sessions on the first call (before any appointment), then the chunk's appointments. */
	void copy(Connection connection) throws SQLException {
		sessionRows.copy(connection);
		appointment.copy(connection);
		announced.copy(connection);
	}
}
