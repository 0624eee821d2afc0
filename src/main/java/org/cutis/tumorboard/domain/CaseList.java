package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A meeting's case list, holding the rule that a tumour (a cancer, or a lesion without one) is on
 * it at most once while open: submitting it again updates the case already there, and accepting
 * another proposal for it merges the proposal into that case.
 */
public final class CaseList {
	private final Meeting meeting;
	private final List<BoardCase> cases;

	/** @param cases the cases whose meeting is this one */
	public CaseList(Meeting meeting, List<BoardCase> cases) {
		this.meeting = meeting;
		this.cases = List.copyOf(cases);
	}

	/** The case of this tumour already on the list (accepted, not yet discussed), other than {@code candidate}. */
	public Optional<BoardCase> listedCaseOf(BoardCase candidate) {
		return cases.stream()
			.filter(c -> c != candidate && !c.id().equals(candidate.id()))
			.filter(c -> c.status() == BoardCase.Status.ACCEPTED)
			.filter(c -> c.concernsSameTumourAs(candidate))
			.findFirst();
	}

	/**
	 * Puts a proposed (or deferred) case on the list with the presenter's details; when its tumour
	 * is already listed, the proposal is merged into that case, which is returned instead.
	 */
	public BoardCase accept(BoardCase proposal, CaseDetails details, String by, Instant now) {
		Optional<BoardCase> listed = listedCaseOf(proposal);
		if (listed.isPresent()) {
			proposal.mergeInto(listed.get(), by, now);
			details.applyTo(listed.get());
			return listed.get();
		}
		details.applyTo(proposal);
		proposal.accept(meeting, by, now);
		return proposal;
	}

	/**
	 * A clinician submits a cancer with a question: the case already listed for it is updated, or
	 * the new submission goes on the list (after the cut-off only by the chair).
	 */
	public BoardCase submit(BoardCase submission, CaseDetails details, String by, Instant now) {
		Optional<BoardCase> listed = listedCaseOf(submission);
		if (listed.isPresent()) {
			details.applyTo(listed.get());
			return listed.get();
		}
		details.applyTo(submission);
		submission.accept(meeting, by, now);
		return submission;
	}
}
