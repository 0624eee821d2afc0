package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cutis.clinical.AjccStage;
import org.cutis.staging.CancerFactsChanged;
import org.cutis.staging.CancerStaged;

/**
 * The board's cases of one cancer, and what a new stage or new facts mean for them:
 * <ul>
 * <li>before the board has discussed the cancer, each eligibility rule proposes it once; a case
 * already waiting notes what changed;</li>
 * <li>after a discussion, a stage different from the one discussed, or a rule newly met (IB →
 * IIIA, where adjuvant therapy is decided), flags the discussed case and re-proposes the cancer
 * ({@code restaged}, or {@code recurrence} for a first recurrence);</li>
 * <li>changed facts (addendum, specimen, work-up result, clinical findings, correlation) flag the
 * discussed cases and re-propose the cancer ({@code facts-changed});</li>
 * <li>while a case waits (proposed, on a list, deferred) nothing is proposed beside it: the
 * changes are added to it.</li>
 * </ul>
 * Every reaction is safe to repeat: a redelivered event finds its changes recorded (by origin)
 * or the case it proposed waiting, and changes nothing.
 */
public final class CancerCases {
	public static final String STAGING = "staging";
	static final String CORRELATION = "correlation";
	private final List<BoardCase> cases;

	/** @param cases the cancer's cases, and any case of its lesion not yet linked to it */
	public CancerCases(List<BoardCase> cases) {
		this.cases = List.copyOf(cases);
	}

	/** A staging became the cancer's current stage; {@code reasons} are the rules it meets. */
	public Reaction staged(CancerStaged staged, List<EligibilityReason> reasons, Proposer proposer) {
		Reaction reaction = new Reaction();
		cases.stream()
			.filter(c -> c.linkCancer(staged.cancerId(), staged.diagnosisDate(), staged.stage()))
			.forEach(reaction::note);
		String origin = STAGING + ":" + staged.stagingRecordId() + ":" + staged.stage();
		List<EligibilityReason> newlyMet = reasons.stream()
			.filter(r -> cases.stream().noneMatch(c -> c.knowsReason(r)))
			.toList();
		Optional<BoardCase> discussed = lastDiscussed();
		boolean changedSinceDiscussion = discussed.isPresent()
				&& (!sameStage(staged.stage(), discussed.get().stageAtDiscussion()) || !newlyMet.isEmpty());
		if (!changedSinceDiscussion) {
			open().forEach(c -> {
				if (c.noteChanges(STAGING, origin, staged.changes(), proposer.now()) | c.meets(reasons)) {
					reaction.note(c);
				}
			});
			if (discussed.isEmpty()) {
				newlyMet.forEach(reason -> reaction.proposed
					.add(propose(staged, reason, reasons, staged.changes(), proposer)));
			}
			return reaction;
		}
		List<String> lines = staged.changes().isEmpty() ? sinceDiscussion(discussed.get(), staged, newlyMet)
				: staged.changes();
		discussedCases().forEach(c -> {
			if (c.flagDataChanged(STAGING, origin, lines, proposer.now())) {
				reaction.flagged.add(c);
			}
		});
		List<BoardCase> waiting = open();
		waiting.forEach(c -> {
			if (c.restaged(staged.stage(), newlyMet.contains(EligibilityReason.RECURRENCE), origin, lines, proposer.now()) | c.meets(reasons)) {
				reaction.note(c);
			}
		});
		if (waiting.isEmpty()) {
			EligibilityReason reason = newlyMet.contains(EligibilityReason.RECURRENCE) ? EligibilityReason.RECURRENCE
					: EligibilityReason.RESTAGED;
			reaction.proposed.add(propose(staged, reason, reasons, lines, proposer));
		}
		return reaction;
	}

