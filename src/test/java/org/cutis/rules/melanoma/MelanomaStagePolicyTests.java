package org.cutis.rules.melanoma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.value;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cutis.rules.common.StagingClassification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** AJCC 8th melanoma stage groups: clinical (reference 1.5) and pathological with the full stage III grid (1.6). */
class MelanomaStagePolicyTests {

	/** Reference 1.6 stage III grid, copied cell by cell; "n/a" = not applicable in AJCC 8th. */
	private static final String PATHOLOGICAL_GRID = """
			pT             | N1a  | N1b  | N1c  | N2a  | N2b  | N2c  | N3a  | N3b  | N3c
			T0             | n/a  | IIIB | IIIB | n/a  | IIIC | IIIC | n/a  | IIIC | IIIC
			T1a,T1b,T2a    | IIIA | IIIB | IIIB | IIIA | IIIB | IIIC | IIIC | IIIC | IIIC
			T2b,T3a        | IIIB | IIIB | IIIB | IIIB | IIIB | IIIC | IIIC | IIIC | IIIC
			T3b,T4a        | IIIC | IIIC | IIIC | IIIC | IIIC | IIIC | IIIC | IIIC | IIIC
			T4b            | IIIC | IIIC | IIIC | IIIC | IIIC | IIIC | IIID | IIID | IIID
			""";

	static Stream<Arguments> pathologicalGridCells() {
		List<Arguments> cells = new ArrayList<>();
		String[] lines = PATHOLOGICAL_GRID.strip().split("\n");
		String[] columns = lines[0].split("\\|");
		for (int row = 1; row < lines.length; row++) {
			String[] cellsOfRow = lines[row].split("\\|");
			for (String t : cellsOfRow[0].trim().split(",")) {
				for (int col = 1; col < columns.length; col++) {
					cells.add(Arguments.of(t, columns[col].trim(), cellsOfRow[col].trim()));
				}
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "p{0} {1} M0 -> {2}")
	@MethodSource("pathologicalGridCells")
	void everyCellOfThePathologicalStageIIIGrid(String t, String n, String expected) {
		String spec = "classification=pathological; t=" + t + "; n=" + n + "; m=M0";
		if (expected.equals("n/a")) {
			assertThat(failure("melanoma.stage", spec).field()).isEqualTo("n");
		} else {
			assertThat(value("melanoma.stage", spec)).isEqualTo(expected);
		}
	}

	@Test
	void theGridHasEightyOneCells() {
		assertThat(pathologicalGridCells().count()).isEqualTo(81);
	}

	@ParameterizedTest(name = "p{0} N0 M0 -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# reference 1.6, stage 0-II rows
			Tis | 0
			T1a | IA
			T1b | IA
			T2a | IB
			T2b | IIA
			T3a | IIA
			T3b | IIB
			T4a | IIB
			T4b | IIC
			""")
	void pathologicalLocalisedStages(String t, String expected) {
		assertThat(value("melanoma.stage", "classification=pathological; t=" + t + "; n=N0; m=M0")).isEqualTo(expected);
	}

	@ParameterizedTest(name = "c{0} {1} M0 -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# reference 1.5 clinical stage table
			Tis | N0  | 0
			T1a | N0  | IA
			T1b | N0  | IB
			T2a | N0  | IB
			T2b | N0  | IIA
			T3a | N0  | IIA
			T3b | N0  | IIB
			T4a | N0  | IIB
			T4b | N0  | IIC
			Tis | N1a | III
			T0  | N1b | III
			T1a | N1a | III
			T2a | N1b | III
			T3b | N2c | III
			T4b | N3c | III
			""")
	void clinicalStages(String t, String n, String expected) {
		assertThat(value("melanoma.stage", "classification=clinical; t=" + t + "; n=" + n + "; m=M0")).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} {1} {2} {3} -> IV")
	@CsvSource(delimiter = '|', textBlock = """
			clinical     | T1a | N0  | M1a
			clinical     | TX  | NX  | M1b(0)
			pathological | T1a | N0  | M1d(1)
			pathological | T0  | N1a | M1c
			pathological | Tis | N3c | M1b(1)
			pathological | T4b | N3c | M1d(0)
			""")
	void anyDistantMetastasisIsStageFour(String classification, String t, String n, String m) {
		assertThat(value("melanoma.stage", "classification=" + classification + "; t=" + t + "; n=" + n + "; m=" + m)).isEqualTo("IV");
	}

	@Test
	void t1bN0IsIbClinicallyButIaPathologically() {
		assertThat(value("melanoma.stage", "classification=clinical; t=T1b; n=N0; m=M0")).isEqualTo("IB");
		assertThat(value("melanoma.stage", "classification=pathological; t=T1b; n=N0; m=M0")).isEqualTo("IA");
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			classification=pathological; t=T0; n=N0; m=M0    | n
			classification=clinical; t=T0; n=N0; m=M0        | n
			classification=pathological; t=Tis; n=N1a; m=M0  | n
			classification=pathological; t=T1a; n=NX; m=M0   | n
			classification=pathological; t=TX; n=N1a; m=M0   | t
			classification=clinical; t=TX; n=N0; m=M0        | t
			classification=pathological; t=T5; n=N0; m=M0   | t
			classification=pathological; t=T1a; n=N4; m=M0   | n
			classification=pathological; t=T1a; n=N0; m=M2   | m
			classification=pathological; t=T1a; n=N0; m=M0(1)| m
			classification=surgical; t=T1a; n=N0; m=M0       | classification
			t=T1a; n=N0; m=M0                                | classification
			classification=clinical; n=N0; m=M0              | t
			""")
	void notApplicableOrInvalidCombinationsNameTheField(String spec, String field) {
		assertThat(failure("melanoma.stage", spec).field()).isEqualTo(field);
	}

	@Test
	void typedPolicyAcceptsLdhSuffixAndPrefixes() {
		var policy = new MelanomaStagePolicy();
		var finding = policy.stage(StagingClassification.PATHOLOGICAL, MelanomaT.parse("pT4b", "t"), MelanomaN.parse("pN3a", "n"),
				MelanomaM.parse("cM0", "m"));
		assertThat(finding.value()).isEqualTo(MelanomaStage.IIID);
		assertThat(finding.ruleSet().id()).isEqualTo("AJCC-8");
		assertThat(finding.explanation()).anySatisfy(line -> assertThat(line).contains("T4b").contains("N3a"));
	}
}
