package org.cutis.biopsy.domain;

import java.time.Instant;
import java.util.List;

import org.cutis.biopsy.SpecimenStatus;
import org.cutis.biopsy.domain.PathLogPolicy.Flag;
import org.cutis.biopsy.domain.SpecimenStep.What;
import org.cutis.clinical.Behaviour;

/**
 * What the closed loop waits for next on an open specimen, and which step started that clock. The
 * specimen keeps both (specimen.path_awaits, path_since, V1860) so the path log reads its pages from
 * one index: within one kind of wait the due date only grows with the time the wait began, so the
 * order of path_since there IS the order of due dates, whatever the center's intervals are set to.
 */
public enum Awaiting {
	/** Ordered, not yet collected: no due date (the patient may come back for it). */
	COLLECTION(What.ORDERED, Flag.NONE),
	RECEIPT(What.COLLECTED, Flag.NOT_RECEIVED),
	REPORT(What.RECEIVED, Flag.REPORT_LATE),
	MALIGNANT_REVIEW(What.SIGNED, Flag.MALIGNANT_NOT_REVIEWED),
	BENIGN_REVIEW(What.SIGNED, Flag.BENIGN_NOT_REVIEWED),
	COMMUNICATION(What.REVIEWED, Flag.NOT_COMMUNICATED);

	/** The waits that have a due date, in the order the path log merges them. */
	public static final List<Awaiting> DATED = List.of(RECEIPT, REPORT, MALIGNANT_REVIEW, BENIGN_REVIEW,
			COMMUNICATION);

	private final What clockStart;
	private final Flag late;

	Awaiting(What clockStart, Flag late) {
		this.clockStart = clockStart;
		this.late = late;
	}

	/** What a specimen in this state waits for; null once it has left the loop. */
	public static Awaiting of(SpecimenStatus status, Behaviour result) {
		return switch (status) {
			case ORDERED -> COLLECTION;
			case COLLECTED, SENT -> RECEIPT;
			case RECEIVED, GROSSED, REPORTED -> REPORT;
			// a result whose behaviour is not recorded is never treated as benign
			case SIGNED -> result == null || result.needsMalignantReview() ? MALIGNANT_REVIEW : BENIGN_REVIEW;
			case REVIEWED -> COMMUNICATION;
			case COMMUNICATED, REJECTED, VOIDED -> null;
		};
	}

	public static Awaiting of(Specimen s) {
		return of(s.status(), s.resultBehaviour());
	}

	/** Why a specimen waiting for this too long is flagged. */
	public Flag late() {
		return late;
	}

	public boolean hasDueDate() {
		return this != COLLECTION;
	}

	/**
	 * When this wait began: the order, the latest collection, receipt or review, or for a review the
	 * result in force (an addendum reopens the loop and starts the clock again).
	 */
	public Instant since(Specimen s) {
		if (this == COLLECTION) {
			return s.ordered().at();
		}
		if (clockStart == What.SIGNED && s.resultAt().isPresent()) {
			return s.resultAt().get();
		}
		// never missing once the loop got there (V620 filled old rows); the latest step otherwise
		List<SpecimenStep> steps = s.steps();
		return s.latest(clockStart).orElse(steps.get(steps.size() - 1)).at();
	}
}
