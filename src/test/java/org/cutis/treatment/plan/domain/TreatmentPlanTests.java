package org.cutis.treatment.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.cutis.identity.Department;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;
import org.cutis.treatment.TreatmentType;
import org.cutis.treatment.plan.domain.TreatmentPlan.Actor;
import org.cutis.treatment.plan.domain.TreatmentPlan.NewItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's transitions: who moves an item, which moves are allowed, when the plan is completed. */
class TreatmentPlanTests {
	static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
	static final LocalDate DAY = LocalDate.of(2026, 11, 30);
	static final Actor DERMATOLOGIST = new Actor("derm", EnumSet.of(Department.DERMATOLOGY), false);
	static final Actor ONCOLOGIST = new Actor("onc", EnumSet.of(Department.HEMATOLOGY_ONCOLOGY), false);
	static final Actor ADMIN = new Actor("admin", EnumSet.of(Department.ADMINISTRATION), true);

	TreatmentPlan plan() {
		return new TreatmentPlan(UUID.randomUUID(), UUID.randomUUID(), PlanIntent.CURATIVE, null,
				List.of(new NewItem(TreatmentType.WIDE_LOCAL_EXCISION, "1 cm", "derm", Department.DERMATOLOGY),
						new NewItem(TreatmentType.SYSTEMIC_THERAPY, "immunotherapy", null,
								Department.HEMATOLOGY_ONCOLOGY)),
				ItemSource.CLINICIAN, "derm", NOW);
	}

	UUID item(TreatmentPlan plan, int i) {
		return plan.items().get(i).id();
	}

	@Test
	void aPlanNeedsAnItem() {
		assertThatThrownBy(() -> new TreatmentPlan(UUID.randomUUID(), UUID.randomUUID(), PlanIntent.CURATIVE, null,
				List.of(), ItemSource.CLINICIAN, "derm", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("items"));
	}

	@Test
	void itemsStartPlannedAndThePlanCompletesWhenEveryItemIsDoneOrCancelled() {
		TreatmentPlan plan = plan();
		assertThat(plan.items()).extracting(PlanItem::status).containsOnly(ItemStatus.PLANNED);
		assertThat(plan.changeStatus(item(plan, 0), ItemStatus.IN_PROGRESS, null, DAY.minusDays(3), DERMATOLOGIST, NOW))
			.isFalse();
		assertThat(plan.changeStatus(item(plan, 0), ItemStatus.DONE, null, DAY.minusDays(1), DERMATOLOGIST, NOW))
			.isFalse();
		assertThat(plan.items().get(0).startedOn()).isEqualTo(DAY.minusDays(3));
		assertThat(plan.items().get(0).doneOn()).isEqualTo(DAY.minusDays(1));
		assertThat(plan.isCompleted()).isFalse();
		assertThat(plan.changeStatus(item(plan, 1), ItemStatus.CANCELLED, "patient declined", DAY, ONCOLOGIST, NOW))
			.isTrue();
		assertThat(plan.isCompleted()).isTrue();
		assertThat(plan.completedOn()).isEqualTo(DAY);
		assertThat(plan.items().get(1).cancelReason()).isEqualTo("patient declined");
		assertThat(plan.firstTreatmentOn()).contains(DAY.minusDays(3));
	}

	@Test
	void doneDirectlyFromPlannedStartsAndEndsThatDay() {
		TreatmentPlan plan = plan();
		plan.changeStatus(item(plan, 0), ItemStatus.DONE, null, DAY, DERMATOLOGIST, NOW);
		assertThat(plan.items().get(0).startedOn()).isEqualTo(DAY);
		assertThat(plan.items().get(0).doneOn()).isEqualTo(DAY);
	}

	@ParameterizedTest
	@CsvSource({ "DONE, IN_PROGRESS", "DONE, CANCELLED", "DONE, DONE", "CANCELLED, DONE", "IN_PROGRESS, IN_PROGRESS",
			"PLANNED, PLANNED" })
	void illegalMovesAreRefusedNamingTheStatus(ItemStatus from, ItemStatus to) {
		TreatmentPlan plan = plan();
		UUID id = item(plan, 0);
		if (from == ItemStatus.IN_PROGRESS || from == ItemStatus.DONE) {
			plan.changeStatus(id, ItemStatus.IN_PROGRESS, null, DAY, DERMATOLOGIST, NOW);
		}
		if (from == ItemStatus.DONE) {
			plan.changeStatus(id, ItemStatus.DONE, null, DAY, DERMATOLOGIST, NOW);
		}
		if (from == ItemStatus.CANCELLED) {
			plan.changeStatus(id, ItemStatus.CANCELLED, "wrong cancer", DAY, DERMATOLOGIST, NOW);
		}
		assertThatThrownBy(() -> plan.changeStatus(id, to, "why", DAY, DERMATOLOGIST, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("status"));
		assertThat(plan.items().get(0).status()).isEqualTo(from);
	}

	@Test
	void cancellingNeedsAReason() {
		TreatmentPlan plan = plan();
		for (String blank : new String[] { null, "", "  " }) {
			assertThatThrownBy(() -> plan.changeStatus(item(plan, 0), ItemStatus.CANCELLED, blank, DAY, DERMATOLOGIST, NOW))
				.isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.problems().get(0).field()).isEqualTo("reason"));
		}
		assertThat(plan.items().get(0).status()).isEqualTo(ItemStatus.PLANNED);
	}

