package org.cutis.demo;

import java.util.Random;
import java.util.Set;

import org.cutis.clinical.Diagnosis;
import org.cutis.patient.Sex;
import org.cutis.referral.ReferralDetails;
import org.cutis.referral.ReferralReason;
import org.cutis.referral.SourceKind;
import org.cutis.referral.Urgency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10: the demonstration center's referrals and names make sense to a Korean clinician. */
class DemoDataTests {

	@Test
	void theMelanomaFastTrackIsForSuspectedMelanomaOnlyAndChemotherapyRashesComeFromTheOncologist() {
		Random random = new Random(1);
		for (int i = 0; i < 2000; i++) {
			ReferralDetails referral = DemoReferrals.of(null, random);
			referral.validate();
			if (referral.urgency() == Urgency.SUSPECTED_MELANOMA_FAST_TRACK) {
				assertThat(referral.reason()).isEqualTo(ReferralReason.SUSPECTED_SKIN_CANCER);
				assertThat(referral.note()).contains("mole");
			}
			if (referral.reason() == ReferralReason.SKIN_PROBLEM_DURING_CANCER_TREATMENT) {
				assertThat(referral.urgency()).isNotEqualTo(Urgency.SUSPECTED_MELANOMA_FAST_TRACK);
				assertThat(referral.sourceKind()).isEqualTo(SourceKind.INTERNAL);
				assertThat(referral.sourceDepartment()).isEqualTo("hematology-oncology");
				assertThat(referral.drugs()).isNotEmpty().allMatch(d -> !d.freeEntry());
				assertThat(referral.oncologist()).isEqualTo("demo-onc");
			}
			if (referral.reason() == ReferralReason.PRECANCEROUS_LESION
					|| referral.reason() == ReferralReason.FOLLOW_UP_AFTER_TREATMENT_ELSEWHERE) {
				assertThat(referral.urgency()).isEqualTo(Urgency.ROUTINE);
			}
		}
	}

	@Test
	void patientsWithALesionInTheDemoAreReferredForThatLesion() {
		Random random = new Random(2);
		for (DemoLoop.Story story : DemoLoop.STORIES) {
			ReferralDetails referral = DemoReferrals.of(story.impression(), random);
			boolean melanoma = story.impression() == Diagnosis.MELANOMA;
			assertThat(referral.urgency() == Urgency.SUSPECTED_MELANOMA_FAST_TRACK).isEqualTo(melanoma);
			if (story.impression() == Diagnosis.ACTINIC_KERATOSIS || story.impression() == Diagnosis.BOWEN_DISEASE) {
				assertThat(referral.reason()).isEqualTo(ReferralReason.PRECANCEROUS_LESION);
			}
		}
	}

	@Test
	void namesMatchTheRecordedSex() {
		Set<String> women = Set.of("서연", "지현", "민지", "수진", "은영", "하은", "예진", "지우", "수빈", "영희", "미숙", "정숙", "혜진",
				"윤희", "소영", "경희");
		Random random = new Random(3);
		for (int i = 0; i < 500; i++) {
			String woman = DemoNames.korean(random, Sex.FEMALE)[0];
			String man = DemoNames.korean(random, Sex.MALE)[0];
			assertThat(women).contains(woman.substring(1));
			assertThat(women).doesNotContain(man.substring(1));
		}
	}
}
