package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cutis.clinical.BreslowNotAssessable;
import org.cutis.clinical.SpecimenRole;
import org.cutis.rules.bcc.BccSubtype;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.cscc.Differentiation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.staging.domain.EvidenceFixtures.cancer;
import static org.cutis.staging.domain.EvidenceFixtures.melanoma;

/** Staging of one cancer from its combined evidence and work-up, through the typed rule policies (AJCC 8th, BWH, NCCN). */
class StagingCalculatorTests {
	static final StagingCalculator CALCULATOR = new StagingCalculator();
	static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

	static StageComputation stage(CancerDiagnosis cancer, WorkupFacts work) {
		return CALCULATOR.compute(cancer.kind(), cancer.tumour(), cancer.combined(), work);
	}

	static StageComputation melanomaStage(String breslow, boolean ulcerated, WorkupFacts work) {
		return stage(cancer(AnatomicSite.SHOULDER, "8", melanoma(breslow, ulcerated), MARCH), work);
	}

	static WorkupFacts slnb(int examined, int positive) {
		return new WorkupFacts(examined, positive, null, 0, Set.of(), "unknown", List.of(), false,
				List.of("left-axilla " + positive + "/" + examined));
	}

	@Test
	void pT2aWithoutSlnbIsClinicallyIbAndWaitsForTheNodesPathologically() {
		StageComputation c = melanomaStage("1.5", false, WorkupFacts.NONE);
		assertThat(c.pathologicalT()).isEqualTo("pT2a");
		assertThat(c.clinicalT()).isEqualTo("pT2a");
		assertThat(c.clinicalN()).isEqualTo("cN0");
		assertThat(c.clinicalStage()).isEqualTo("IB");
		assertThat(c.pathologicalN()).isEqualTo("pNX");
		assertThat(c.pathologicalStage()).isNull();
		assertThat(c.headline()).isEqualTo(new StageComputation.Tnm("pT2a", "cN0", "cM0", "IB"));
		assertThat(c.slnbAdvice()).isEqualTo("offer");
		assertThat(c.ruleVersion()).contains("AJCC-8");
		assertThat(c.explanation()).anyMatch(line -> line.contains("cN0 until"));
	}

	@Test
	void aPositiveSentinelNodeTakesPT2aN0ToN1aStageIIIA() {
		StageComputation before = melanomaStage("1.5", false, slnb(3, 0));
		assertThat(before.pathologicalN()).isEqualTo("pN0");
		assertThat(before.pathologicalStage()).isEqualTo("IB");
		StageComputation after = melanomaStage("1.5", false, slnb(3, 1));
		assertThat(after.pathologicalT()).isEqualTo("pT2a");
		assertThat(after.pathologicalN()).isEqualTo("pN1a");
		assertThat(after.pathologicalStage()).isEqualTo("IIIA");
		assertThat(after.changesFrom(before)).containsExactly("pN: pN0 → pN1a", "pStage: IB → IIIA");
	}

	@Test
	void twoOrThreeOccultNodesAreN2aAndUlceratedThickTumoursMoveUp() {
		assertThat(melanomaStage("1.5", false, slnb(4, 2)).pathologicalStage()).isEqualTo("IIIA");
		assertThat(melanomaStage("3.0", true, slnb(2, 1)).pathologicalStage()).isEqualTo("IIIC");
		assertThat(melanomaStage("5.0", true, slnb(6, 5)).pathologicalStage()).isEqualTo("IIID");
	}

	/** Finding 8: AJCC writes pT1b cN0 cM0 (pathological stage IA allowed); nodes were never examined. */
	@Test
	void t1WithoutSlnbKeepsItsClinicalNodesClinical() {
		StageComputation c = melanomaStage("0.75", false, WorkupFacts.NONE);
		assertThat(c.pathologicalT()).isEqualTo("pT1b");
		assertThat(c.pathologicalN()).isEqualTo("cN0");
		assertThat(c.clinicalStage()).isEqualTo("IB");
		assertThat(c.pathologicalStage()).isEqualTo("IA");
		assertThat(c.headline()).isEqualTo(new StageComputation.Tnm("pT1b", "cN0", "cM0", "IA"));
		assertThat(c.slnbAdvice()).isEqualTo("consider");
		assertThat(melanomaStage("0.5", false, WorkupFacts.NONE).slnbAdvice()).isEqualTo("not-recommended");
	}

	@Test
	void lungMetastasisWithElevatedLdhIsM1b1StageIv() {
		StageComputation c = melanomaStage("1.5", false,
				new WorkupFacts(null, null, null, 0, Set.of("lung"), "elevated", List.of(), false, List.of()));
		assertThat(c.clinicalM()).isEqualTo("cM1b(1)");
		assertThat(c.clinicalStage()).isEqualTo("IV");
		StageComputation brain = melanomaStage("1.5", false,
				new WorkupFacts(3, 1, null, 0, Set.of("lung", "brain"), "normal", List.of(), false, List.of()));
		assertThat(brain.clinicalM()).isEqualTo("cM1d(0)");
		assertThat(brain.pathologicalStage()).isEqualTo("IV");
	}

