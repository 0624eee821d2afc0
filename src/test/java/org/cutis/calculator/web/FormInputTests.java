package org.cutis.calculator.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class FormInputTests {
	static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	@Test
	void emptyControlsAreNotRecordedAndTextBecomesTyped() {
		Calculator t = Calculators.byRule("melanoma.t").orElseThrow();
		FormInput input = FormInput.read(t,
				form("primaryFound", "false", "inSitu", "", "breslowMm", " 0.85 ", "ulceration", "true"));
		assertThat(input.problems()).isEmpty();
		assertThat(input.input()).containsExactly(Map.entry("primaryFound", false),
				Map.entry("breslowMm", new BigDecimal("0.85")), Map.entry("ulceration", true));
	}

	@Test
	void textThatIsNoNumberIsAProblemOfTheForm() {
		Calculator t = Calculators.byRule("melanoma.t").orElseThrow();
		FormInput input = FormInput.read(t, form("breslowMm", "1,2.3"));
		assertThat(input.problems()).containsEntry("breslowMm", "rules.error.notANumber");
	}

	@Test
	void listsAndNodeRowsKeepTheirRows() {
		Calculator m = Calculators.byRule("melanoma.m").orElseThrow();
		assertThat(FormInput.read(m, form("sites", "lung", "sites", "brain")).input()).containsEntry("sites",
				List.of("lung", "brain"));
		Calculator n = Calculators.byRule("cscc.n").orElseThrow();
		FormInput nodes = FormInput.read(n, form("classification", "clinical", "nodes[0].side", "", "nodes[2].side",
				"contralateral", "nodes[2].sizeCm", "3.5", "nodes[2].ene", "true"));
		assertThat(nodes.input().get("nodes")).isEqualTo(
				List.of(Map.of("side", "contralateral", "sizeCm", new BigDecimal("3.5"), "ene", true)));
		assertThat(nodes.formField("nodes[0].sizeCm")).isEqualTo("nodes[2].sizeCm");
		assertThat(nodes.formField("classification")).isEqualTo("classification");
	}

	@Test
	void fragmentNamesFollowTheRule() {
		assertThat(Calculators.byRule("followup.schedule").orElseThrow().fragment()).isEqualTo("followupSchedule");
		assertThat(Calculators.byRule("melanoma.t").orElseThrow().id()).isEqualTo("melanoma-t");
		assertThat(Calculators.all()).hasSize(16);
	}
}
