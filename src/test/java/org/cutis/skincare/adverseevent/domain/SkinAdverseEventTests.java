package org.cutis.skincare.adverseevent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.ctcae.CtcaeTerm;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grade is proposed by the rule, confirmed as is or changed with a reason, and only as a grade the term defines. */
class SkinAdverseEventTests {
	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	SkinAdverseEvent.Opened open(CtcaeTerm term, Map<String, Object> findings) {
		return SkinAdverseEvent.open(UUID.randomUUID(), null, term, TODAY.minusDays(5), TODAY, "{}",
				GradeProposal.of(term, findings), TODAY, "derm", NOW);
	}

	@Test
	void theRuleProposesGrade3ForAcneiformRashOver30PercentWithSevereSymptoms() {
		GradeProposal proposal = GradeProposal.of(CtcaeTerm.RASH_ACNEIFORM, Map.of("bsaPercent", 40, "symptoms", "severe"));
		assertThat(proposal.grade()).isEqualTo(3);
		assertThat(proposal.definition()).contains(">30% BSA with moderate or severe symptoms");
		assertThat(proposal.source()).contains("CTCAE");
	}

	@Test
	void aFindingTheRuleRefusesOrDoesNotKnowNamesTheFindingsField() {
		assertThatThrownBy(() -> GradeProposal.of(CtcaeTerm.RASH_ACNEIFORM, Map.of("bsaPercent", 140)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("findings.bsaPercent"));
		assertThatThrownBy(() -> GradeProposal.of(CtcaeTerm.RASH_ACNEIFORM, Map.of("bsa", 10)))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).field()).isEqualTo("findings.bsa"));
	}

	@Test
	void theProposalIsConfirmedWithoutAReason() {
		var opened = open(CtcaeTerm.RASH_ACNEIFORM, Map.of("bsaPercent", 40, "symptoms", "severe"));
		SkinAdverseEvent event = opened.event();
		assertThat(event.confirmedGrade()).isNull();
		assertThat(event.currentGrade()).isEqualTo(3);
		event.confirm(opened.assessment(), 3, null, "derm", NOW);
		assertThat(event.confirmedGrade()).isEqualTo(3);
		assertThat(opened.assessment().confirmedGrade()).isEqualTo(3);
		assertThat(opened.assessment().confirmedBy()).isEqualTo("derm");
	}

	@Test
	void anotherGradeNeedsAReason() {
		var opened = open(CtcaeTerm.RASH_ACNEIFORM, Map.of("bsaPercent", 40, "symptoms", "severe"));
		assertThatThrownBy(() -> opened.event().confirm(opened.assessment(), 2, "  ", "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("reason");
				assertThat(e.problems().get(0).messageKey()).isEqualTo("adverseevent.grade.reasonRequired");
			});
		assertThat(opened.event().confirmedGrade()).isNull();
		opened.event().confirm(opened.assessment(), 2, " symptoms controlled on doxycycline ", "derm", NOW);
		assertThat(opened.event().confirmedGrade()).isEqualTo(2);
		assertThat(opened.assessment().confirmationReason()).isEqualTo("symptoms controlled on doxycycline");
	}

	@Test
	void aGradeTheTermDoesNotDefineIsRefusedNamingTheDefinedGrades() {
		var opened = open(CtcaeTerm.ALOPECIA, Map.of("hairLossPercent", 60, "wigNeeded", true));
		assertThat(opened.event().proposedGrade()).isEqualTo(2);
		assertThatThrownBy(() -> opened.event().confirm(opened.assessment(), 4, "worse", "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				assertThat(e.problems().get(0).field()).isEqualTo("grade");
				assertThat(e.problems().get(0).args()).contains("1, 2");
			});
		assertThatThrownBy(() -> opened.event().confirm(opened.assessment(), null, null, "derm", NOW))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void aFollowUpProposesAgainAndAwaitsConfirmation() {
		var opened = open(CtcaeTerm.RASH_ACNEIFORM, Map.of("bsaPercent", 40, "symptoms", "severe"));
		SkinAdverseEvent event = opened.event();
		event.confirm(opened.assessment(), 3, null, "derm", NOW);
		GradeAssessment next = event.assess(TODAY, "{}",
				GradeProposal.of(CtcaeTerm.RASH_ACNEIFORM, Map.of("bsaPercent", 5)), TODAY, "derm", NOW);
		assertThat(next.proposedGrade()).isEqualTo(1);
		assertThat(event.proposedGrade()).isEqualTo(1);
		assertThat(event.confirmedGrade()).isNull();
		assertThatThrownBy(() -> event.assess(TODAY.plusDays(1), "{}",
				GradeProposal.of(CtcaeTerm.RASH_ACNEIFORM, Map.of()), TODAY, "derm", NOW))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> event.assess(TODAY.minusDays(6), "{}",
				GradeProposal.of(CtcaeTerm.RASH_ACNEIFORM, Map.of()), TODAY, "derm", NOW))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void anOnsetInTheFutureIsRefusedAndAResolvedEventTakesNoMoreAssessments() {
		assertThatThrownBy(() -> SkinAdverseEvent.open(UUID.randomUUID(), null, CtcaeTerm.PRURITUS, TODAY.plusDays(1),
				TODAY, "{}", GradeProposal.of(CtcaeTerm.PRURITUS, Map.of()), TODAY, "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).field()).isEqualTo("onsetDate"));
		var opened = open(CtcaeTerm.PRURITUS, Map.of("extent", "localized"));
		opened.event().resolve(TODAY, TODAY, "derm", NOW);
		assertThat(opened.event().status()).isEqualTo(AdverseEventStatus.RESOLVED);
		assertThat(opened.event().resolvedOn()).isEqualTo(TODAY);
		assertThatThrownBy(() -> opened.event().assess(TODAY, "{}", GradeProposal.of(CtcaeTerm.PRURITUS, Map.of()), TODAY,
				"derm", NOW))
			.isInstanceOf(RefusedTransition.class);
	}

	@Test
	void attributionsAreTheFiveCategoriesStrongestFirst() {
		assertThat(Attribution.allowed()).isEqualTo("certain, probable, possible, unlikely, unrelated");
		assertThat(Attribution.fromCode("Probable")).contains(Attribution.PROBABLE);
		assertThat(Attribution.fromCode("likely")).isEmpty();
		assertThat(Attribution.fromCode(null)).isEmpty();
		assertThat(Attribution.CERTAIN.strength()).isGreaterThan(Attribution.PROBABLE.strength());
		assertThat(Attribution.UNLIKELY.strength()).isGreaterThan(Attribution.UNRELATED.strength());
	}
}