	/** Finding 9: a curetted or transected base is TX with the reason; no stage is made up. */
	@Test
	void anUnmeasurableThicknessIsTxAndTheStageIsIndeterminate() {
		StageComputation c = stage(cancer(AnatomicSite.BACK, "6", EvidenceFixtures.notAssessable(
				BreslowNotAssessable.CURETTED), MARCH), WorkupFacts.NONE);
		assertThat(c.pathologicalT()).isEqualTo("pTX");
		assertThat(c.clinicalStage()).isNull();
		assertThat(c.pathologicalStage()).isNull();
		assertThat(c.headline().stage()).isNull();
		assertThat(c.explanation()).anyMatch(line -> line.contains("curetted"));
	}

	/** Finding 9: a 0.6 mm shave with a transected base is T1a, but microstaging is uncertain and said so. */
	@Test
	void aTransectedBaseWarnsThatMicrostagingIsUncertain() {
		StageComputation c = stage(cancer(AnatomicSite.BACK, "6", melanoma(SpecimenRole.DIAGNOSTIC, "0.6", false,
				false, true), MARCH), WorkupFacts.NONE);
		assertThat(c.pathologicalT()).isEqualTo("pT1a");
		assertThat(c.microstagingUncertain()).isTrue();
		assertThat(c.explanation()).anyMatch(line -> line.contains("Microstaging uncertain"));
	}

	/** Finding 10 (staging side): microsatellites make a T1a melanoma N1c, stage III clinically, IIIB pathologically. */
	@Test
	void microsatellitesAreN1cWhateverT() {
		StageComputation c = stage(cancer(AnatomicSite.BACK, "6", melanoma(SpecimenRole.DIAGNOSTIC, "0.5", false,
				true, false), MARCH), WorkupFacts.NONE);
		assertThat(c.clinicalN()).isEqualTo("cN1c");
		assertThat(c.clinicalStage()).isEqualTo("III");
	}

	/** Finding 7: the lesion's clinical diameter reaches staging (cheek cSCC 25 mm, 3 mm deep is T2, not TX). */
	@Test
	void csccOfTheHeadAndNeckIsStagedFromTheLesionsClinicalDiameter() {
		StageComputation c = stage(cancer(AnatomicSite.CHEEK, "25", EvidenceFixtures.cscc("3", Differentiation.WELL),
				MARCH), WorkupFacts.NONE);
		assertThat(c.pathologicalT()).isEqualTo("pT2");
		assertThat(c.pathologicalN()).isEqualTo("cN0");
		assertThat(c.pathologicalStage()).isEqualTo("II");
		assertThat(c.bwhT()).isEqualTo("T2a");
		StageComputation large = stage(cancer(AnatomicSite.CHEEK, "45", EvidenceFixtures.cscc("4", Differentiation.POOR),
				MARCH), WorkupFacts.NONE);
		assertThat(large.pathologicalT()).isEqualTo("pT3");
		assertThat(large.pathologicalStage()).isEqualTo("III");
		assertThat(large.bwhT()).isEqualTo("T2b");
	}

	@Test
	void csccOfTheTrunkHasBwhButNoAjccStage() {
		StageComputation trunk = stage(cancer(AnatomicSite.BACK, "10", EvidenceFixtures.cscc("2", Differentiation.WELL),
				MARCH), WorkupFacts.NONE);
		assertThat(trunk.pathologicalStage()).isNull();
		assertThat(trunk.bwhT()).isEqualTo("T1");
		assertThat(trunk.explanation()).anyMatch(line -> line.contains("head and neck only"));
	}

	/** Finding 7: involved nodes from a dissection give pN; the stage follows. */
	@Test
	void csccNodesFromADissectionArePathologicalN() {
		WorkupFacts dissection = new WorkupFacts(12, 1, null, 0, Set.of(), "unknown",
				List.of(new RegionalNode("ipsilateral", new BigDecimal("2.5"), false)), true, List.of("left-neck 1/12"));
		StageComputation c = stage(cancer(AnatomicSite.CHEEK, "25", EvidenceFixtures.cscc("3", Differentiation.WELL),
				MARCH), dissection);
		assertThat(c.pathologicalN()).isEqualTo("pN1");
		assertThat(c.pathologicalStage()).isEqualTo("III");
	}

	@Test
	void bccGetsTheNccnRiskGroup() {
		CancerDiagnosis nose = cancer(AnatomicSite.NOSE, "4", EvidenceFixtures.bcc(BccSubtype.NODULAR), MARCH);
		StageComputation c = stage(nose, WorkupFacts.NONE);
		assertThat(c.bccRisk()).isEqualTo("high");
		assertThat(c.ruleVersion()).isEqualTo("NCCN-BCC-2.2021");
	}

	/** Finding 7: a trunk BCC gets its risk group once its clinical diameter and borders are known. */
	@Test
	void aTrunkBccIsStagedFromTheLesionAndTheCliniciansFindings() {
		CancerDiagnosis trunk = cancer(AnatomicSite.BACK, "10", EvidenceFixtures.bcc(BccSubtype.NODULAR), MARCH);
		trunk.record(new ClinicalFindings(false, false, false, false), "demo-derm", EvidenceFixtures.NOW);
		assertThat(stage(trunk, WorkupFacts.NONE).bccRisk()).isEqualTo("low");
		CancerDiagnosis large = cancer(AnatomicSite.BACK, "25", EvidenceFixtures.bcc(BccSubtype.NODULAR), MARCH);
		assertThat(stage(large, WorkupFacts.NONE).bccRisk()).isEqualTo("high");
	}
}
