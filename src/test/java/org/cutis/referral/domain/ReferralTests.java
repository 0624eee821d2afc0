package org.cutis.referral.domain;

import org.cutis.referral.ReferralDetails;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cutis.referral.ReferralReason;
import org.cutis.referral.Urgency;
import org.cutis.referral.SourceKind;
import org.cutis.referral.domain.TriageTargets.Flag;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReferralTests {
	static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static ReferralDetails details(ReferralReason reason, String drugs, String oncologist) {
		return new ReferralDetails(SourceKind.EXTERNAL, null, "연세피부과의원", "Dr Kim", reason, drugs, oncologist,
				Urgency.ROUTINE, null);
	}

	Referral referral() {
		return new Referral(UUID.randomUUID(), details(ReferralReason.SUSPECTED_SKIN_CANCER, null, null), "nurse", NOW);
	}

	@Test
	void aSkinProblemDuringCancerTreatmentNamesTheDrugsAndTheOncologist() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> new Referral(UUID.randomUUID(),
				details(ReferralReason.SKIN_PROBLEM_DURING_CANCER_TREATMENT, null, null), "nurse", NOW));
		assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::field)
			.containsExactlyInAnyOrder("cancerDrugs", "treatingOncologist");
	}

	@Test
	void anInternalReferralNamesAKnownDepartment() {
		ReferralDetails unknown = new ReferralDetails(SourceKind.INTERNAL, "astrology", null, null,
				ReferralReason.PRECANCEROUS_LESION, null, null, Urgency.URGENT, null);
		assertThat(catchThrowableOfType(InvalidInput.class, () -> new Referral(UUID.randomUUID(), unknown, "n", NOW))
			.problems()
			.get(0)
			.messageKey()).isEqualTo("referral.department.unknown");
	}

	@Test
	void acceptedOnceThenNoOtherDecision() {
		Referral referral = referral();
		referral.accept("demo-derm", TODAY.plusDays(3), "nurse", NOW, TODAY);
		assertThat(referral.status()).isEqualTo(Referral.Status.ACCEPTED);
		assertThatThrownBy(() -> referral.decline("changed mind", "nurse", NOW))
			.isInstanceOf(RefusedTransition.class);
		assertThatThrownBy(() -> referral.accept("demo-derm", TODAY, "nurse", NOW, TODAY))
			.isInstanceOf(RefusedTransition.class);
	}

	@Test
	void declineNeedsAReason() {
		Referral referral = referral();
		assertThatThrownBy(() -> referral.decline("  ", "nurse", NOW)).isInstanceOf(InvalidInput.class);
		assertThat(referral.isOpen()).isTrue();
	}

	@Test
	void anAppointmentCannotLieInThePast() {
		assertThat(catchThrowableOfType(InvalidInput.class,
				() -> referral().accept("demo-derm", TODAY.minusDays(1), "nurse", NOW, TODAY))
			.problems()
			.get(0)
			.field()).isEqualTo("appointmentDate");
	}

	@Test
	void escalatesOnlyOpenReferralsAndOnlyOnce() {
		Referral referral = referral();
		assertThat(referral.escalate(NOW)).isTrue();
		assertThat(referral.escalate(NOW)).isFalse();
		Referral decided = referral();
		decided.decline("seen elsewhere", "nurse", NOW);
		assertThat(decided.escalate(NOW)).isFalse();
	}

	static final TriageTargets TARGETS = new TriageTargets(Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(1),
			Duration.ofDays(2));

	@ParameterizedTest
	@CsvSource({ "ROUTINE, 71, NONE", "ROUTINE, 72, AMBER", "ROUTINE, 167, AMBER", "ROUTINE, 168, RED",
			"SUSPECTED_MELANOMA_FAST_TRACK, 23, NONE", "SUSPECTED_MELANOMA_FAST_TRACK, 24, AMBER",
			"SUSPECTED_MELANOMA_FAST_TRACK, 48, RED", "URGENT, 48, RED" })
	void theAgeFlagTurnsAmberThenRedAtTheConfiguredTargets(Urgency urgency, int hours, Flag flag) {
		assertThat(TARGETS.flag(urgency, NOW.minus(Duration.ofHours(hours)), NOW)).isEqualTo(flag);
	}
}
