package org.cutis.rules.melanoma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.success;

import org.cutis.rules.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Staging imaging and LDH by stage (issue 8, finding 11): NCCN Cutaneous Melanoma work-up as the
 * issue reads it; the Cutis reference has no work-up table (closest: follow-up table 5.1).
 */
class MelanomaImagingPolicyTests {

	@ParameterizedTest(name = "stage {0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# not routine for asymptomatic stage 0-IIA
			0    | not-routine
			IA   | not-routine
			IB   | not-routine
			IIA  | not-routine
			# consider for IIB/IIC
			IIB  | consider
			IIC  | consider
			# baseline imaging from stage III, and for IV
			III  | recommended
			IIIA | recommended
			IIIB | recommended
			IIIC | recommended
			IIID | recommended
			IV   | recommended
			""")
	void imagingAndLdhByStage(String stage, String expected) {
		var answer = success("melanoma.imaging", "stage=" + stage);
		assertThat(answer.value()).isEqualTo(expected);
		assertThat(answer.result().keySet()).containsExactly("value");
		assertThat(answer.source()).contains("NCCN").contains("Cutaneous Melanoma").contains("work-up");
		assertThat(answer.ruleSet()).isEqualTo("NCCN-MELANOMA");
		assertThat(answer.explanation()).anySatisfy(line -> assertThat(line).contains("no work-up table"));
	}

	@Test
	void notRoutineMeansOnlyForSignsOrSymptomsAndStageIvNeedsLdh() {
		assertThat(success("melanoma.imaging", "stage=IA").explanation().get(0)).contains("asymptomatic")
			.contains("only to evaluate specific signs or symptoms");
		assertThat(success("melanoma.imaging", "stage=IV").explanation()).anySatisfy(line -> assertThat(line).contains("LDH")
			.contains("M1"));
		assertThat(success("melanoma.imaging", "stage=IIIA").explanation()).anySatisfy(line -> assertThat(line)
			.contains("not stated in the Cutis reference"));
	}

	@Test
	void aStageSentAsANumberIsRead() {
		assertThat(success("melanoma.imaging", "stage=0").value()).isEqualTo("not-routine");
	}

	@ParameterizedTest(name = "{0} -> error on stage")
	@CsvSource({"''", "stage=II", "stage=V", "stage=T2a", "stage=IIE"})
	void aStageThatIsNotAMelanomaStageGroupIsAnError(String spec) {
		assertThat(failure("melanoma.imaging", spec).field()).isEqualTo("stage");
	}

	@ParameterizedTest(name = "{0}: the typed and the text entry points agree")
	@EnumSource(MelanomaStage.class)
	void typedEntryPoints(MelanomaStage stage) {
		MelanomaImagingPolicy policy = new MelanomaImagingPolicy();
		assertThat(policy.recommend(stage.code())).isEqualTo(policy.recommend(stage));
	}

	@Test
	void theTextEntryPointRefusesWhatIsNotAStageGroup() {
		MelanomaImagingPolicy policy = new MelanomaImagingPolicy();
		assertThat(policy.recommend("IIB").value()).isEqualTo(ImagingRecommendation.CONSIDER);
		assertThatThrownBy(() -> policy.recommend((String) null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> policy.recommend("II")).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.field()).isEqualTo("stage"));
	}
}
