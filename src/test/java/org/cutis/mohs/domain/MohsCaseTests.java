package org.cutis.mohs.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.SignatureMethod;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The AUC gate, stages only on positive blocks, no stage after an all-clear one, closure and signature. */
class MohsCaseTests {
	static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
	final AucGate gate = new AucGate();

	static AucScenario scenario(String tumor, AnatomicSite site, String diameterCm, String patient) {
		return new AucScenario(tumor, site, diameterCm == null ? null : new BigDecimal(diameterCm), patient, false, false);
	}

	MohsCase open(AucScenario s, String reason) {
		return new MohsCase(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "L1", s, gate.rate(s), reason,
				"surgeon", NOW);
	}

	MohsCase noseBcc() {
		return open(scenario("bcc-nodular", AnatomicSite.NOSE, "1.2", "healthy"), null);
	}

	static BlockInput block(int number, int from, int to, String margin) {
		return new BlockInput(number, from, to, margin);
	}

	static List<BlockInput> quadrants(String first, String second, String third, String fourth) {
		return List.of(block(1, 12, 3, first), block(2, 3, 6, second), block(3, 6, 9, third), block(4, 9, 12, fourth));
	}

	@ParameterizedTest
	@CsvSource({ "bcc-nodular, nose, 1.2, healthy, appropriate, H", "bcc-superficial, back, 1.5, healthy, inappropriate, L",
			"bcc-nodular, back, 1.5, healthy, uncertain, L", "scc-nonaggressive, back, 0.8, immunocompromised, not-rated, L",
			"ak-with-focal-scc-in-situ, cheek, 0.5, healthy, inappropriate, M" })
	void theGateRatesThroughTheRulesEngine(String tumor, String site, String cm, String patient, String value, String area) {
		AucRating rating = gate.rate(scenario(tumor, AnatomicSite.fromCode(site), cm, patient));
		assertThat(rating.value()).isEqualTo(value);
		assertThat(rating.area()).isEqualTo(area);
		assertThat(rating.why()).isNotEmpty();
		assertThat(rating.needsReason()).isEqualTo(value.equals("inappropriate") || value.equals("not-rated"));
	}

