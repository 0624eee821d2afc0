package org.cutis.referral;

/**
 * Where a referral stands on the triage worklist before its arrival time, as one small number the
 * database can index (referral.priority_rank, V1870): any red flag first (0..2), then the rest
 * (3..5), each by the urgency's rank. The worklist orders by (priority_rank, received_at, id). In
 * the module's API so that the synthetic center's bulk load writes the same number the entity keeps.
 */
public final class TriagePriority {
	private TriagePriority() {
	}

	/** V1870 computed the same for the referrals received before. */
	public static short of(boolean redFlagged, Urgency urgency) {
		return (short) ((redFlagged ? 0 : Urgency.values().length) + urgency.rank());
	}
}
