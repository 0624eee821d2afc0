package org.cutis.surveillance.recall.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cutis.clinic.AppointmentKind;

/**
 * The recall list's one rule book: given the open surveillance visits, the appointments' states, what
 * earlier computations found and today, which visits the nurses must act on and why. The page, the
 * API and the nightly job all ask this class, so they cannot disagree.
 * <p>
 * For each visit (first rule that applies):
 * <ol>
 * <li>the patient came to its appointment (arrived or seen): not listed, the visit note follows;
 * <li>past the window's last day ({@code dueTo}) and not done: <b>overdue</b>, with the days, even
 * when a late appointment is booked (shown beside it) — only doing the visit or ending the plan with
 * a reason takes it off;
 * <li>the patient did not come (no-show, or the plan marked the visit missed) and nothing is booked
 * after it: <b>missed</b>;
 * <li>an appointment covers it (the plan's, or a follow-up booked at the clinic desk that no other
 * visit claims): not listed;
 * <li>the window opens within the lead ({@code today >= dueFrom - lead}): <b>imaging-due</b> for an
 * imaging study, otherwise <b>due-unbooked</b>;
 * <li>otherwise not yet.
 * </ol>
 * Memory: a visit once listed stays listed, at least at the kind it reached, until the facts resolve
 * it (an appointment booked for a due or missed visit, the patient attended, the visit done, the plan
 * ended or replaced). Time alone never takes a visit off: a clock set back leaves an overdue visit
 * overdue and a due visit due. A visit whose last contact was a refusal stays listed whatever is
 * booked (the patient said they will not come) until it is attended or done or a doctor ends the plan
 * with the reason.
 */
public final class RecallPolicy {
	private final Period lead;

	public RecallPolicy(Period lead) {
		if (lead == null || lead.isNegative()) {
			throw new IllegalArgumentException("the recall lead is a period of zero or more days");
		}
		this.lead = lead;
	}

	public Period lead() {
		return lead;
	}

	/** Visits whose window opens after this day cannot be listed today (unless remembered). */
	public LocalDate horizon(LocalDate today) {
		return today.plus(lead);
	}

	/** Most urgent first: overdue (most days first), missed, then due; within a kind the earliest window first. */
	public static final Comparator<RecallItem> URGENCY = Comparator
		.comparingInt((RecallItem i) -> -i.kind().rank())
		.thenComparing(RecallItem::daysOverdue, Comparator.reverseOrder())
		.thenComparing(i -> i.visit().dueTo())
		.thenComparing(i -> i.visit().dueFrom())
		.thenComparing(i -> i.visit().id(), RecallPolicy::asPostgresqlOrders);

	/**
	 * Two ids in PostgreSQL's order (bytes unsigned), not {@link UUID#compareTo}'s (signed halves):
	 * the kept list's pages are ordered by the database (V1891) and must agree with this list.
	 */
	static int asPostgresqlOrders(UUID a, UUID b) {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
	}

	/**
	 * The list for today, most urgent first.
	 *
	 * @param appointments the states of the appointments the visits point to, by id (missing: unknown)
	 * @param unlinked     the open appointments of these patients that no surveillance visit points to
	 * @param remembered   what earlier computations found, for visits not resolved since
	 * @param declined     the visits whose last contact was the patient's refusal
	 */
	public List<RecallItem> list(Collection<OpenVisit> visits, Map<UUID, AppointmentState> appointments,
			Collection<AppointmentState> unlinked, Map<UUID, Remembered> remembered, Set<UUID> declined,
			LocalDate today) {
		Map<UUID, List<AppointmentState>> unlinkedByPatient = unlinked.stream()
			.collect(Collectors.groupingBy(AppointmentState::patientId));
		List<RecallItem> items = new ArrayList<>();
		for (OpenVisit v : visits) {
			AppointmentState linked = v.appointmentId() == null ? null : appointments.get(v.appointmentId());
			assess(v, linked, unlinkedByPatient.getOrDefault(v.patientId(), List.of()), remembered.get(v.id()),
					declined.contains(v.id()), today)
				.ifPresent(items::add);
		}
		items.sort(URGENCY);
		return items;
	}

	/** One visit's line, or empty when it is not (or no longer) on the list. */
	public Optional<RecallItem> assess(OpenVisit v, AppointmentState linked, List<AppointmentState> unlinkedOfPatient,
			Remembered remembered, boolean declined, LocalDate today) {
		if (linked != null && linked.attended()) {
			return Optional.empty();
		}
		boolean noShow = "missed".equals(v.status())
				|| (linked != null && linked.status() == org.cutis.clinic.AppointmentStatus.NO_SHOW);
		AppointmentState missed = noShow && linked != null && !linked.booked() ? linked : null;
		AppointmentState booking = linked != null && linked.booked() ? linked
				: rebooking(v, unlinkedOfPatient, missed == null ? null : missed.start());
		RecallKind found;
		boolean resolvedByBooking = false;
		if (today.isAfter(v.dueTo())) {
			found = RecallKind.OVERDUE;
		}
		else if (noShow && booking == null) {
			found = RecallKind.MISSED;
		}
		else if (booking != null) {
			found = null;
			resolvedByBooking = true;
		}
		else if (!today.isBefore(v.dueFrom().minus(lead))) {
			found = v.isImaging() ? RecallKind.IMAGING_DUE : RecallKind.DUE_UNBOOKED;
		}
		else {
			found = null;
		}
		// a booking resolves a due or missed visit, but not one the patient refused to come to
		RecallKind kind = withMemory(found, resolvedByBooking && !declined, remembered);
		if (kind == null && declined) {
			kind = v.isImaging() ? RecallKind.IMAGING_DUE : RecallKind.DUE_UNBOOKED;
		}
		if (kind == null) {
			return Optional.empty();
		}
		long days = kind == RecallKind.OVERDUE ? Math.max(0, ChronoUnit.DAYS.between(v.dueTo(), today)) : 0;
		return Optional.of(new RecallItem(v, kind, days, booking, missed));
	}

	/**
	 * What was found stands unless the memory says more: an overdue visit stays overdue whatever the
	 * clock says (it was not attended, or we would not be here); a due or missed visit that time alone
	 * took off (the clock set back) stays at its kind; a booking resolves a due or missed visit.
	 */
	private static RecallKind withMemory(RecallKind found, boolean resolvedByBooking, Remembered remembered) {
		if (remembered == null) {
			return found;
		}
		if (remembered.kind() == RecallKind.OVERDUE) {
			return RecallKind.OVERDUE;
		}
		if (found == null) {
			return resolvedByBooking ? null : remembered.kind();
		}
		return found;
	}

	/**
	 * A follow-up booked at the clinic desk without the plan (no visit points to it) covers the
	 * patient's clinic visits; after a no-show only one that starts after it. Imaging is not booked in
	 * clinic sessions, so it is never covered this way.
	 */
	private static AppointmentState rebooking(OpenVisit v, List<AppointmentState> unlinked, Instant after) {
		if (v.isImaging()) {
			return null;
		}
		return unlinked.stream()
			.filter(a -> a.kind() == AppointmentKind.FOLLOW_UP && a.status().open())
			.filter(a -> after == null || a.start().isAfter(after))
			.min(Comparator.comparing(AppointmentState::start))
			.orElse(null);
	}
}
