package org.cutis.rules.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.success;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cutis.rules.RuleOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Surveillance schedules (reference 5.1 melanoma NCCN/CCA/SIGN, 5.2 keratinocyte cancers).
 * Periods are written "from-to:min-max" with "-" as the open end, e.g. "0-5:6-12 5-:12-12".
 */
class FollowUpScheduleTests {

	@SuppressWarnings("unchecked")
	private static String periods(RuleOutcome.Success result) {
		List<String> written = new ArrayList<>();
		for (Map<String, Object> p : (List<Map<String, Object>>) result.result().get("periods")) {
			written.add(p.get("fromYear") + "-" + (p.get("toYear") == null ? "" : p.get("toYear")) + ":" + p.get("minMonths") + "-" + p.get("maxMonths"));
		}
		return String.join(" ", written);
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# NCCN melanoma (default guideline)
			melanoma | 0    | NCCN | 0-:12-12
			melanoma | IA   | NCCN | 0-5:6-12 5-:12-12
			melanoma | IB   | ''   | 0-5:6-12 5-:12-12
			melanoma | IIA  | NCCN | 0-5:6-12 5-:12-12
			melanoma | IIB  | NCCN | 0-2:3-6 2-5:3-12 5-:12-12
			melanoma | IIC  | NCCN | 0-2:3-6 2-5:3-12 5-:12-12
			melanoma | III  | NCCN | 0-2:3-6 2-5:3-12 5-:12-12
			melanoma | IIIA | NCCN | 0-2:3-6 2-5:3-12 5-:12-12
			melanoma | IIID | NCCN | 0-2:3-6 2-5:3-12 5-:12-12
			melanoma | IV   | NCCN | 0-2:3-6 2-5:3-12 5-:12-12
			# Cancer Council Australia
			melanoma | 0    | CCA  | ''
			melanoma | IA   | CCA  | 0-10:12-12
			melanoma | IB   | CCA  | 0-10:12-12
			melanoma | IIA  | CCA  | 0-2:6-6 2-10:12-12
			melanoma | IIB  | CCA  | 0-2:3-4 2-3:6-6 3-8:12-12
			melanoma | IIC  | CCA  | 0-2:3-4 2-3:6-6 3-8:12-12
			melanoma | IIIA | CCA  | 0-2:3-3 2-3:6-6 3-8:12-12
			melanoma | IIIC | CCA  | 0-2:3-3 2-3:6-6 3-8:12-12
			# NHS Scotland (SIGN)
			melanoma | IA   | SIGN | 0-1:3-6
			melanoma | IB   | SIGN | 0-3:3-4 3-5:6-6
			melanoma | IIA  | SIGN | 0-3:3-4 3-5:6-6
			melanoma | IIB  | SIGN | 0-3:3-4 3-5:6-6 5-10:12-12
			melanoma | IIC  | SIGN | 0-3:3-4 3-5:6-6 5-10:12-12
			melanoma | IIIA | SIGN | 0-3:3-4 3-5:6-6 5-10:12-12
			melanoma | IIIB | SIGN | 0-3:3-4 3-5:6-6 5-10:12-12
			melanoma | IIIC | SIGN | 0-2:3-3 2-5:6-6 5-10:12-12
			""")
	void melanomaSchedules(String diagnosis, String stage, String guideline, String expected) {
		String spec = "diagnosis=" + diagnosis + "; stage=" + stage + (guideline.isBlank() ? "" : "; guideline=" + guideline);
		RuleOutcome.Success result = success("followup.schedule", spec);
		assertThat(periods(result)).isEqualTo(expected);
		assertThat(result.result()).containsKeys("value", "periods", "imaging");
		assertThat(result.explanation()).anySatisfy(line -> assertThat(line).startsWith("Guidelines disagree"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			diagnosis=bcc                              | 0-5:6-12 5-:12-12
			diagnosis=bcc; guideline=NCCN              | 0-5:6-12 5-:12-12
			diagnosis=cscc; extent=local               | 0-2:3-12 2-5:6-12 5-:12-12
			diagnosis=cscc; extent=regional            | 0-1:1-3 1-2:2-4 2-5:4-6 5-:6-12
			""")
	void keratinocyteSchedules(String spec, String expected) {
		assertThat(periods(success("followup.schedule", spec))).isEqualTo(expected);
	}

	@Test
	void regionalCsccScheduleIsMarkedUnverified() {
		assertThat(success("followup.schedule", "diagnosis=cscc; extent=regional").explanation())
				.anySatisfy(line -> assertThat(line).contains("[M]"));
	}

	@Test
	void rulesetFollowsTheSelectedGuideline() {
		assertThat(success("followup.schedule", "diagnosis=melanoma; stage=IA; guideline=SIGN").ruleSet()).isEqualTo("SIGN-FOLLOWUP");
		assertThat(success("followup.schedule", "diagnosis=melanoma; stage=IA; guideline=CCA").ruleSet()).isEqualTo("CCA-FOLLOWUP");
		assertThat(success("followup.schedule", "diagnosis=melanoma; stage=IA").ruleSet()).isEqualTo("NCCN-FOLLOWUP");
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			stage=IA                                         | diagnosis
			diagnosis=melanoma                               | stage
			diagnosis=melanoma; stage=IIE                    | stage
			diagnosis=melanoma; stage=IA; guideline=ESMO     | guideline
			diagnosis=melanoma; stage=IV; guideline=CCA      | stage
			diagnosis=melanoma; stage=0; guideline=SIGN      | stage
			diagnosis=melanoma; stage=IV; guideline=SIGN     | stage
			diagnosis=bcc; guideline=SIGN                    | guideline
			diagnosis=cscc; extent=local; guideline=CCA      | guideline
			diagnosis=cscc                                   | extent
			diagnosis=cscc; extent=distant                   | extent
			diagnosis=merkel                                 | diagnosis
			""")
	void invalidRequests(String spec, String field) {
		assertThat(failure("followup.schedule", spec).field()).isEqualTo(field);
	}
}
