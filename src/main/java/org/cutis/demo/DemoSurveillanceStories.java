package org.cutis.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cutis.clinic.Appointments;
import org.cutis.surveillance.SurveillanceRecords;
import org.cutis.surveillance.SurveillanceRecords.PlanSummary;
import org.cutis.surveillance.SurveillanceRecords.VisitSummary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's patients in surveillance ({@link DemoFollowUp}): each cancer's plan proposed (or the
 * one its completed treatment proposed), activated and booked through the services, then moved
 * back in time so that its first visit is missed, overdue, booked or due today.
 */
@Component
class DemoSurveillanceStories {
	/** Where the story of a patient's plan stands today. */
	enum Story {
		/** the first visit's window started a month ago; the visit a week ago was a no-show */
		MISSED,
		/** the first visit's window closed twelve days ago, unbooked */
		OVERDUE,
		/** the first visit is due in a week and booked with the responsible doctor */
		BOOKED,
		/** the first visit is due in two weeks, not booked yet */
		DUE
	}

	private final SurveillanceRecords surveillance;
	private final Appointments appointments;
	private final DemoSteps steps;
	private final DemoTimeShift time;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	DemoSurveillanceStories(SurveillanceRecords surveillance, Appointments appointments, DemoSteps steps,
			DemoTimeShift time, JdbcTemplate jdbc, Clock clock) {
		this.surveillance = surveillance;
		this.appointments = appointments;
		this.steps = steps;
		this.time = time;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The patient's cancer followed by {@code responsible}, its story placed in time. */
	void tell(UUID patientId, UUID cancer, String responsible, String reason, String stage, Story story) {
		PlanSummary plan = openPlan(cancer, responsible, reason);
		if (plan == null) {
			return;
		}
		if ("proposed".equals(plan.status())) {
			plan = steps.as(responsible, () -> surveillance.activate(planId(cancer), stage));
		}
		List<VisitSummary> visits = surveillance.visitsOf(plan.id());
		Optional<VisitSummary> first = visits.stream().filter(v -> "visit".equals(v.kind()))
			.filter(v -> "planned".equals(v.status()) || "booked".equals(v.status()))
			.findFirst();
		if (first.isEmpty()) {
			return;
		}
		VisitSummary v = first.get();
		LocalDate today = LocalDate.now(clock);
		long window = ChronoUnit.DAYS.between(v.dueFrom(), v.dueTo());
		// where the first visit's window should start today
		LocalDate from = switch (story) {
			case MISSED -> today.minusDays(Math.max(window / 2, 10));
			case OVERDUE -> today.minusDays(12 + window);
			case BOOKED -> today.plusDays(5);
			case DUE -> today.plusDays(14);
		};
		long back = ChronoUnit.DAYS.between(from, v.dueFrom());
		if (v.appointmentId() != null) {
			steps.as(responsible, () -> appointments.cancel(v.appointmentId(), "추적 일정 조정"));
		}
		time.shiftPlan(plan.id(), back);
		if (story == Story.BOOKED || story == Story.MISSED) {
			steps.as(responsible, () -> surveillance.bookNext(patientId));
		}
		if (story == Story.MISSED) {
			surveillance.visitsOf(plan.id()).stream().filter(x -> x.appointmentId() != null && "booked".equals(x.status()))
				.findFirst()
				.ifPresent(booked -> {
					UUID id = booked.appointmentId();
					LocalDate on = appointments.find(id).orElseThrow().start().atZone(clock.getZone()).toLocalDate();
					time.moveBack(id, ChronoUnit.DAYS.between(today.minusDays(7), on));
					steps.as("demo-nurse", () -> appointments.changeStatus(id, "no-show", "연락 없이 오지 않음", null));
				});
		}
	}

	private UUID planId(UUID cancerId) {
		return surveillance.openPlanOf(cancerId).orElseThrow().id();
	}

	/**
	 * The cancer's open plan: the one proposed when its treatment plan completed (awaited a little),
	 * or proposed now by hand with the responsible doctor.
	 */
	private PlanSummary openPlan(UUID cancerId, String responsible, String reason) {
		Instant until = clock.instant().plus(Duration.ofSeconds(10));
		boolean treated = jdbc.queryForObject("select count(*) from treatment_plan where cancer_id = ? and completed_at is not null", Integer.class,
				cancerId) > 0;
		while (treated && clock.instant().isBefore(until)) {
			Optional<PlanSummary> found = surveillance.openPlanOf(cancerId);
			if (found.isPresent()) {
				return found.get();
			}
			if (!DemoFollowUp.pause()) {
				return null;
			}
		}
		Optional<PlanSummary> found = surveillance.openPlanOf(cancerId);
		return found.orElseGet(() -> steps.as(responsible, () -> surveillance.propose(cancerId, responsible, reason)));
	}
}
