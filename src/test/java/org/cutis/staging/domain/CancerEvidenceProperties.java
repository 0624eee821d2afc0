package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cutis.clinical.SpecimenRole;
import org.cutis.rules.RuleEngine;
import org.cutis.rules.RuleOutcome;
import org.cutis.rules.common.AnatomicSite;
import org.cutis.rules.melanoma.MelanomaT;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random histories of one melanoma (specimens of the primary, structured corrections of them,
 * sentinel node results of several basins): T never decreases unless a structured addendum lowers
 * the thickness that set it, N counts every involved node, and the stage Cutis shows is the rules
 * engine's answer for the combined evidence.
 */
class CancerEvidenceProperties {
	static final StagingCalculator CALCULATOR = new StagingCalculator();
	static final RuleEngine ENGINE = new RuleEngine();
	static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	/** One thing that happens to the cancer. */
	sealed interface Step permits Specimen, Correction, SentinelNodes {
	}

	record Specimen(SpecimenRole role, BigDecimal breslowMm, boolean ulceration) implements Step {
	}

	/** A structured addendum of the n-th report (modulo the reports so far) with a new thickness. */
	record Correction(int report, BigDecimal breslowMm, boolean ulceration) implements Step {
	}

	record SentinelNodes(int examined, int positive) implements Step {
	}

	@Provide
	Arbitrary<List<Step>> histories() {
		Arbitrary<BigDecimal> mm = Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("6.0")).ofScale(1);
		Arbitrary<Step> specimen = Combinators
			.combine(Arbitraries.of(SpecimenRole.DIAGNOSTIC, SpecimenRole.RE_EXCISION, SpecimenRole.RECURRENCE), mm,
					Arbitraries.of(true, false))
			.as(Specimen::new);
		Arbitrary<Step> correction = Combinators.combine(Arbitraries.integers().between(0, 9), mm,
				Arbitraries.of(true, false)).as(Correction::new);
		Arbitrary<Step> nodes = Arbitraries.integers()
			.between(1, 5)
			.flatMap(examined -> Arbitraries.integers().between(0, examined).map(p -> new SentinelNodes(examined, p)));
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, specimen), net.jqwik.api.Tuple.of(2, correction),
				net.jqwik.api.Tuple.of(2, nodes)).list().ofMinSize(1).ofMaxSize(8);
	}

	@Property(tries = 300)
	void tNeverFallsNCountsEveryNodeAndTheStageIsTheEnginesAnswer(@ForAll("histories") List<Step> history,
			@ForAll("mm") BigDecimal firstMm, @ForAll boolean firstUlcerated) {
		CancerDiagnosis cancer = EvidenceFixtures.cancer(AnatomicSite.BACK, "8",
				EvidenceFixtures.melanoma(firstMm.toPlainString(), firstUlcerated), DAY);
		List<UUID> reports = new ArrayList<>(List.of(cancer.evidence().get(0).reportId()));
		Map<UUID, Integer> versions = new LinkedHashMap<>(Map.of(reports.get(0), 1));
		List<WorkupOrder> workup = new ArrayList<>();
		Instant at = EvidenceFixtures.NOW;
		MelanomaT before = t(stage(cancer, workup));
		for (Step step : history) {
			at = at.plusSeconds(3600);
			boolean lowersTheThickest = false;
			if (step instanceof Specimen s) {
				UUID report = UUID.randomUUID();
				reports.add(report);
				versions.put(report, 1);
				cancer.add(EvidenceFixtures.source(report, 1, DAY), EvidenceFixtures.melanoma(s.role(),
						s.breslowMm().toPlainString(), s.ulceration(), false, false), at);
			}
			else if (step instanceof Correction c) {
				UUID report = reports.get(c.report() % reports.size());
				Evidence thickest = thickest(cancer);
				Evidence corrected = cancer.active().stream().filter(e -> e.reportId().equals(report)).findFirst()
					.orElseThrow();
				// the facts that set T: the greatest thickness, and ulceration (any specimen)
				lowersTheThickest = thickest.reportId().equals(report) && c.breslowMm().compareTo(thickest.breslowMm()) < 0
						|| Boolean.TRUE.equals(corrected.ulceration()) && !c.ulceration();
				int version = versions.merge(report, 1, Integer::sum);
				cancer.add(EvidenceFixtures.source(report, version, DAY), EvidenceFixtures.melanoma(
						SpecimenRole.DIAGNOSTIC, c.breslowMm().toPlainString(), c.ulceration(), false, false), at);
			}
			else if (step instanceof SentinelNodes n) {
				WorkupOrder order = new WorkupOrder(cancer.id(), cancer.patientId(), WorkupKind.SLNB, null, at);
				order.record(new WorkupResult.Slnb(n.examined(), n.positive(), null, false), "demo-derm", at);
				workup.add(order);
			}
			StageComputation now = stage(cancer, workup);
			MelanomaT after = t(now);
			if (!lowersTheThickest) {
				assertThat(after.compareTo(before)).as("%s after %s", after, step).isGreaterThanOrEqualTo(0);
			}
			before = after;
			assertEngineAgrees(cancer, workup, now);
		}
	}

	@Provide
	Arbitrary<BigDecimal> mm() {
		return Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("6.0")).ofScale(1);
	}

	/** What the rules engine (the same rules the batch and the API use) says for the combined evidence. */
	private static void assertEngineAgrees(CancerDiagnosis cancer, List<WorkupOrder> workup, StageComputation shown) {
		List<Evidence> active = cancer.active();
		Evidence thickest = thickest(cancer);
		boolean ulcerated = active.stream().anyMatch(e -> Boolean.TRUE.equals(e.ulceration()));
		String t = value("melanoma.t", Map.of("breslowMm", thickest.breslowMm(), "ulceration", ulcerated));
		assertThat(shown.pathologicalT()).isEqualTo("p" + t);
		int positive = workup.stream().mapToInt(WorkupOrder::nodesPositive).sum();
		String clinicalStage = value("melanoma.stage",
				Map.of("classification", "clinical", "t", t, "n", "N0", "m", "M0"));
		assertThat(shown.clinicalStage()).isEqualTo(clinicalStage);
		if (workup.isEmpty()) {
			return;
		}
		String n = value("melanoma.n", Map.of("occultNodes", positive, "clinicalNodes", 0, "itm", false));
		assertThat(shown.pathologicalN()).as("every involved node of every result counts").isEqualTo("p" + n);
		String pathological = value("melanoma.stage",
				Map.of("classification", "pathological", "t", t, "n", n, "m", "M0"));
		assertThat(shown.pathologicalStage()).isEqualTo(pathological);
	}

	private static Evidence thickest(CancerDiagnosis cancer) {
		return cancer.active().stream().max(Comparator.comparing(Evidence::breslowMm)).orElseThrow();
	}

	private static String value(String rule, Map<String, Object> input) {
		RuleOutcome outcome = ENGINE.evaluate(rule, input);
		assertThat(outcome).as(rule + " " + input).isInstanceOf(RuleOutcome.Success.class);
		return String.valueOf(((RuleOutcome.Success) outcome).value());
	}

	private static StageComputation stage(CancerDiagnosis cancer, List<WorkupOrder> workup) {
		return CALCULATOR.compute(cancer.kind(), cancer.tumour(), cancer.combined(), WorkupFacts.of(workup));
	}

	private static MelanomaT t(StageComputation c) {
		return MelanomaT.parse(c.pathologicalT().substring(1), "t");
	}
}
