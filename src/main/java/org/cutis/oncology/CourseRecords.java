package org.cutis.oncology;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.oncology.application.Radiotherapy;
import org.cutis.oncology.application.SystemicTherapy;
import org.cutis.oncology.domain.RadiotherapyCourse;
import org.cutis.oncology.domain.SystemicCourse;
import org.cutis.oncology.domain.SystemicCycle;

import org.springframework.stereotype.Component;

/**
 * For other modules (the demonstration center): the oncology departments' records as the current
 * user (the oncologist, the radiation oncologist) makes them on the pages: a systemic course and its
 * cycles, a radiotherapy course summary. Records of what was decided, not orders.
 */
@Component
public class CourseRecords {
	private final SystemicTherapy systemic;
	private final Radiotherapy radiotherapy;

	CourseRecords(SystemicTherapy systemic, Radiotherapy radiotherapy) {
		this.systemic = systemic;
		this.radiotherapy = radiotherapy;
	}

	/** Starts a course of a catalogue regimen (its code, e.g. "nivolumab"); returns its id. */
	public UUID startSystemic(UUID cancerId, String regimen, String setting, int line, BigDecimal heightCm,
			BigDecimal weightKg, LocalDate startDate) {
		return systemic.start(new SystemicCourse.Start(cancerId, regimen, setting, line, heightCm, weightKg, startDate))
			.id();
	}

	/** A cycle given at the full dose. */
	public void cycle(UUID courseId, int number, LocalDate date) {
		systemic.recordCycle(courseId, null, new SystemicCycle.Entry(number, date, false, null, null, null));
	}

	/** A radiotherapy course summary ({@code endDate} null while it goes on); returns its id. */
	public UUID radiotherapy(UUID cancerId, String site, String intent, String technique, BigDecimal totalDoseGy,
			int fractions, BigDecimal dosePerFractionGy, LocalDate startDate, LocalDate endDate) {
		return radiotherapy.record(new RadiotherapyCourse.Summary(cancerId, site, intent, technique, totalDoseGy,
				fractions, dosePerFractionGy, startDate, endDate)).id();
	}
}
