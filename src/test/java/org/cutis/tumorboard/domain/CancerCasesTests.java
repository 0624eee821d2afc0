package org.cutis.tumorboard.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;
import org.cutis.tumorboard.domain.BoardFixtures.Staging;
import org.cutis.tumorboard.domain.CancerCases.Reaction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.tumorboard.domain.BoardFixtures.NOW;
import static org.cutis.tumorboard.domain.BoardFixtures.discussed;
import static org.cutis.tumorboard.domain.BoardFixtures.factsChanged;
import static org.cutis.tumorboard.domain.BoardFixtures.proposed;
import static org.cutis.tumorboard.domain.BoardFixtures.proposer;

/**
 * A change after the discussion brings the case back, once: restaged, facts changed, or both in
 * either order, and every event delivered again without effect.
 */
class CancerCasesTests {
	static final EligibilityRules RULES = new EligibilityRules("IB", true, "T3", "T2b", true);
	final UUID cancer = UUID.randomUUID();
	final List<BoardCase> cases = new ArrayList<>();
	Instant now = NOW.plus(Duration.ofDays(10));

	/** The board's reaction, with the new cases kept as the repository would. */
	Reaction staged(Staging staging) {
		Reaction reaction = new CancerCases(cases).staged(staging.event(), RULES.reasons(staging.event()), proposer(now));
		cases.addAll(reaction.proposed());
		now = now.plusSeconds(60);
		return reaction;
	}

	Reaction facts(org.cutis.staging.CancerFactsChanged changed, String stage) {
		Reaction reaction = new CancerCases(cases).factsChanged(changed, stage, proposer(now));
		cases.addAll(reaction.proposed());
		now = now.plusSeconds(60);
		return reaction;
	}

	List<BoardCase> open() {
		return cases.stream().filter(c -> c.status().isOpen()).toList();
	}

	static List<String> lines(BoardCase c) {
		return c.changes().stream().map(CaseChange::description).toList();
	}

	@Test
	void eachRuleProposesTheCancerOnceBeforeItIsDiscussed() {
		Staging ib = Staging.melanoma(cancer, "IB");
		assertThat(staged(ib).proposed()).singleElement()
			.satisfies(c -> assertThat(c.reason()).isEqualTo(EligibilityReason.MELANOMA_STAGE));
		assertThat(staged(ib).proposed()).as("the same event delivered again").isEmpty();
		Reaction upstaged = staged(ib.restaged("IIIA", "pN: pNX → pN1a", "stage: IB → IIIA"));
		assertThat(upstaged.proposed()).as("still waiting: no second case").isEmpty();
		assertThat(upstaged.noted()).containsExactly(cases.get(0));
		assertThat(lines(cases.get(0))).containsExactly("pN: pNX → pN1a", "stage: IB → IIIA");
		assertThat(staged(ib.restaged("IIIA").recurrence()).proposed()).singleElement()
			.satisfies(c -> assertThat(c.reason()).isEqualTo(EligibilityReason.RECURRENCE));
	}

	@Test
	void aRecurrenceStagingTurnsTheWaitingRestagedCaseIntoARecurrence() {
		BoardCase ib = discussed(cancer, "IB");
		cases.add(ib);
		// the re-biopsy's specimen restages first, then the staging at recurrence follows
		Reaction specimen = staged(Staging.melanoma(cancer, "IB").restaged("IIIB", "stage: IB → IIIB"));
		assertThat(specimen.proposed()).singleElement()
			.satisfies(c -> assertThat(c.reason()).isEqualTo(EligibilityReason.RESTAGED));
		Reaction recurrence = staged(Staging.melanoma(cancer, "IIIB").restaged("IIIB").recurrence());
		assertThat(recurrence.proposed()).as("still one waiting case").isEmpty();
		assertThat(open()).singleElement()
			.satisfies(c -> assertThat(c.reason()).isEqualTo(EligibilityReason.RECURRENCE));
	}

