package org.cutis.patient;

import org.cutis.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MrnTests {

	@ParameterizedTest
	// check digits worked by hand: 1000001 -> 2+0+0+0+0+0+2 = 4 -> 6
	@CsvSource({ "1000001, 10000016", "1000002, 10000024", "1234567, 12345674", "0000000, 00000000" })
	void appendsTheLuhnCheckDigit(long sequence, String expected) {
		assertThat(Mrn.fromSequence(sequence).value()).isEqualTo(expected);
	}

	@Test
	void agreesWithThePublishedLuhnExample() {
		// ISO/IEC 7812 worked example: 7992739871 has check digit 3
		assertThat(Mrn.checkDigit("7992739871")).isEqualTo(3);
	}

	@Test
	void refusesASingleMistypedDigit() {
		String good = Mrn.fromSequence(1000123).value();
		for (int position = 0; position < 8; position++) {
			char[] digits = good.toCharArray();
			digits[position] = (char) ('0' + (digits[position] - '0' + 1) % 10);
			String typo = new String(digits);
			assertThatThrownBy(() -> new Mrn(typo)).isInstanceOf(InvalidInput.class)
				.satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("mrn"));
		}
	}

	@Test
	void refusesTwoSwappedNeighbours() {
		assertThatThrownBy(() -> new Mrn("12345647")).isInstanceOf(InvalidInput.class);
	}

	@Test
	void refusesWrongLength() {
		assertThatThrownBy(() -> new Mrn("1234567")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> new Mrn("abcdefgh")).isInstanceOf(InvalidInput.class);
	}
}