	@Test
	void onlyTheItemsDepartmentOrAnAdministratorChangesIt() {
		TreatmentPlan plan = plan();
		assertThatThrownBy(() -> plan.changeStatus(item(plan, 1), ItemStatus.IN_PROGRESS, null, DAY, DERMATOLOGIST, NOW))
			.isInstanceOf(RefusedTransition.class)
			.hasMessage("treatment.item.otherDepartment");
		plan.changeStatus(item(plan, 1), ItemStatus.IN_PROGRESS, null, DAY, ONCOLOGIST, NOW);
		// nobody was named: whoever of the department starts it is responsible now
		assertThat(plan.items().get(1).responsible()).isEqualTo("onc");
		plan.changeStatus(item(plan, 0), ItemStatus.CANCELLED, "entered twice", DAY, ADMIN, NOW);
		assertThat(plan.items()).extracting(PlanItem::status).containsExactly(ItemStatus.CANCELLED, ItemStatus.IN_PROGRESS);
	}

	@Test
	void aRecordedTreatmentMovesTheOpenItemOfItsTypeOrIsAddedAsGiven() {
		TreatmentPlan plan = plan();
		plan.recordTreatment(TreatmentType.SYSTEMIC_THERAPY, DAY.minusDays(10), false, "onc", "/systemic-courses/1",
				Department.HEMATOLOGY_ONCOLOGY, NOW);
		assertThat(plan.items().get(1).status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(plan.items().get(1).startedOn()).isEqualTo(DAY.minusDays(10));
		assertThat(plan.items().get(1).link()).isEqualTo("/systemic-courses/1");
		plan.recordTreatment(TreatmentType.MOHS_SURGERY, DAY.minusDays(2), true, "derm", "/mohs-cases/1",
				Department.DERMATOLOGY, NOW);
		assertThat(plan.items()).hasSize(3);
		assertThat(plan.items().get(2).source()).isEqualTo(ItemSource.RECORDED);
		assertThat(plan.items().get(2).status()).isEqualTo(ItemStatus.DONE);
		plan.recordTreatment(TreatmentType.WIDE_LOCAL_EXCISION, DAY.minusDays(1), true, "derm", null,
				Department.DERMATOLOGY, NOW);
		assertThat(plan.recordTreatment(TreatmentType.SYSTEMIC_THERAPY, DAY, true, "onc", null,
				Department.HEMATOLOGY_ONCOLOGY, NOW)).isTrue();
		assertThat(plan.items().get(1).startedOn()).isEqualTo(DAY.minusDays(10));
		assertThat(plan.completedOn()).isEqualTo(DAY);
	}

	@Test
	void aReferralReopensACompletedPlan() {
		TreatmentPlan plan = plan();
		plan.changeStatus(item(plan, 0), ItemStatus.DONE, null, DAY, DERMATOLOGIST, NOW);
		plan.changeStatus(item(plan, 1), ItemStatus.DONE, null, DAY, ONCOLOGIST, NOW);
		assertThat(plan.isCompleted()).isTrue();
		PlanItem added = plan.add(new NewItem(TreatmentType.RECONSTRUCTION, null, null, Department.PLASTIC_SURGERY),
				ItemSource.REFERRAL, "mohs.referral.reason", "/mohs-cases/2");
		assertThat(plan.isCompleted()).isFalse();
		assertThat(added.reason()).isEqualTo("mohs.referral.reason");
		assertThat(added.responsible()).isNull();
	}

	@Test
	void observationIsNotAFirstTreatment() {
		TreatmentPlan plan = new TreatmentPlan(UUID.randomUUID(), UUID.randomUUID(), PlanIntent.PALLIATIVE, null,
				List.of(new NewItem(TreatmentType.OBSERVATION, null, null, Department.DERMATOLOGY)), ItemSource.BOARD,
				"derm", NOW);
		plan.changeStatus(item(plan, 0), ItemStatus.IN_PROGRESS, null, DAY, DERMATOLOGIST, NOW);
		assertThat(plan.firstTreatmentOn()).isEmpty();
	}
}
