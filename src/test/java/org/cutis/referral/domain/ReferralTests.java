package org.cutis.referral.domain;

import org.cutis.referral.ReferralDetails;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cutis.referral.DrugChoice;
import org.cutis.referral.OutsideOncologist;
import org.cutis.referral.RedFlag;
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

	static ReferralDetails details(ReferralReason reason, Urgency urgency, Set<RedFlag> redFlags) {
		return new ReferralDetails(SourceKind.EXTERNAL, null, "연세피부과의원", "Dr Kim", reason, List.of(), null, null,
				redFlags, urgency, null);
	}

	static ReferralDetails details(ReferralReason reason) {
		return details(reason, Urgency.ROUTINE, Set.of());
	}

	Referral referral() {
		return new Referral(UUID.randomUUID(), details(ReferralReason.SUSPECTED_SKIN_CANCER), List.of(), "nurse", NOW);
	}

	@Test
	void aSkinProblemDuringCancerTreatmentNamesTheDrugsAndTheOncologist() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> new Referral(UUID.randomUUID(),
				details(ReferralReason.SKIN_PROBLEM_DURING_CANCER_TREATMENT), List.of(), "nurse", NOW));
		assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::field)
			.containsExactlyInAnyOrder("drugs", "oncologist");
	}

	@Test
	void anOutsideOncologistNeedsNameAndHospitalAndNotAlsoAStaffOncologist() {
		ReferralDetails details = new ReferralDetails(SourceKind.EXTERNAL, null, "연세피부과의원", null,
				ReferralReason.SKIN_PROBLEM_DURING_CANCER_TREATMENT, List.of(new DrugChoice("cetuximab", false)),
				"demo-onc", new OutsideOncologist("김종양", null), Set.of(), Urgency.ROUTINE, null);
		assertThat(catchThrowableOfType(InvalidInput.class, details::validate).problems())
			.extracting(InvalidInput.FieldProblem::field)
			.containsExactlyInAnyOrder("oncologist", "outsideOncologist.hospital");
	}

	@ParameterizedTest
	@CsvSource({ "ROUTINE, URGENT, ROUTINE", "URGENT, URGENT, ", "SUSPECTED_MELANOMA_FAST_TRACK, SUSPECTED_MELANOMA_FAST_TRACK, " })
	void aRedFlagMakesAReferralAtLeastUrgentAndKeepsWhatTheReferrerChose(Urgency chosen, Urgency saved,
			Urgency raisedFrom) {
		Referral referral = new Referral(UUID.randomUUID(),
				details(ReferralReason.SUSPECTED_SKIN_CANCER, chosen, Set.of(RedFlag.FEVER)), List.of(), "nurse", NOW);
		assertThat(referral.urgency()).isEqualTo(saved);
		assertThat(referral.requestedUrgency()).isEqualTo(raisedFrom);
		assertThat(referral.scarWarning()).isTrue();
		Referral plain = new Referral(UUID.randomUUID(), details(ReferralReason.SUSPECTED_SKIN_CANCER, chosen, Set.of()),
				List.of(), "nurse", NOW);
		assertThat(plain.urgency()).isEqualTo(chosen);
		assertThat(plain.scarWarning()).isFalse();
	}

	@Test
	void anUnknownRedFlagIsAFieldErrorNamingTheAllowedCodes() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> RedFlag.parse(List.of("fever", "itch"), "redFlags"));
		assertThat(invalid.problems().get(0).field()).isEqualTo("redFlags");
		assertThat(invalid.problems().get(0).args()).containsExactly("itch", RedFlag.allowed());
		assertThat(RedFlag.parse(List.of("skin-detachment", "MUCOSAL_INVOLVEMENT"), "redFlags"))
			.containsExactly(RedFlag.MUCOSAL_INVOLVEMENT, RedFlag.SKIN_DETACHMENT);
	}

	@Test
	void anInternalReferralNamesAKnownDepartment() {
		ReferralDetails unknown = ReferralDetails.of(SourceKind.INTERNAL, "astrology", null, null,
				ReferralReason.PRECANCEROUS_LESION, Urgency.URGENT, null);
		assertThat(catchThrowableOfType(InvalidInput.class, () -> new Referral(UUID.randomUUID(), unknown, List.of(), "n", NOW))
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