	@Test
	void anInappropriateOrUnratedCaseNeedsADocumentedReasonWhichIsKept() {
		AucScenario trunk = scenario("bcc-superficial", AnatomicSite.BACK, "1.5", "healthy");
		assertThatThrownBy(() -> open(trunk, "  ")).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("reason"));
		AucScenario unrated = scenario("scc-nonaggressive", AnatomicSite.BACK, "0.8", "immunocompromised");
		assertThatThrownBy(() -> open(unrated, null)).isInstanceOf(InvalidInput.class);
		MohsCase kept = open(trunk, "Patient declines excision with its larger scar");
		assertThat(kept.aucValue()).isEqualTo("inappropriate");
		assertThat(kept.reason()).isEqualTo("Patient declines excision with its larger scar");
		assertThat(kept.aucWhy()).isEqualTo(gate.rate(trunk).why());
		// an appropriate case needs none
		assertThat(noseBcc().reason()).isNull();
	}

	@Test
	void theGateNamesWrongVocabularyAndAMissingDiameter() {
		assertThatThrownBy(() -> gate.rate(scenario("bcc-big", AnatomicSite.NOSE, "1", "sleepy")))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
				.extracting(InvalidInput.FieldProblem::field).containsExactly("tumor", "patient"));
		assertThatThrownBy(() -> gate.rate(scenario("bcc-nodular", AnatomicSite.BACK, null, "healthy")))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("diameterCm"));
	}

	@Test
	void theNextStageIsTakenOnlyOnThePositiveBlocksOfThePreviousOne() {
		MohsCase c = noseBcc();
		MohsStage first = c.takeStage(quadrants("clear", "peripheral", "clear", "clear"), 35, "surgeon", NOW);
		assertThat(first.number()).isEqualTo(1);
		assertThat(first.positiveBlocks()).extracting(TissueBlock::number).containsExactly(2);
		// a block of the next layer at 9 o'clock lies on no positive block
		assertThatThrownBy(() -> c.takeStage(List.of(block(1, 9, 12, "clear")), 20, "surgeon", NOW))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).field()).isEqualTo("blocks[0].fromClock"));
		MohsStage second = c.takeStage(List.of(block(1, 3, 6, "clear")), 20, "surgeon", NOW);
		assertThat(second.number()).isEqualTo(2);
		assertThat(second.allClear()).isTrue();
		assertThat(c.stages()).hasSize(2);
	}

	@Test
	void aStageAfterAnAllClearStageIsRefused() {
		MohsCase c = noseBcc();
		c.takeStage(quadrants("clear", "clear", "clear", "clear"), 30, "surgeon", NOW);
		assertThatThrownBy(() -> c.takeStage(quadrants("clear", "deep", "clear", "clear"), 30, "surgeon", NOW))
			.isInstanceOfSatisfying(RefusedTransition.class,
					e -> assertThat(e.messageKey()).isEqualTo("mohs.stage.afterClear"));
	}

	@Test
	void blocksNeedAMarginStatusClockPositionsOneToTwelveAndDistinctNumbers() {
		MohsCase c = noseBcc();
		assertThatThrownBy(() -> c.takeStage(List.of(block(1, 12, 3, null), block(2, 0, 13, "clear"),
				block(2, 6, 9, "tumour")), 30, "surgeon", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
				.extracting(InvalidInput.FieldProblem::field)
				.containsExactly("blocks[0].margin", "blocks[1].fromClock", "blocks[1].toClock", "blocks[2].number",
						"blocks[2].margin"));
		assertThatThrownBy(() -> c.takeStage(List.of(), 30, "surgeon", NOW)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> c.takeStage(quadrants("clear", "clear", "clear", "clear"), 0, "surgeon", NOW))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.problems().get(0).field()).isEqualTo("frozenSectionMinutes"));
		assertThat(c.stages()).isEmpty();
	}

	@Test
	void closureOnlyAfterAClearStageWithAValidDefectAndTheFlapsType() {
		MohsCase c = noseBcc();
		assertThatThrownBy(() -> c.close(mm("12"), mm("10"), "primary", null, "surgeon", NOW))
			.isInstanceOf(RefusedTransition.class);
		c.takeStage(quadrants("clear", "peripheral", "clear", "clear"), 35, "surgeon", NOW);
		assertThatThrownBy(() -> c.close(mm("12"), mm("10"), "primary", null, "surgeon", NOW))
			.isInstanceOfSatisfying(RefusedTransition.class,
					e -> assertThat(e.messageKey()).isEqualTo("mohs.closure.notClear"));
		c.takeStage(List.of(block(1, 3, 6, "clear")), 20, "surgeon", NOW);
		assertThatThrownBy(() -> c.close(mm("0"), null, "flap", "sideways", "surgeon", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
				.extracting(InvalidInput.FieldProblem::field)
				.containsExactly("defectLengthMm", "defectWidthMm", "detail"));
		assertThatThrownBy(() -> c.close(mm("12"), mm("10"), "stitches", null, "surgeon", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("closure"));
		assertThat(c.close(mm("14"), mm("11.5"), "flap", "bilobed", "surgeon", NOW)).isFalse();
		assertThat(c.closure()).isEqualTo(Closure.FLAP);
		assertThat(c.closureDetail()).isEqualTo("bilobed");
		assertThat(c.status()).isEqualTo(MohsCase.Status.CLOSED);
		// a stage on a closed case is refused
		assertThatThrownBy(() -> c.takeStage(List.of(block(1, 3, 6, "clear")), 20, "surgeon", NOW))
			.isInstanceOfSatisfying(RefusedTransition.class, e -> assertThat(e.messageKey()).isEqualTo("mohs.stage.closed"));
	}

	@Test
	void aReferralToPlasticSurgerySaysSo() {
		MohsCase c = noseBcc();
		c.takeStage(quadrants("clear", "clear", "clear", "clear"), 30, "surgeon", NOW);
		assertThat(c.close(mm("30"), mm("25"), "plastic-surgery-referral", null, "surgeon", NOW)).isTrue();
	}

	@Test
	void theReportIsSignedOnceAfterTheClosureThenOnlyAmended() {
		MohsCase c = noseBcc();
		assertThatThrownBy(() -> c.sign("surgeon", SignatureMethod.PASSWORD, NOW)).isInstanceOf(RefusedTransition.class);
		c.takeStage(quadrants("clear", "clear", "clear", "clear"), 30, "surgeon", NOW);
		assertThatThrownBy(() -> c.amend("late note", "surgeon", SignatureMethod.PASSWORD, NOW))
			.isInstanceOf(RefusedTransition.class);
		c.close(mm("12"), mm("10"), "primary", null, "surgeon", NOW);
		c.sign("surgeon", SignatureMethod.PIN, NOW);
		assertThat(c.signatureMethod()).isEqualTo(SignatureMethod.PIN);
		assertThatThrownBy(() -> c.sign("surgeon", SignatureMethod.PASSWORD, NOW)).isInstanceOf(RefusedTransition.class);
		c.amend("Suture removal on day 7", "surgeon", SignatureMethod.PASSWORD, NOW.plusSeconds(60));
		assertThat(c.addenda()).extracting(ReportAddendum::text).containsExactly("Suture removal on day 7");
	}

	@Test
	void blocksAreArcsOfTheClock() {
		assertThat(new TissueBlock(1, 12, 3, Margin.CLEAR).spanHours()).isEqualTo(3);
		assertThat(new TissueBlock(1, 9, 12, Margin.CLEAR).spanHours()).isEqualTo(3);
		assertThat(new TissueBlock(1, 11, 1, Margin.CLEAR).overlaps(new TissueBlock(2, 12, 3, Margin.CLEAR))).isTrue();
		assertThat(new TissueBlock(1, 12, 3, Margin.CLEAR).overlaps(new TissueBlock(2, 3, 6, Margin.CLEAR))).isFalse();
		assertThat(TissueBlock.divided(6)).extracting(b -> b.fromClock() + "-" + b.toClock())
			.containsExactly("12-2", "2-4", "4-6", "6-8", "8-10", "10-12");
		List<TissueBlock> blocks = TissueBlock.divided(4);
		assertThat(TissueBlock.decode(TissueBlock.encode(blocks))).isEqualTo(blocks);
	}

	static BigDecimal mm(String value) {
		return new BigDecimal(value);
	}
}
