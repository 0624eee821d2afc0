package org.cutis.patient;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpecialCopayTests {
	@Test
	void expiresFiveYearsAfterItsRegistrationDate() {
		SpecialCopay copay = new SpecialCopay("2024-123", LocalDate.of(2024, 2, 29));
		assertThat(copay.expiresOn()).isEqualTo(LocalDate.of(2029, 2, 28));
		assertThat(copay.expiredOn(LocalDate.of(2029, 2, 27))).isFalse();
		assertThat(copay.expiredOn(LocalDate.of(2029, 2, 28))).isTrue();
	}

	@Test
	void aNumberNeedsItsDateAndNoDateInTheFuture() {
		LocalDate today = LocalDate.of(2026, 1, 1);
		assertThat(new SpecialCopay("123", null).problems("specialCopay", today)).extracting(p -> p.field())
			.containsExactly("specialCopay.registeredOn");
		assertThat(new SpecialCopay(null, today).problems("specialCopay", today)).extracting(p -> p.field())
			.containsExactly("specialCopay.number");
		assertThat(new SpecialCopay("1", today.plusDays(1)).problems("specialCopay", today)).hasSize(1);
		assertThat(SpecialCopay.NONE.problems("specialCopay", today)).isEmpty();
	}

	@Test
	void onlyMedicalAidHasAGradeAndItIsOneOrTwo() {
		assertThat(new Insurance(InsuranceType.MEDICAL_AID, null).problems("insurance")).hasSize(1);
		assertThat(new Insurance(InsuranceType.MEDICAL_AID, 3).problems("insurance")).hasSize(1);
		assertThat(new Insurance(InsuranceType.MEDICAL_AID, 2).problems("insurance")).isEmpty();
		assertThat(new Insurance(InsuranceType.SELF_PAY, 1).problems("insurance")).extracting(p -> p.field())
			.containsExactly("insurance.grade");
		assertThat(InsuranceType.fromCode("industrial-accident")).isEqualTo(InsuranceType.INDUSTRIAL_ACCIDENT);
	}
}
