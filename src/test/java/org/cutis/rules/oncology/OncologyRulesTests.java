package org.cutis.rules.oncology;

import java.math.BigDecimal;

import org.cutis.rules.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mosteller's body surface area and the radiotherapy dose arithmetic. */
class OncologyRulesTests {

	/**
	 * Values as printed by dosing references using Mosteller's formula (√(cm × kg / 3600)); the
	 * 180 cm, 80 kg adult is the textbook 2.00 m², and 170 cm, 70 kg the usual 1.82 m².
	 */
	@ParameterizedTest
	@CsvSource({ "180, 80, 2.00", "170, 70, 1.82", "160, 50, 1.49", "175, 75, 1.91", "150, 45, 1.37",
			"190, 100, 2.30", "165.5, 62.3, 1.69", "100, 16, 0.67", "40, 0.5, 0.07", "250, 350, 4.93" })
	void mostellerBodySurfaceArea(String heightCm, String weightKg, String expected) {
		assertThat(MostellerBodySurfaceArea.bsaM2(new BigDecimal(heightCm), new BigDecimal(weightKg)))
			.isEqualByComparingTo(expected)
			.satisfies(bsa -> assertThat(bsa.scale()).isEqualTo(2));
	}

	@Test
	void aHeightOf3mOrAWeightOf0IsRefusedNamingTheField() {
		assertThatThrownBy(() -> MostellerBodySurfaceArea.bsaM2(new BigDecimal("300"), new BigDecimal("70")))
			.isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("heightCm");
		assertThatThrownBy(() -> MostellerBodySurfaceArea.bsaM2(new BigDecimal("170"), BigDecimal.ZERO))
			.isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("weightKg");
		assertThat(MostellerBodySurfaceArea.heightInRange(new BigDecimal("39.9"))).isFalse();
		assertThat(MostellerBodySurfaceArea.heightInRange(new BigDecimal("250"))).isTrue();
		assertThat(MostellerBodySurfaceArea.weightInRange(new BigDecimal("350.1"))).isFalse();
		assertThat(MostellerBodySurfaceArea.SOURCE).contains("Mosteller", "N Engl J Med 1987");
	}

	@ParameterizedTest
	@CsvSource({ "50, 20, 2.5, true", "50, 20, 2.0, false", "60, 30, 2, true", "50, 3, 16.67, true",
			"50, 3, 16.66, true", "50, 3, 16.65, false", "20, 3, 6.67, true", "30, 10, 30, false", "66, 33, 2.01, true",
			"66, 33, 2.02, false", "24, 1, 24, true" })
	void dosePerFractionIsTotalOverFractionsWithinAHundredthOfAGray(String total, int fractions, String perFraction,
			boolean consistent) {
		assertThat(FractionationCheck.consistent(new BigDecimal(total), fractions, new BigDecimal(perFraction)))
			.isEqualTo(consistent);
	}

	@Test
	void expectedDosePerFractionToTwoDecimals() {
		assertThat(FractionationCheck.expectedDosePerFraction(new BigDecimal("50"), 3)).isEqualByComparingTo("16.67");
		assertThat(FractionationCheck.expectedDosePerFraction(new BigDecimal("45"), 15)).isEqualByComparingTo("3.00");
	}
}
