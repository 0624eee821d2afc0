package org.cutis.treatment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.cutis.treatment.plan.domain.FirstTreatment;
import org.cutis.treatment.plan.domain.TreatmentPlan;
import org.cutis.treatment.plan.domain.TreatmentPlans;
import org.cutis.tumorboard.FirstTreatments;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other modules (the tumor board's metrics, follow-up): the day a cancer's first treatment
 * began, from its plans' items and from every module that records treatments
 * ({@link TreatmentContributor}), whichever is earlier. Does not audit (no patient data leaves).
 */
@Component
@Transactional(readOnly = true)
public class FirstTreatmentDates implements FirstTreatments {
	private final TreatmentPlans plans;
	private final ObjectProvider<TreatmentContributor> contributors;

	FirstTreatmentDates(TreatmentPlans plans, ObjectProvider<TreatmentContributor> contributors) {
		this.plans = plans;
		this.contributors = contributors;
	}

	@Override
	public Optional<LocalDate> firstTreatmentOf(UUID cancerId) {
		Stream<LocalDate> planned = plans.findByCancerIdOrderByCreatedAtDesc(cancerId)
			.stream()
			.map(TreatmentPlan::firstTreatmentOn)
			.flatMap(Optional::stream);
		Stream<LocalDate> recorded = contributors.orderedStream()
			.flatMap(c -> c.treatmentsOf(cancerId).stream())
			.filter(e -> e.type() == null || FirstTreatment.counts(e.type()))
			.map(TreatmentEntry::startedOn)
			.filter(Objects::nonNull);
		return Stream.concat(planned, recorded).min(LocalDate::compareTo);
	}
}
