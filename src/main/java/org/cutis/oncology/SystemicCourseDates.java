package org.cutis.oncology;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cutis.oncology.application.SystemicTherapy;

import org.springframework.stereotype.Component;

/**
 * For other modules that draw a patient's course of events beside the cancer drugs (the skin
 * adverse events' grade over time): each systemic course's regimen, start, end and cycle dates.
 * Not audited: the caller shows it within a view of its own that it audits.
 */
@Component
public class SystemicCourseDates {
	private final SystemicTherapy systemic;

	SystemicCourseDates(SystemicTherapy systemic) {
		this.systemic = systemic;
	}

	public List<Course> ofPatient(UUID patientId) {
		return systemic.ofPatient(patientId)
			.stream()
			.map(r -> new Course(r.course().id(), r.course().regimenName(), r.course().startDate(), r.course().endDate(),
					r.cycles().stream().map(c -> new Cycle(c.number(), c.date(), c.held())).toList()))
			.toList();
	}

	/** @param endDate null while the course runs */
	public record Course(UUID id, String regimenName, LocalDate startDate, LocalDate endDate, List<Cycle> cycles) {
	}

	/** A cycle given on its date, or held (a held cycle keeps its number). */
	public record Cycle(int number, LocalDate date, boolean held) {
	}
}