	@Test
	void aStageOtherThanTheOneDiscussedBringsTheCancerBackWithWhatChanged() {
		BoardCase ib = discussed(cancer, "IB");
		cases.add(ib);
		Staging slnb = Staging.melanoma(cancer, "IB").restaged("IIIA", "pN: pNX → pN1a", "stage: IB → IIIA");
		Reaction reaction = staged(slnb);
		assertThat(reaction.proposed()).singleElement().satisfies(c -> {
			assertThat(c.reason()).isEqualTo(EligibilityReason.RESTAGED);
			assertThat(c.stageAtProposal()).isEqualTo("IIIA");
			assertThat(c.cancerId()).isEqualTo(cancer);
			assertThat(lines(c)).containsExactly("pN: pNX → pN1a", "stage: IB → IIIA");
		});
		assertThat(reaction.flagged()).containsExactly(ib);
		assertThat(ib.dataChangedAt()).isNotNull();
		assertThat(ib.changesSinceDiscussion()).extracting(CaseChange::description)
			.containsExactly("pN: pNX → pN1a", "stage: IB → IIIA");

		Reaction again = staged(slnb);
		assertThat(again.proposed()).as("redelivered").isEmpty();
		assertThat(again.flagged()).isEmpty();
		assertThat(again.noted()).isEmpty();
		assertThat(open()).hasSize(1);
	}

	@Test
	void theSameStageAgainIsNoReasonToComeBack() {
		cases.add(discussed(cancer, "IB"));
		Reaction accepted = staged(Staging.melanoma(cancer, "IB"));
		assertThat(accepted.proposed()).isEmpty();
		assertThat(accepted.flagged()).isEmpty();
		assertThat(cases.get(0).dataChangedAt()).isNull();
	}

	@Test
	void aRuleNewlyMetAfterTheDiscussionBringsItBackEvenAtTheSameStage() {
		BoardCase submitted = BoardCase.ofCancer(cancer, null, UUID.randomUUID(), EligibilityReason.SUBMITTED, null,
				"IA", null, "derm", NOW);
		submitted.accept(BoardFixtures.meeting(), "derm", NOW);
		submitted.markDiscussed("IA", NOW.plusSeconds(1));
		cases.add(submitted);
		Staging clinicalIb = Staging.melanoma(cancer, "IA");
		clinicalIb.clinical = "IB";
		clinicalIb.t = "pT1b";
		BoardCase again = staged(clinicalIb).proposed().get(0);
		assertThat(again.reason()).isEqualTo(EligibilityReason.RESTAGED);
		assertThat(lines(again)).containsExactly("eligible: melanoma-stage");

		// discussed in its turn: the next staging meeting the same rule at the same stage is nothing new
		again.accept(BoardFixtures.meeting(), BoardFixtures.CHAIR, now);
		again.markDiscussed("IA", now);
		Staging next = clinicalIb.restaged("IA");
		next.clinical = "IB";
		next.t = "pT1b";
		Reaction reaction = staged(next);
		assertThat(reaction.proposed()).isEmpty();
		assertThat(reaction.flagged()).isEmpty();
	}

	@Test
	void changedFactsFlagTheDiscussedCaseAndProposeTheCancerOnce() {
		BoardCase ib = discussed(cancer, "IB");
		cases.add(ib);
		var addendum = factsChanged(cancer, "addendum", now, "Breslow: 1.6 → 2.4 mm");
		Reaction reaction = facts(addendum, "IIA");
		assertThat(reaction.flagged()).containsExactly(ib);
		assertThat(reaction.proposed()).singleElement().satisfies(c -> {
			assertThat(c.reason()).isEqualTo(EligibilityReason.FACTS_CHANGED);
			assertThat(c.stageAtProposal()).isEqualTo("IIA");
			assertThat(c.lesionId()).isEqualTo(ib.lesionId());
			assertThat(lines(c)).containsExactly("Breslow: 1.6 → 2.4 mm");
			assertThat(c.changes()).extracting(CaseChange::source).containsExactly("addendum");
		});

		Reaction redelivered = facts(addendum, "IIA");
		assertThat(redelivered.proposed()).isEmpty();
		assertThat(redelivered.flagged()).isEmpty();

		Reaction workup = facts(factsChanged(cancer, "workup-result", now, "SLNB left-axilla: 1 of 2 positive"), "IIA");
		assertThat(workup.proposed()).as("a case is waiting: the changes go to it").isEmpty();
		assertThat(lines(open().get(0))).containsExactly("Breslow: 1.6 → 2.4 mm", "SLNB left-axilla: 1 of 2 positive");
		assertThat(ib.changesSinceDiscussion()).hasSize(2);
	}

