package org.cutis.rules.cscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutis.rules.RuleFixtures.ENGINE;
import static org.cutis.rules.RuleFixtures.failure;
import static org.cutis.rules.RuleFixtures.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cutis.rules.RuleOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AJCC 8th head and neck N (reference 2.2) and stage groups (reference 2.4). */
class CsccNodesAndStageTests {

	/** Nodes written as "ipsi 2.0 ene, contra 1.0". */
	private static Map<String, Object> nodes(String classification, String nodes) {
		List<Object> list = new ArrayList<>();
		for (String node : nodes.isBlank() ? new String[0] : nodes.split(",")) {
			String[] parts = node.trim().split("\\s+");
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("side", parts[0].equals("ipsi") ? "ipsilateral" : "contralateral");
			map.put("sizeCm", new BigDecimal(parts[1]));
			map.put("ene", parts.length > 2 && parts[2].equals("ene"));
			list.add(map);
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("classification", classification);
		input.put("nodes", list);
		return input;
	}

	@ParameterizedTest(name = "{0}: {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			clinical     | ''                       | N0
			clinical     | ipsi 3.0                 | N1
			clinical     | ipsi 3.1                 | N2a
			clinical     | ipsi 6.0                 | N2a
			clinical     | ipsi 2.0, ipsi 1.0       | N2b
			clinical     | contra 1.0               | N2c
			clinical     | ipsi 2.0, contra 2.0     | N2c
			clinical     | ipsi 6.5                 | N3a
			clinical     | ipsi 2.0 ene             | N3b
			clinical     | ipsi 7.0 ene             | N3b
			pathological | ''                       | N0
			pathological | ipsi 2.0                 | N1
			pathological | ipsi 2.0 ene             | N2a
			pathological | ipsi 3.0 ene             | N2a
			pathological | ipsi 4.5                 | N2a
			pathological | ipsi 3.5 ene             | N3b
			pathological | ipsi 1.0 ene, ipsi 1.0   | N3b
			pathological | contra 1.0 ene           | N3b
			pathological | ipsi 1.0, ipsi 2.5       | N2b
			pathological | contra 2.0               | N2c
			pathological | ipsi 6.1                 | N3a
			""")
	void nodalCategories(String classification, String nodes, String expected) {
		RuleOutcome outcome = ENGINE.evaluate("cscc.n", nodes(classification, nodes));
		assertThat(((RuleOutcome.Success) outcome).value()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			nodes=[]                                 | classification
			classification=clinical; nodes=ipsi      | nodes
			classification=clinical; nodes=[x]      | nodes[0]
			""")
	void invalidNodes(String spec, String field) {
		assertThat(failure("cscc.n", spec).field()).isEqualTo(field);
	}

	@ParameterizedTest(name = "{0} -> error on nodes[0].sizeCm")
	@CsvSource({"0", "31", "-1"})
	void nodeSizeRange(String size) {
		assertThat(failure("cscc.n", nodes("clinical", "ipsi " + size)).field()).isEqualTo("nodes[0].sizeCm");
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# reference 2.4
			Tis | N0  | M0 | 0
			T1  | N0  | M0 | I
			T2  | N0  | M0 | II
			T3  | N0  | M0 | III
			T1  | N1  | M0 | III
			T2  | N1  | M0 | III
			T3  | N1  | M0 | III
			T1  | N2a | M0 | IV
			T2  | N2b | M0 | IV
			T3  | N2c | M0 | IV
			T1  | N3a | M0 | IV
			T2  | N3b | M0 | IV
			Tis | N3b | M0 | IV
			T4a | N0  | M0 | IV
			T4b | N1  | M0 | IV
			T1  | N0  | M1 | IV
			TX  | NX  | M1 | IV
			""")
	void stageGroups(String t, String n, String m, String expected) {
		assertThat(value("cscc.stage", "t=" + t + "; n=" + n + "; m=" + m)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> error on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			t=TX; n=N0; m=M0   | t
			t=T1; n=NX; m=M0   | n
			t=Tis; n=N1; m=M0  | n
			t=T5; n=N0; m=M0   | t
			t=T1; n=N4; m=M0   | n
			t=T1; n=N0; m=M1a  | m
			""")
	void invalidStageInput(String spec, String field) {
		assertThat(failure("cscc.stage", spec).field()).isEqualTo(field);
	}
}