	/**
	 * The evidence of the cancer changed. Discussed cases are flagged with what changed; a case
	 * waiting notes it; a cancer the board has discussed and that has no waiting case is proposed
	 * again ({@code facts-changed}). A cancer never before the board is left to the eligibility
	 * rules, which its next staging applies. A changed correlation proposes nothing here: a
	 * discordant one is proposed from the correlation itself, once per report.
	 *
	 * @param currentStage the cancer's stage now, shown with a new proposal
	 */
	public Reaction factsChanged(CancerFactsChanged changed, String currentStage, Proposer proposer) {
		Reaction reaction = new Reaction();
		String origin = "facts:" + changed.source() + ":" + changed.at();
		List<String> lines = changed.changes().isEmpty() ? List.of(changed.source()) : changed.changes();
		boolean seen = cases.stream().anyMatch(c -> c.hasSeen(origin));
		boolean discussedBefore = lastDiscussed().isPresent();
		discussedCases().forEach(c -> {
			if (c.flagDataChanged(changed.source(), origin, lines, proposer.now())) {
				reaction.flagged.add(c);
			}
		});
		List<BoardCase> waiting = open();
		waiting.forEach(c -> {
			if (c.noteChanges(changed.source(), origin, lines, proposer.now())) {
				reaction.note(c);
			}
		});
		if (discussedBefore && waiting.isEmpty() && !seen && !CORRELATION.equals(changed.source())) {
			BoardCase proposal = BoardCase.ofCancer(changed.cancerId(), lesionId(), changed.patientId(),
					EligibilityReason.FACTS_CHANGED, diagnosisDate(), currentStage, proposer.meetingId(), proposer.by(),
					proposer.now());
			proposal.noteChanges(changed.source(), origin, lines, proposer.now());
			reaction.proposed.add(proposal);
		}
		return reaction;
	}

	/** The cases waiting for the board (proposed, on a list, deferred), oldest first. */
	public List<BoardCase> open() {
		return cases.stream()
			.filter(c -> c.status().isOpen())
			.sorted(Comparator.comparing(BoardCase::proposedAt))
			.toList();
	}

	/** The case the board discussed last. */
	public Optional<BoardCase> lastDiscussed() {
		return discussedCases().stream().max(Comparator.comparing(BoardCase::discussedAt));
	}

	private List<BoardCase> discussedCases() {
		return cases.stream().filter(c -> c.status() == BoardCase.Status.DISCUSSED).toList();
	}

	private BoardCase propose(CancerStaged staged, EligibilityReason reason, List<EligibilityReason> reasons,
			List<String> lines, Proposer proposer) {
		BoardCase proposal = BoardCase.ofCancer(staged.cancerId(), staged.lesionId(), staged.patientId(), reason,
				staged.diagnosisDate(), staged.stage(), proposer.meetingId(), proposer.by(), proposer.now());
		proposal.meets(reasons);
		proposal.noteChanges(STAGING, STAGING + ":" + staged.stagingRecordId() + ":" + staged.stage(), lines,
				proposer.now());
		return proposal;
	}

	private UUID lesionId() {
		return cases.stream().map(BoardCase::lesionId).filter(Objects::nonNull).findFirst().orElse(null);
	}

	private LocalDate diagnosisDate() {
		return cases.stream().map(BoardCase::diagnosisDate).filter(Objects::nonNull).findFirst().orElse(null);
	}

	/** Stage groups compared as AJCC groups; anything else (a BCC risk group, none) as written. */
	static boolean sameStage(String a, String b) {
		AjccStage left = AjccStage.ofNullable(a);
		AjccStage right = AjccStage.ofNullable(b);
		if (left != null && right != null) {
			return left.compareTo(right) == 0;
		}
		return Objects.equals(a, b);
	}

	/** What changed when the publisher did not say: the stage against the one discussed, the rules newly met. */
	private static List<String> sinceDiscussion(BoardCase discussed, CancerStaged staged,
			List<EligibilityReason> newlyMet) {
		List<String> lines = new ArrayList<>();
		if (!sameStage(staged.stage(), discussed.stageAtDiscussion())) {
			lines.add("stage: " + orDash(discussed.stageAtDiscussion()) + " → " + orDash(staged.stage()));
		}
		newlyMet.forEach(reason -> lines.add("eligible: " + reason.code()));
		return lines;
	}

	private static String orDash(String stage) {
		return stage == null ? "-" : stage;
	}

	/** Where a new case goes (the next meeting still open for cases, or none) and who proposes it. */
	public record Proposer(UUID meetingId, String by, Instant now) {
	}

	/**
	 * What the board's cases did: {@code proposed} are new and must be saved; {@code flagged} are
	 * discussed cases now marked "data changed since discussion"; {@code noted} are waiting cases
	 * that recorded changes (or were linked to the cancer).
	 */
	public static final class Reaction {
		private final List<BoardCase> proposed = new ArrayList<>();
		private final List<BoardCase> flagged = new ArrayList<>();
		private final List<BoardCase> noted = new ArrayList<>();

		private void note(BoardCase c) {
			if (!noted.contains(c)) {
				noted.add(c);
			}
		}

		public List<BoardCase> proposed() {
			return List.copyOf(proposed);
		}

		public List<BoardCase> flagged() {
			return List.copyOf(flagged);
		}

		public List<BoardCase> noted() {
			return List.copyOf(noted);
		}
	}
}