	@Test
	void aChangedCorrelationFlagsTheDiscussionButTheCorrelationItselfProposes() {
		BoardCase ib = discussed(cancer, "IB");
		cases.add(ib);
		Reaction reaction = facts(factsChanged(cancer, "correlation", now, "correlation: concordant → discordant"), "IB");
		assertThat(reaction.flagged()).containsExactly(ib);
		assertThat(reaction.proposed()).as("one correlation, one (discordant) proposal").isEmpty();
	}

	@Test
	void changedFactsReachOnlyCancersTheBoardHasSeen() {
		assertThat(facts(factsChanged(cancer, "specimen", now, "re-excision: no residual"), "IA").proposed()).isEmpty();
		BoardCase waiting = proposed(cancer, EligibilityReason.MELANOMA_STAGE, "IB");
		cases.add(waiting);
		Reaction reaction = facts(factsChanged(cancer, "specimen", now, "re-excision: no residual"), "IB");
		assertThat(reaction.proposed()).isEmpty();
		assertThat(reaction.noted()).containsExactly(waiting);
	}

	@Test
	void aRestageAndTheFactsBehindItMakeOneRestagedCaseInEitherOrder() {
		for (boolean factsFirst : new boolean[] { true, false }) {
			cases.clear();
			cases.add(discussed(cancer, "IB"));
			var result = factsChanged(cancer, "workup-result", now, "SLNB: 1 of 3 positive");
			Staging restage = Staging.melanoma(cancer, "IB").restaged("IIIA", "pN: pNX → pN1a");
			if (factsFirst) {
				facts(result, "IB");
				staged(restage);
			}
			else {
				staged(restage);
				facts(result, "IIIA");
			}
			assertThat(open()).as(factsFirst ? "facts first" : "stage first").singleElement().satisfies(c -> {
				assertThat(c.reason()).isEqualTo(EligibilityReason.RESTAGED);
				assertThat(c.stageAtProposal()).isEqualTo("IIIA");
				assertThat(lines(c)).containsExactlyInAnyOrder("SLNB: 1 of 3 positive", "pN: pNX → pN1a");
			});
		}
	}

	@Test
	void onceTheReproposalIsDiscussedALateRedeliveryChangesNothing() {
		cases.add(discussed(cancer, "IB"));
		var addendum = factsChanged(cancer, "addendum", now, "ulceration: absent → present");
		facts(addendum, "IIA");
		BoardCase again = open().get(0);
		again.accept(BoardFixtures.meeting(), BoardFixtures.CHAIR, now);
		again.markDiscussed("IIA", now.plusSeconds(1));
		now = now.plusSeconds(10);
		Reaction late = facts(addendum, "IIA");
		assertThat(late.proposed()).isEmpty();
		assertThat(late.flagged()).isEmpty();
		Staging restaged = Staging.melanoma(cancer, "IB").restaged("IIA", "pT: pT2a → pT2b");
		assertThat(staged(restaged).proposed()).as("the stage the board last discussed").isEmpty();
	}

	@Test
	void aDiscordantCaseOfTheLesionIsLinkedToItsCancerOnceStaged() {
		Staging staging = Staging.melanoma(cancer, "IA");
		staging.t = "pT1a";
		BoardCase discordant = BoardCase.ofDiscordantReport(UUID.randomUUID(), staging.lesionId, staging.patientId,
				new Correlation(Diagnosis.MELANOMA, Diagnosis.BENIGN_NAEVUS, "clinically a naevus"), null, null, null,
				null, "system", NOW);
		cases.add(discordant);
		Reaction reaction = staged(staging);
		assertThat(discordant.cancerId()).isEqualTo(cancer);
		assertThat(discordant.stageAtProposal()).isEqualTo("IA");
		assertThat(reaction.noted()).containsExactly(discordant);
		assertThat(reaction.proposed()).isEmpty();
	}
}
