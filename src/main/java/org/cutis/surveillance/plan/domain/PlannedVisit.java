package org.cutis.surveillance.plan.domain;

import java.time.LocalDate;

/**
 * A visit of a generated calendar before it is saved.
 *
 * @param kind    visit | imaging | skin-check
 * @param imaging the rule's imaging advice (a message code), imaging only
 */
public record PlannedVisit(String kind, LocalDate dueOn, LocalDate dueFrom, LocalDate dueTo, int intervalMonths,
		String imaging) {
}
