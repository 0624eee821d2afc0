package org.cutis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.ENGINE;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public facade: contract rule names, error shape, number types, thread safety. */
class RuleEngineTests {

	@Test
	void exposesExactlyTheContractRuleNames() {
		assertThat(new RuleEngine().ruleNames()).containsExactlyInAnyOrder("melanoma.t", "melanoma.n", "melanoma.m",
				"melanoma.stage", "melanoma.margin", "melanoma.slnb", "cscc.t", "cscc.bwh", "cscc.n", "cscc.stage",
				"bcc.risk", "mohs.auc", "ctcae.grade", "followup.schedule", "melanoma.imaging",
				"oncoderm.advice", "oncoderm.prophylaxis");
	}

	@Test
	void anIndeterminateResultCarriesTheMissingFieldsAfterTheValue() {
		RuleOutcome.Success success = RuleFixtures.success("bcc.risk", "site=trunk; diameterCm=1.0");
		assertThat(success.result()).containsExactly(Map.entry("value", "indeterminate"),
				Map.entry("missing", List.of("borders", "subtype")));
		assertThat(success.value()).isEqualTo("indeterminate");
		assertThat(RuleFixtures.success("bcc.risk", "site=nose").result()).containsOnlyKeys("value");
	}

	@ParameterizedTest
	@ValueSource(strings = {"melanoma.x", "", "MELANOMA.T"})
	void unknownRuleNamesTheRuleField(String rule) {
		RuleOutcome outcome = ENGINE.evaluate(rule, Map.of());
		assertThat(outcome).isInstanceOfSatisfying(RuleOutcome.Failure.class, f -> {
			assertThat(f.field()).isEqualTo("rule");
			assertThat(f.message()).contains("melanoma.t");
		});
	}

	@Test
	void nullRuleAndNullInputAreHandled() {
		assertThat(ENGINE.evaluate(null, Map.of())).isInstanceOf(RuleOutcome.Failure.class);
		assertThat(ENGINE.evaluate("melanoma.t", null)).isInstanceOfSatisfying(RuleOutcome.Success.class,
				s -> assertThat(s.value()).isEqualTo("TX"));
	}

	@Test
	void everyNumberTypeAJsonParserProducesIsAccepted() {
		for (Object mm : List.of(2, 2L, 2.0d, 2.0f, new BigDecimal("2.0"), BigInteger.TWO)) {
			Map<String, Object> input = new HashMap<>();
			input.put("breslowMm", mm);
			assertThat(((RuleOutcome.Success) ENGINE.evaluate("melanoma.t", input)).value()).as("%s", mm.getClass()).isEqualTo("T2a");
		}
	}

	@Test
	void wrongTypeNamesTheFieldAndRangeErrorStatesTheRange() {
		RuleOutcome.Failure wrongType = RuleFixtures.failure("melanoma.t", Map.of("breslowMm", "0.75"));
		assertThat(wrongType.field()).isEqualTo("breslowMm");
		RuleOutcome.Failure outOfRange = RuleFixtures.failure("melanoma.t", Map.of("breslowMm", 250));
		assertThat(outOfRange.message()).isEqualTo("Breslow thickness must be between 0 and 100 mm");
		Map<String, Object> nan = new HashMap<>();
		nan.put("breslowMm", Double.NaN);
		assertThat(RuleFixtures.failure("melanoma.t", nan).field()).isEqualTo("breslowMm");
	}

	@Test
	void absentBooleansReadAsFalseAndNullAsAbsent() {
		Map<String, Object> input = new HashMap<>();
		input.put("breslowMm", new BigDecimal("0.5"));
		input.put("ulceration", null);
		assertThat(RuleFixtures.success("melanoma.t", input).value()).isEqualTo("T1a");
	}

	@Test
	void fieldsTheRuleDoesNotReadAreReportedSoATypoIsVisible() {
		RuleOutcome.Success typo = RuleFixtures.success("melanoma.t", "breslowmm=0.75; mitoticRate=3");
		assertThat(typo.value()).isEqualTo("TX");
		assertThat(typo.explanation()).last().asString().contains("not used").contains("breslowmm").contains("mitoticRate");
		assertThat(RuleFixtures.success("melanoma.t", "breslowMm=0.75").explanation())
				.noneSatisfy(line -> assertThat(line).contains("not used"));
	}

	@Test
	void successCarriesRuleSetSourceAndAnImmutableResult() {
		RuleOutcome.Success success = RuleFixtures.success("melanoma.stage", "classification=clinical; t=T1a; n=N0; m=M0");
		assertThat(success.ruleSet()).isEqualTo("AJCC-8");
		assertThat(success.source()).contains("AJCC").contains("8th edition");
		assertThat(success.isSuccess()).isTrue();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> success.result().put("value", "IV"))
				.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void oneEngineServesManyThreadsWithIdenticalAnswers() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Object>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 200; i++) {
				String t = i % 2 == 0 ? "T4b" : "T1a";
				answers.add(pool.submit(() -> ((RuleOutcome.Success) ENGINE.evaluate("melanoma.stage",
						RuleFixtures.input("classification=pathological; t=" + t + "; n=N3a; m=M0"))).value()));
			}
			for (int i = 0; i < answers.size(); i++) {
				assertThat(answers.get(i).get()).isEqualTo(i % 2 == 0 ? "IIID" : "IIIC");
			}
		} finally {
			pool.shutdown();
		}
	}
}
