package org.cutis.calculator;

import org.cutis.CutisApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The calculator module reaches other modules only as its package-info allows (rules, shared). */
class CalculatorModuleTests {
	@Test
	void respectsModuleBoundaries() {
		ApplicationModules modules = ApplicationModules.of(CutisApplication.class);
		assertThat(modules.getModuleByName("calculator")).isPresent();
		assertThat(modules.detectViolations().getMessages())
			.filteredOn(message -> message.contains("org.cutis.calculator"))
			.isEmpty();
	}
}
