package org.cutis.tumorboard.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.identity.CurrentUser;
import org.cutis.pathology.CorrelationRecorded;
import org.cutis.staging.CancerDirectory;
import org.cutis.staging.CancerFactsChanged;
import org.cutis.staging.CancerStaged;
import org.cutis.staging.CancerSummary;
import org.cutis.tumorboard.domain.BoardCase;
import org.cutis.tumorboard.domain.BoardCases;
import org.cutis.tumorboard.domain.CancerCases;
import org.cutis.tumorboard.domain.CancerCases.Proposer;
import org.cutis.tumorboard.domain.CancerCases.Reaction;
import org.cutis.tumorboard.domain.Correlation;
import org.cutis.tumorboard.domain.Meeting;
import org.cutis.tumorboard.domain.Meetings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How cases reach the board without a clinician asking: the eligibility rules on every staging,
 * re-proposal when a discussed cancer changes, and every discordant correlation. Called from the
 * event listeners, each in its own transaction, holding the lock on the patient's cases so that
 * events of one cancer arriving together are applied one after the other.
 */
@Service
@Transactional
public class BoardProposals {
	private final BoardCases cases;
	private final Meetings meetings;
	private final CancerDirectory cancers;
	private final TumorBoardProperties properties;
	private final AuditLog audit;
	private final CurrentUser currentUser;
	private final Clock clock;

	BoardProposals(BoardCases cases, Meetings meetings, CancerDirectory cancers, TumorBoardProperties properties,
			AuditLog audit, CurrentUser currentUser, Clock clock) {
		this.cases = cases;
		this.meetings = meetings;
		this.cancers = cancers;
		this.properties = properties;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * A stage became current: proposals by the eligibility rules, or (after a discussion) a
	 * re-proposal when the stage differs from the one discussed; cases of the lesion waiting for
	 * their cancer are linked to it.
	 */
	public List<BoardCase> proposeFromStaging(CancerStaged staged) {
		cases.lockCasesOf(staged.patientId());
		List<BoardCase> known = new ArrayList<>(cases.findByCancerId(staged.cancerId()));
		if (staged.lesionId() != null) {
			known.addAll(cases.findByLesionIdAndCancerIdIsNull(staged.lesionId()));
		}
		Reaction reaction = new CancerCases(known).staged(staged, properties.eligibility().reasons(staged),
				proposer());
		return record(reaction, "stage " + staged.stage() + " " + staged.changes());
	}

	/** The facts of a cancer changed: discussed cases are flagged; the cancer is proposed again or its waiting case notes it. */
	public List<BoardCase> reviewChangedFacts(CancerFactsChanged changed) {
		cases.lockCasesOf(changed.patientId());
		List<BoardCase> known = cases.findByCancerId(changed.cancerId());
		if (known.isEmpty()) {
			return List.of();
		}
		String stage = cancers.find(changed.cancerId()).map(CancerSummary::stage).orElse(null);
		Reaction reaction = new CancerCases(known).factsChanged(changed, stage, proposer());
		return record(reaction, changed.source() + " " + changed.changes());
	}

	/**
	 * Every discordant correlation is proposed, benign results included, once per report. The case
	 * concerns the report's lesion, and its cancer when the lesion has one.
	 */
	public Optional<BoardCase> proposeDiscordantCorrelation(CorrelationRecorded correlation) {
		if (!correlation.discordant() || !properties.discordant()) {
			return Optional.empty();
		}
		cases.lockCasesOf(correlation.patientId());
		if (cases.existsByReportId(correlation.reportId())) {
			return Optional.empty();
		}
		Optional<CancerSummary> cancer = cancers.cancersOf(correlation.patientId())
			.stream()
			.filter(c -> c.findings() != null && correlation.lesionId().equals(c.findings().lesionId()))
			.findFirst();
		BoardCase boardCase = cases.save(BoardCase.ofDiscordantReport(correlation.reportId(), correlation.lesionId(),
				correlation.patientId(),
				new Correlation(correlation.diagnosis(), correlation.clinicalImpression(), correlation.note()),
				cancer.map(CancerSummary::id).orElse(null), cancer.map(CancerSummary::diagnosisDate).orElse(null),
				cancer.map(CancerSummary::stage).orElse(null), nextOpenMeeting(), currentUser.username(),
				clock.instant()));
		audit.record(AuditAction.CREATE, boardCase.patientId(), "tumor-board-case", boardCase.id(),
				"proposed: discordant, report " + correlation.reportId() + " "
						+ (correlation.diagnosis() == null ? "-" : correlation.diagnosis().code()) + " vs clinical "
						+ (correlation.clinicalImpression() == null ? "-" : correlation.clinicalImpression().code()));
		return Optional.of(boardCase);
	}

	private List<BoardCase> record(Reaction reaction, String what) {
		for (BoardCase proposal : reaction.proposed()) {
			cases.save(proposal);
			audit.record(AuditAction.CREATE, proposal.patientId(), "tumor-board-case", proposal.id(),
					"proposed: " + proposal.reason().code() + ", stage " + proposal.stageAtProposal() + ", " + what);
		}
		reaction.flagged()
			.forEach(c -> audit.record(AuditAction.UPDATE, c.patientId(), "tumor-board-case", c.id(),
					"data changed since discussion: " + what));
		reaction.noted()
			.forEach(c -> audit.record(AuditAction.UPDATE, c.patientId(), "tumor-board-case", c.id(),
					"changes noted: " + what));
		return reaction.proposed();
	}

	private Proposer proposer() {
		return new Proposer(nextOpenMeeting(), currentUser.username(), clock.instant());
	}

	private java.util.UUID nextOpenMeeting() {
		return meetings.nextOpenAt(clock.instant()).map(Meeting::id).orElse(null);
	}
}
