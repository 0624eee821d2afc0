package org.cutis.tumorboard.domain;

import java.time.Instant;

import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.tumorboard.domain.BoardCase.Status;

/**
 * What a case may still undergo on its way onto, and off, a meeting's list: a merged proposal
 * lives on only as a pointer, a discussed case is not re-listed or deferred (it is re-proposed),
 * attendance is recorded only for a listed case and is fixed once signed, and after the cut-off
 * only the chair's own hand lists a case. The case applies these before it changes.
 */
final class CaseListingRules {
	private CaseListingRules() {
	}

	static void refuseIfMerged(Status status) {
		if (status == Status.MERGED) {
			throw new RefusedTransition("tumorboard.case.merged");
		}
	}

	/** Neither merged nor discussed: still a decision to make about the list. */
	static void refuseIfDecided(Status status) {
		refuseIfMerged(status);
		if (status == Status.DISCUSSED) {
			throw new RefusedTransition("tumorboard.case.discussed");
		}
	}

	static void refuseUnlessListed(Status status) {
		if (status != Status.ACCEPTED) {
			throw new RefusedTransition("tumorboard.case.notOnList");
		}
	}

	/** The recommendation's signature rests on the quorum recorded: after it the attendance stands. */
	static void refuseIfSigned(Status status) {
		if (status == Status.DISCUSSED) {
			throw new RefusedTransition("tumorboard.attendance.signed");
		}
		refuseUnlessListed(status);
	}

	/**
	 * The chair's consent to a late addition.
	 *
	 * @return the chair adding the case after the cut-off, null before it
	 */
	static String lateConsent(Meeting meeting, String by, Instant now) {
		if (!meeting.cutOffPassed(now)) {
			return null;
		}
		if (!meeting.chairedBy(by)) {
			throw new InvalidInput("meetingId", "tumorboard.case.afterCutOff", meeting.chair());
		}
		return by;
	}

	static String deferReason(String why) {
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "error.reason.required");
		}
		return why.trim();
	}

	static void checkEcog(Integer ecog) {
		if (ecog != null && (ecog < 0 || ecog > 4)) {
			throw new InvalidInput("ecog", "tumorboard.case.ecog");
		}
	}
}
