package org.cutis.clinic.appointment;

import java.time.LocalDate;
import java.util.List;

import org.cutis.clinic.session.ClinicSession;
import org.cutis.patient.PatientSummary;

/** A doctor's clinic on one day: the sessions (blocked by leave or not) and the appointments in time order. */
public record ClinicDay(String clinician, LocalDate day, List<Session> sessions, List<Line> lines) {

	public record Session(ClinicSession session, boolean onLeave, int booked) {
	}

	public record Line(Appointment appointment, PatientSummary patient, ClinicSession session) {
	}
}
