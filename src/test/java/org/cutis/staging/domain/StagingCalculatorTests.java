package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.cutis.rules.RuleEngine;
import org.cutis.shared.InvalidInput;
import org.cutis.staging.DiagnosisKind;
import org.cutis.staging.PathologyFindings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StagingCalculatorTests {
	static final StagingCalculator CALCULATOR = new StagingCalculator(new RuleEngine());

	static PathologyFindings melanoma(String breslow, boolean ulceration) {
		return new PathologyFindings(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "left shoulder",
				DiagnosisKind.MELANOMA, "372244006", "C43.6", "8743/3", LocalDate.of(2026, 3, 2),
				"superficial spreading", "shoulder", false, new BigDecimal(breslow), ulceration, 2, false, null, null,
				null, false, false, false, null, null, null, false, false, false);
	}

	static PathologyFindings cscc(String site, String diameterCm, String differentiation) {
		return new PathologyFindings(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cSCC", DiagnosisKind.CSCC,
				"254651007", "C44.32", "8070/3", LocalDate.of(2026, 3, 2), null, site, false, null, false, null, false,
				new BigDecimal(diameterCm), new BigDecimal("3"), differentiation, false, false, false, "none", null, null,
				false, false, false);
	}

	static WorkupFacts slnb(int examined, int positive) {
		return new WorkupFacts(examined, positive, 0, Set.of(), "unknown");
	}

	@Test
	void pT2aWithoutSlnbIsClinicallyIbAndWaitsForTheNodesPathologically() {
		StageComputation c = CALCULATOR.compute(melanoma("1.5", false), WorkupFacts.NONE);
		assertThat(c.pathologicalT()).isEqualTo("pT2a");
		assertThat(c.clinicalN()).isEqualTo("cN0");
		assertThat(c.clinicalStage()).isEqualTo("IB");
		assertThat(c.pathologicalN()).isEqualTo("pNX");
		assertThat(c.pathologicalStage()).isNull();
		assertThat(c.slnbAdvice()).isEqualTo("offer");
		assertThat(c.ruleVersion()).contains("AJCC-8");
		assertThat(c.explanation()).anyMatch(line -> line.contains("cN0 until"));
	}

	@Test
	void aPositiveSentinelNodeTakesPT2aN0ToN1aStageIIIA() {
		StageComputation before = CALCULATOR.compute(melanoma("1.5", false), slnb(3, 0));
		assertThat(before.pathologicalN()).isEqualTo("pN0");
		assertThat(before.pathologicalStage()).isEqualTo("IB");
		StageComputation after = CALCULATOR.compute(melanoma("1.5", false), slnb(3, 1));
		assertThat(after.pathologicalT()).isEqualTo("pT2a");
		assertThat(after.pathologicalN()).isEqualTo("pN1a");
		assertThat(after.pathologicalStage()).isEqualTo("IIIA");
		assertThat(after.changesFrom(before)).containsExactly("pN: pN0 → pN1a", "pStage: IB → IIIA");
	}

	@Test
	void twoOrThreeOccultNodesAreN2aAndUlceratedThickTumoursMoveUp() {
		assertThat(CALCULATOR.compute(melanoma("1.5", false), slnb(4, 2)).pathologicalStage()).isEqualTo("IIIA");
		assertThat(CALCULATOR.compute(melanoma("3.0", true), slnb(2, 1)).pathologicalStage()).isEqualTo("IIIC");
		assertThat(CALCULATOR.compute(melanoma("5.0", true), slnb(6, 5)).pathologicalStage()).isEqualTo("IIID");
	}

	@Test
	void t1bIsClinicallyIbButPathologicallyIaWithoutSlnb() {
		StageComputation c = CALCULATOR.compute(melanoma("0.75", false), WorkupFacts.NONE);
		assertThat(c.pathologicalT()).isEqualTo("pT1b");
		assertThat(c.clinicalStage()).isEqualTo("IB");
		assertThat(c.pathologicalStage()).isEqualTo("IA");
		assertThat(c.slnbAdvice()).isEqualTo("consider");
		assertThat(CALCULATOR.compute(melanoma("0.5", false), WorkupFacts.NONE).slnbAdvice()).isEqualTo("not-recommended");
	}

	@Test
	void lungMetastasisWithElevatedLdhIsM1b1StageIv() {
		StageComputation c = CALCULATOR.compute(melanoma("1.5", false),
				new WorkupFacts(null, null, 0, Set.of("lung"), "elevated"));
		assertThat(c.clinicalM()).isEqualTo("cM1b(1)");
		assertThat(c.clinicalStage()).isEqualTo("IV");
		StageComputation brain = CALCULATOR.compute(melanoma("1.5", false),
				new WorkupFacts(3, 1, 0, Set.of("lung", "brain"), "normal"));
		assertThat(brain.clinicalM()).isEqualTo("cM1d(0)");
		assertThat(brain.pathologicalStage()).isEqualTo("IV");
	}

	@Test
	void csccOfTheHeadAndNeckGetsAjccAndBwhSideBySide() {
		StageComputation c = CALCULATOR.compute(cscc("cheek", "4.5", "poor"), WorkupFacts.NONE);
		assertThat(c.pathologicalT()).isEqualTo("pT3");
		assertThat(c.pathologicalStage()).isEqualTo("III");
		assertThat(c.bwhT()).isEqualTo("T2b");
		StageComputation trunk = CALCULATOR.compute(cscc("back", "1.0", "well"), WorkupFacts.NONE);
		assertThat(trunk.pathologicalStage()).isNull();
		assertThat(trunk.bwhT()).isEqualTo("T1");
		assertThat(trunk.explanation()).anyMatch(line -> line.contains("head and neck only"));
	}

	@Test
	void bccGetsTheNccnRiskGroup() {
		PathologyFindings nose = new PathologyFindings(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
				DiagnosisKind.BCC, "254701007", "C44.31", "8097/3", LocalDate.of(2026, 1, 5), null, "nose", false, null,
				false, null, false, new BigDecimal("0.4"), null, null, false, false, false, null, "nodular",
				"well-defined", false, false, false);
		StageComputation c = CALCULATOR.compute(nose, WorkupFacts.NONE);
		assertThat(c.bccRisk()).isEqualTo("high");
		assertThat(c.ruleVersion()).isEqualTo("NCCN-BCC-2.2021");
	}

	@Test
	void findingsRefuseContradictionsAllAtOnce() {
		assertThatThrownBy(() -> new PathologyFindings(UUID.randomUUID(), null, UUID.randomUUID(), null,
				DiagnosisKind.MELANOMA, null, null, null, LocalDate.now(), null, "elbow", true, new BigDecimal("1"), false,
				-1, false, null, null, "bad", false, false, false, null, null, null, false, false, false))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
				.containsExactlyInAnyOrder("lesionId", "mitoticRatePerMm2", "breslowMm", "differentiation", "site"));
	}
}
