package org.cutis.surveillance.plan.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One calendar per patient: a new visit falling within the merge window of an open visit of the
 * patient's other plans becomes part of it (merged), so the patient comes once. Clinic visits and
 * annual skin checks merge with each other (every follow-up appointment examines the whole skin
 * and the nodes); imaging merges only with imaging.
 */
public final class Merging {

	private Merging() {
	}

	/** An open visit of another plan, or a new one, as merging sees it. */
	public record Slot(UUID id, String kind, java.time.LocalDate dueOn) {
	}

	/**
	 * For each new visit (in order), the id of the existing visit it merges into, or null to keep
	 * it. The first existing visit within the window (nearest due day) wins.
	 */
	public static List<UUID> targets(List<Slot> existing, List<Slot> added, int windowDays) {
		List<UUID> result = new ArrayList<>();
		for (Slot visit : added) {
			Slot nearest = null;
			long best = Long.MAX_VALUE;
			for (Slot open : existing) {
				if (imaging(open.kind()) != imaging(visit.kind())) {
					continue;
				}
				long apart = Math.abs(ChronoUnit.DAYS.between(open.dueOn(), visit.dueOn()));
				if (apart <= windowDays && apart < best) {
					best = apart;
					nearest = open;
				}
			}
			result.add(nearest == null ? null : nearest.id());
		}
		return result;
	}

	private static boolean imaging(String kind) {
		return VisitCalendar.IMAGING.equals(kind);
	}
}
