package org.cutis.surveillance.plan.domain;

import java.util.EnumMap;
import java.util.Map;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.Finding;
import org.cutis.rules.common.InvalidInputException;
import org.cutis.rules.followup.CsccExtent;
import org.cutis.rules.followup.FollowUpSchedule;
import org.cutis.rules.followup.Guideline;
import org.cutis.rules.followup.KeratinocyteFollowUpPolicy;
import org.cutis.rules.followup.MelanomaFollowUpPolicy;
import org.cutis.rules.melanoma.MelanomaStage;

/**
 * The rules' {@code followup.schedule} for a plan: one guideline, or all three side by side (a
 * guideline whose reference table has no row for the diagnosis or stage says so instead).
 * Intervals come only from the rules.
 */
public final class Schedules {
	private static final MelanomaFollowUpPolicy MELANOMA = new MelanomaFollowUpPolicy();
	private static final KeratinocyteFollowUpPolicy KERATINOCYTE = new KeratinocyteFollowUpPolicy();

	private Schedules() {
	}

	/** One guideline's schedule, or its refusal for this diagnosis/stage. */
	public record Option(Guideline guideline, Finding<FollowUpSchedule> finding, Explanation refusal) {
		public boolean available() {
			return finding != null;
		}
	}

	/**
	 * @throws InvalidInputException when the guideline holds no schedule for the diagnosis or stage
	 * @throws IllegalStateException when the basis is indeterminate (no stage chosen yet)
	 */
	public static Finding<FollowUpSchedule> of(Guideline guideline, ScheduleBasis basis) {
		if (basis.indeterminate()) {
			throw new IllegalStateException("the stage is indeterminate: the clinician chooses it first");
		}
		return switch (basis.diagnosis()) {
			case MELANOMA -> MELANOMA.schedule(guideline, MelanomaStage.fromCode(basis.stage()));
			case BCC -> KERATINOCYTE.bcc(guideline);
			case CSCC -> KERATINOCYTE.cscc(guideline,
					ScheduleBasis.REGIONAL.equals(basis.stage()) ? CsccExtent.REGIONAL : CsccExtent.LOCAL);
		};
	}

	/** NCCN, CCA and SIGN side by side; empty when the stage is indeterminate. */
	public static Map<Guideline, Option> sideBySide(ScheduleBasis basis) {
		Map<Guideline, Option> all = new EnumMap<>(Guideline.class);
		if (basis.indeterminate()) {
			return all;
		}
		for (Guideline g : Guideline.values()) {
			all.put(g, option(g, basis));
		}
		return all;
	}

	public static Option option(Guideline guideline, ScheduleBasis basis) {
		try {
			return new Option(guideline, of(guideline, basis), null);
		}
		catch (InvalidInputException refused) {
			return new Option(guideline, null, refused.problem());
		}
	}

	/** The guideline a proposal records, and the note why when it is not the one asked for. */
	public record Proposed(Guideline guideline, Explanation fallbackNote) {
	}

	/**
	 * The center's guideline when it holds a schedule for the basis, else NCCN with a note saying
	 * why (NCCN has every diagnosis and stage); an indeterminate basis keeps the guideline asked.
	 */
	public static Proposed propose(Guideline asked, ScheduleBasis basis) {
		if (!basis.indeterminate() && asked != Guideline.NCCN) {
			Option option = option(asked, basis);
			if (!option.available()) {
				return new Proposed(Guideline.NCCN,
						Explanation.of("surveillance.note.guidelineFallback", asked.code(), option.refusal()));
			}
		}
		return new Proposed(asked, null);
	}
}
