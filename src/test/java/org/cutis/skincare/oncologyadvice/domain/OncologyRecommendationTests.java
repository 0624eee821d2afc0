package org.cutis.skincare.oncologyadvice.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendation.AdverseEventState;
import org.cutis.skincare.oncologyadvice.domain.OncologyRecommendation.Addressee;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OncologyRecommendationTests {
	static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");
	static final Addressee ONC = new Addressee("demo-onc", Department.HEMATOLOGY_ONCOLOGY);
	static final Set<Department> HEMONC = Set.of(Department.HEMATOLOGY_ONCOLOGY);

	static AdverseEventState ae(int grade, boolean redFlag) {
		return new AdverseEventState(UUID.randomUUID(), UUID.randomUUID(), null, "Rash acneiform", grade,
				List.of("p1", "p2"), redFlag);
	}

	static OncologyRecommendation send(int grade, boolean redFlag) {
		return OncologyRecommendation.send(ae(grade, redFlag), "hold", "demo-onc", ONC, "hold until grade 2", "derm", NOW);
	}

	@Test
	void carriesTheGradeAndPhotosAsSentAndIsUrgentFromGrade3OrARedFlag() {
		OncologyRecommendation r = send(3, false);
		assertThat(r.grade()).isEqualTo(3);
		assertThat(r.photos()).containsExactly("p1", "p2");
		assertThat(r.action()).isEqualTo(RecommendedAction.HOLD);
		assertThat(r.department()).isEqualTo(Department.HEMATOLOGY_ONCOLOGY);
		assertThat(r.isOpen()).isTrue();
		assertThat(r.urgent()).isTrue();
		assertThat(send(2, false).urgent()).isFalse();
		assertThat(send(1, true).urgent()).isTrue();
	}

	@Test
	void anUnknownActionOrANonOncologistAreFieldErrorsNamingTheField() {
		assertThatThrownBy(() -> OncologyRecommendation.send(ae(2, false), "stop", "nurse-1", null, null, "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("action", "oncologist");
				assertThat(e.problems().get(0).args()).containsExactly(RecommendedAction.allowed());
				assertThat(e.problems().get(1).messageKey()).isEqualTo("skincare.advice.error.notOncologist");
			});
		assertThatThrownBy(() -> OncologyRecommendation.send(ae(2, false), null, " ", null, null, "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
				.extracting(InvalidInput.FieldProblem::messageKey)
				.containsExactly("error.field.required", "error.field.required"));
	}

	@Test
	void theAddressedOncologistAcknowledgesOnceWithWhatWasDone() {
		OncologyRecommendation r = send(3, false);
		r.acknowledge("held", null, "demo-onc", Role.ONCOLOGIST, HEMONC, NOW.plusSeconds(60));
		assertThat(r.isOpen()).isFalse();
		assertThat(r.outcome()).isEqualTo(Outcome.HELD);
		assertThat(r.acknowledgedBy()).isEqualTo("demo-onc");
		assertThatThrownBy(() -> r.acknowledge("continued", null, "demo-onc", Role.ONCOLOGIST, HEMONC, NOW))
			.isInstanceOfSatisfying(RefusedTransition.class,
					e -> assertThat(e.messageKey()).isEqualTo("skincare.advice.error.alreadyAcknowledged"));
	}

	@Test
	void anotherOncologistOfTheDepartmentMayAnswerButNotOneOfAnotherDepartment() {
		OncologyRecommendation r = send(3, false);
		assertThatThrownBy(() -> r.acknowledge("held", null, "rad-onc", Role.RADIATION_ONCOLOGIST,
				Set.of(Department.RADIATION_ONCOLOGY), NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).messageKey())
				.isEqualTo("skincare.advice.error.notYours"));
		assertThatThrownBy(() -> r.acknowledge("held", null, "nurse", Role.NURSE, HEMONC, NOW))
			.isInstanceOf(InvalidInput.class);
		r.acknowledge("reduced", null, "colleague", Role.ONCOLOGIST, HEMONC, NOW);
		assertThat(r.outcome()).isEqualTo(Outcome.REDUCED);
	}

	@Test
	void disagreeingNeedsAReasonAndAnUnknownOutcomeIsAFieldError() {
		OncologyRecommendation r = send(2, false);
		assertThatThrownBy(() -> r.acknowledge("disagreed", " ", "demo-onc", Role.ONCOLOGIST, HEMONC, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("reason"));
		assertThatThrownBy(() -> r.acknowledge("paused", null, "demo-onc", Role.ONCOLOGIST, HEMONC, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				assertThat(e.problems().get(0).field()).isEqualTo("outcome");
				assertThat(e.problems().get(0).args()).containsExactly(Outcome.allowed());
			});
		r.acknowledge("disagreed", "rash is improving on doxycycline", "demo-onc", Role.ONCOLOGIST, HEMONC, NOW);
		assertThat(r.reason()).isEqualTo("rash is improving on doxycycline");
	}

	@Test
	void onlyUrgentAdviceUnansweredForTheWholeWaitIsEscalatedAndOnlyOnce() {
		Duration day = Duration.ofHours(24);
		OncologyRecommendation urgent = send(3, false);
		assertThat(urgent.escalate(day, NOW.plus(Duration.ofHours(23)))).isFalse();
		assertThat(urgent.escalate(day, NOW.plus(day))).isTrue();
		assertThat(urgent.escalated()).isTrue();
		assertThat(urgent.escalate(day, NOW.plus(Duration.ofHours(30)))).isFalse();
		assertThat(send(2, false).escalate(day, NOW.plus(Duration.ofDays(3)))).isFalse();
		OncologyRecommendation answered = send(4, false);
		answered.acknowledge("held", null, "demo-onc", Role.ONCOLOGIST, HEMONC, NOW.plusSeconds(5));
		assertThat(answered.escalate(day, NOW.plus(Duration.ofDays(2)))).isFalse();
	}
}
