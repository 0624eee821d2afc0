package org.cutis.patient.domain;

import org.cutis.patient.PatientDetails;

import java.time.LocalDate;

import org.cutis.patient.Sex;
import org.cutis.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PatientDetailsTests {
	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static PatientDetails details(String hangul, String latin, LocalDate birth, String phone) {
		return new PatientDetails(hangul, latin, Sex.FEMALE, birth, phone, null, "ko", null, null, null, null);
	}

	@Test
	void acceptsAHangulOnlyRegistration() {
		assertThatCode(() -> details("김민수", null, LocalDate.of(1958, 3, 14), "010-1234-5678").validate(TODAY))
			.doesNotThrowAnyException();
	}

	@Test
	void reportsEveryProblemAtOnce() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> details(null, null, TODAY.plusDays(1), "12").validate(TODAY));
		assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::field)
			.containsExactlyInAnyOrder("nameHangul", "birthDate", "phone");
	}

	@Test
	void birthDateTodayIsAllowedTomorrowIsNot() {
		assertThatCode(() -> details("김", null, TODAY, null).validate(TODAY)).doesNotThrowAnyException();
		assertThat(catchThrowableOfType(InvalidInput.class, () -> details("김", null, TODAY.plusDays(1), null)
			.validate(TODAY)).problems().get(0).messageKey()).isEqualTo("patient.birthDate.future");
	}

	@Test
	void hangulFieldRefusesLatinLetters() {
		assertThat(catchThrowableOfType(InvalidInput.class, () -> details("Kim", null, TODAY, null).validate(TODAY))
			.problems()
			.get(0)
			.field()).isEqualTo("nameHangul");
	}

	@Test
	void latinKeyIgnoresCaseSpacesAndPunctuation() {
		assertThat(details(null, "KIM Min-su", TODAY, null).latinKey()).isEqualTo("kimminsu");
	}

	@Test
	void snapshotRoundTripsForTheConflictPage() {
		PatientDetails d = details("김민수", "KIM Minsu", LocalDate.of(1958, 3, 14), "010-1234-5678");
		assertThat(PatientDetails.parseSnapshot(d.snapshot())).isEqualTo(d.asMap());
	}
}
