package org.cutis.tumorboard.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cutis.clinical.Diagnosis;
import org.cutis.shared.RefusedTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cutis.tumorboard.domain.BoardFixtures.NOW;
import static org.cutis.tumorboard.domain.BoardFixtures.NURSE;
import static org.cutis.tumorboard.domain.BoardFixtures.proposed;

/** One open case per tumour per meeting: a second submission updates the case, a second proposal merges into it. */
class CaseListTests {
	final Meeting meeting = BoardFixtures.meeting();
	final UUID cancer = UUID.randomUUID();
	final List<BoardCase> onMeeting = new ArrayList<>();

	CaseList list() {
		return new CaseList(meeting, onMeeting);
	}

	BoardCase submission(UUID cancerId) {
		return BoardCase.ofCancer(cancerId, null, UUID.randomUUID(), EligibilityReason.SUBMITTED, null, "IB",
				meeting.id(), "derm", NOW);
	}

	static CaseDetails question(String question, Integer ecog) {
		return new CaseDetails(question, ecog, null, false, false);
	}

	@Test
	void submittingACancerAlreadyOnTheListUpdatesThatCase() {
		BoardCase first = list().submit(submission(cancer), question("Adjuvant therapy?", null), "derm", NOW);
		onMeeting.add(first);
		BoardCase second = submission(cancer);
		BoardCase listed = list().submit(second, new CaseDetails("Adjuvant therapy or trial?", 1, "WLE 2 cm", true,
				false), "derm", NOW);
		assertThat(listed).isSameAs(first);
		assertThat(first.question()).isEqualTo("Adjuvant therapy or trial?");
		assertThat(first.ecog()).isEqualTo(1);
		assertThat(first.priorTreatments()).isEqualTo("WLE 2 cm");
		assertThat(first.needsPlasticSurgery()).isTrue();
		assertThat(second.status()).as("never listed").isEqualTo(BoardCase.Status.PROPOSED);

		BoardCase other = list().submit(submission(UUID.randomUUID()), question("Margins?", null), "derm", NOW);
		assertThat(other).isNotSameAs(first);
		assertThat(other.status()).isEqualTo(BoardCase.Status.ACCEPTED);
	}

	@Test
	void acceptingAProposalForACancerOnTheListMergesItAndKeepsItOnRecord() {
		BoardCase submitted = list().submit(submission(cancer), question("Adjuvant therapy?", 0), "derm", NOW);
		onMeeting.add(submitted);
		BoardCase proposal = proposed(cancer, EligibilityReason.RESTAGED, "IIIA");
		proposal.noteChanges("staging", "staging:r1:IIIA", List.of("pN: pNX → pN1a"), NOW);
		BoardCase listed = list().accept(proposal, question(null, null), NURSE, NOW);
		assertThat(listed).isSameAs(submitted);
		assertThat(proposal.status()).isEqualTo(BoardCase.Status.MERGED);
		assertThat(proposal.mergedInto()).isEqualTo(submitted.id());
		assertThat(submitted.changes()).extracting(CaseChange::description).containsExactly("pN: pNX → pN1a");
		assertThat(submitted.question()).isEqualTo("Adjuvant therapy?");
		assertThatThrownBy(() -> proposal.accept(meeting, NURSE, NOW)).isInstanceOf(RefusedTransition.class);
		assertThatThrownBy(() -> proposal.defer("later", NURSE, NOW)).isInstanceOf(RefusedTransition.class);
	}

	@Test
	void aProposalIsListedWhenItsTumourIsNotAndReacceptingItUpdatesIt() {
		BoardCase proposal = proposed(cancer, EligibilityReason.MELANOMA_STAGE, "IB");
		assertThat(list().accept(proposal, question("SLNB?", null), NURSE, NOW)).isSameAs(proposal);
		onMeeting.add(proposal);
		assertThat(list().accept(proposal, question("SLNB or observation?", 0), NURSE, NOW)).isSameAs(proposal);
		assertThat(proposal.question()).isEqualTo("SLNB or observation?");
		assertThat(proposal.status()).isEqualTo(BoardCase.Status.ACCEPTED);
	}

	@Test
	void aDiscussedCaseOfTheCancerDoesNotStopANewOne() {
		BoardCase discussed = list().submit(submission(cancer), question("Adjuvant therapy?", 0), "derm", NOW);
		discussed.markDiscussed("IB", NOW);
		onMeeting.add(discussed);
		BoardCase again = list().submit(submission(cancer), question("And now?", null), "derm", NOW);
		assertThat(again).isNotSameAs(discussed);
	}

	@Test
	void aDiscordantReportOfALesionWithoutCancerMergesIntoTheCaseOfThatLesion() {
		UUID lesion = UUID.randomUUID();
		BoardCase first = BoardCase.ofDiscordantReport(UUID.randomUUID(), lesion, UUID.randomUUID(),
				new Correlation(Diagnosis.BENIGN_NAEVUS, Diagnosis.MELANOMA, "looked like melanoma"), null, null, null,
				null, "system", NOW);
		list().accept(first, question("Re-excise?", null), NURSE, NOW);
		onMeeting.add(first);
		BoardCase second = BoardCase.ofDiscordantReport(UUID.randomUUID(), lesion, first.patientId(),
				new Correlation(Diagnosis.BENIGN_NAEVUS, Diagnosis.MELANOMA, "second opinion"), null, null, null, null,
				"system", NOW);
		assertThat(list().accept(second, question(null, null), NURSE, NOW)).isSameAs(first);
		assertThat(second.status()).isEqualTo(BoardCase.Status.MERGED);
		assertThat(first.correlation().note()).isEqualTo("looked like melanoma");
	}
}
