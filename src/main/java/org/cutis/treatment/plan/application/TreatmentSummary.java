package org.cutis.treatment.plan.application;

import java.util.List;

import org.cutis.staging.CancerSummary;
import org.cutis.treatment.TreatmentCompleted.Responsible;
import org.cutis.treatment.TreatmentEntry;
import org.cutis.treatment.plan.domain.TreatmentPlan;

/**
 * The treatment summary of a completed plan: the diagnosis with its codes and stage, the plan's
 * items (what, who, when, or why not), the treatments the treating modules recorded (with their
 * margins, stages, cycles, doses and complications), who treated, and the timings.
 */
public record TreatmentSummary(TreatmentPlan plan, CancerSummary cancer, List<TreatmentEntry> recorded,
		List<Responsible> responsible, Timings timings) {
}
