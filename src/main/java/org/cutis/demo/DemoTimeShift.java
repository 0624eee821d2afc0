package org.cutis.demo;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's follow-up stories moved back in time as a whole: the services date everything
 * "now", so a plan's year 0 and its calendar, and an appointment with its session's slot, are
 * moved together afterwards, straight in the tables.
 */
@Component
class DemoTimeShift {
	private static final Logger log = LoggerFactory.getLogger(DemoTimeShift.class);

	private final JdbcTemplate jdbc;

	DemoTimeShift(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The plan was activated {@code days} earlier than it was: its year 0, its dates and its whole
	 * calendar move back together (the services date them today).
	 */
	void shiftPlan(UUID planId, long days) {
		String shift = days + " days";
		jdbc.update("update surveillance_plan set anchor_date = anchor_date - ?::interval, proposed_at = proposed_at"
				+ " - ?::interval, activated_at = activated_at - ?::interval where id = ?", shift, shift, shift, planId);
		jdbc.update("update surveillance_visit set due_from = due_from - ?::interval, due_on = due_on - ?::interval,"
				+ " due_to = due_to - ?::interval where plan_id = ?", shift, shift, shift, planId);
		// the story's cancer was diagnosed and treated as much earlier, so that no plan starts before its cancer
		jdbc.update("update cancer_diagnosis c set diagnosis_date = p.anchor_date from surveillance_plan p"
				+ " where p.id = ? and c.id = p.cancer_id and c.diagnosis_date > p.anchor_date", planId);
		jdbc.update("update treatment_plan t set completed_at = least(t.completed_at, p.proposed_at) from surveillance_plan p"
				+ " where p.id = ? and t.cancer_id = p.cancer_id and t.completed_at is not null", planId);
	}

	/**
	 * The appointment was booked {@code days} earlier, into the same slot of the doctor's session
	 * that day (the demo's sessions repeat every day).
	 */
	void moveBack(UUID appointmentId, long days) {
		if (days == 0) {
			return;
		}
		String shift = days + " days";
		int moved = jdbc.update("update appointment a set starts_at = a.starts_at - ?::interval,"
				+ " booked_at = least(a.booked_at, a.starts_at - ?::interval - interval '1 day'),"
				+ " session_id = (select t.id from clinic_session s join clinic_session t on t.clinician = s.clinician"
				+ " and t.starts_at = s.starts_at and t.day = s.day - ?::interval where s.id = a.session_id limit 1)"
				+ " where a.id = ?", shift, shift, shift, appointmentId);
		if (moved != 1) {
			log.warn("Demo follow-up: appointment {} not moved", appointmentId);
		}
	}
}
