package org.cutis.patient;

import java.time.LocalDate;

import org.cutis.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RrnTests {

	@ParameterizedTest(name = "{0}: born {1}, {2}, foreigner {3}")
	@CsvSource({ "900101-1234568, 1990-01-01, MALE, false", "9001012234568, 1990-01-01, FEMALE, false",
			"050229-3000000, 2005-02-28, MALE, false", "040229-4000000, 2004-02-29, FEMALE, false",
			"850315-5123456, 1985-03-15, MALE, true", "100707-8123456, 2010-07-07, FEMALE, true",
			"991231-9000000, 1899-12-31, MALE, false", "991231-0000000, 1899-12-31, FEMALE, false" })
	void readsTheCenturySexAndNationalityFromTheSeventhDigit(String text, LocalDate birth, Sex sex, boolean foreigner) {
		if (text.startsWith("050229")) {
			// 2005 is not a leap year: not a date
			assertThatThrownBy(() -> Rrn.parse(text)).isInstanceOf(InvalidInput.class)
				.satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).messageKey()).isEqualTo("patient.rrn.date"));
			return;
		}
		Rrn rrn = Rrn.parse(text);
		assertThat(rrn.birthDate()).isEqualTo(birth);
		assertThat(rrn.sex()).isEqualTo(sex);
		assertThat(rrn.foreigner()).isEqualTo(foreigner);
		assertThat(rrn.masked()).isEqualTo(text.substring(0, 6) + "-" + text.replace("-", "").charAt(6) + "******");
	}

	@ParameterizedTest
	@CsvSource({ "12345, patient.rrn.format", "900101-123456, patient.rrn.format", "90010112345678, patient.rrn.format",
			"9001O1-1234567, patient.rrn.format", "900101--1234567, patient.rrn.format",
			"901301-1234567, patient.rrn.date", "900132-2234567, patient.rrn.date" })
	void refusesWhatCannotBeANumberNamingTheField(String text, String key) {
		assertThatThrownBy(() -> Rrn.parse(text)).isInstanceOfSatisfying(InvalidInput.class, e -> {
			assertThat(e.problems().get(0).field()).isEqualTo("rrn");
			assertThat(e.problems().get(0).messageKey()).isEqualTo(key);
		});
	}

	@Test
	void aNumberWhoseCheckDigitDoesNotHoldIsStillValidBecauseNumbersSinceOctober2020HaveNone() {
		Rrn checked = Rrn.of(LocalDate.of(1990, 1, 1), Sex.MALE, false, 12345);
		assertThat(checked.checkDigitHolds()).isTrue();
		String other = checked.digits().substring(0, 12) + ((checked.digits().charAt(12) - '0' + 1) % 10);
		Rrn unchecked = Rrn.parse(other);
		assertThat(unchecked.checkDigitHolds()).isFalse();
		assertThat(unchecked.problemsWith(LocalDate.of(1990, 1, 1), Sex.MALE)).isEmpty();
	}

	@Test
	void theBirthDateAndSexMustBeThoseOfTheDigits() {
		Rrn rrn = Rrn.parse("900101-2123456");
		assertThat(rrn.problemsWith(LocalDate.of(1990, 1, 1), Sex.FEMALE)).isEmpty();
		assertThat(rrn.problemsWith(LocalDate.of(2090, 1, 1), Sex.FEMALE)).extracting(p -> p.messageKey())
			.containsExactly("patient.rrn.birthDateMismatch");
		assertThat(rrn.problemsWith(LocalDate.of(1990, 1, 1), Sex.MALE)).extracting(p -> p.messageKey())
			.containsExactly("patient.rrn.sexMismatch");
		assertThat(rrn.problemsWith(LocalDate.of(1990, 1, 1), Sex.UNKNOWN)).isEmpty();
	}

	@Test
	void syntheticNumbersFitTheirBirthDateAndSex() {
		for (Sex sex : new Sex[] { Sex.MALE, Sex.FEMALE }) {
			for (LocalDate birth : new LocalDate[] { LocalDate.of(1938, 5, 2), LocalDate.of(2003, 11, 30) }) {
				for (boolean foreigner : new boolean[] { false, true }) {
					Rrn rrn = Rrn.of(birth, sex, foreigner, 4242);
					assertThat(rrn.problemsWith(birth, sex)).isEmpty();
					assertThat(rrn.foreigner()).isEqualTo(foreigner);
				}
			}
		}
	}

	@Test
	void toStringNeverShowsTheDigits() {
		assertThat(Rrn.parse("9001011234568")).hasToString("900101-1******");
	}
}
