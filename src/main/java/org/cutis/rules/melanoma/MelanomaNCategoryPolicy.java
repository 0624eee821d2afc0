package org.cutis.rules.melanoma;

import java.util.ArrayList;
import java.util.List;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.RuleSet;

/** AJCC 8th melanoma N category (reference 1.3). */
public final class MelanomaNCategoryPolicy {

	public static final RuleSet RULE_SET = RuleSet.AJCC_8;
	public static final String SOURCE = RULE_SET.source("melanoma of the skin, N category");

	/** Regional nodes were not assessed: NX (for T1 the guideline says to use cN instead). */
	public Finding<MelanomaN> notAssessed() {
		return new Finding<>(MelanomaN.NX, List.of(
				"No nodal findings were recorded, so regional nodes are NX (not assessed)",
				"For T1 melanoma pathological N is not required: use the clinical N (cN) when nodes were not sampled"),
				RULE_SET, SOURCE);
	}

	public Finding<MelanomaN> classify(RegionalNodeFindings nodes) {
		List<String> why = new ArrayList<>();
		int total = nodes.involvedNodes();
		why.add(total + " tumour-involved regional node(s): " + nodes.occultNodes() + " clinically occult, "
				+ nodes.clinicalNodes() + " clinically detected");
		why.add(nodes.itm() ? "In-transit, satellite and/or microsatellite metastases are present"
				: "No in-transit, satellite or microsatellite metastases");
		MelanomaN n;
		if (nodes.matted()) {
			n = nodes.itm() ? MelanomaN.N3C : MelanomaN.N3B;
			why.add("Any matted nodes are " + n.code() + (nodes.itm() ? " (with in-transit/satellite/microsatellite metastases)" : " (without in-transit/satellite/microsatellite metastases)"));
		} else if (nodes.itm()) {
			n = total == 0 ? MelanomaN.N1C : total == 1 ? MelanomaN.N2C : MelanomaN.N3C;
			why.add(switch (n) {
				case N1C -> "In-transit/satellite/microsatellite metastases without involved nodes are N1c";
				case N2C -> "In-transit/satellite/microsatellite metastases with one involved node (occult or detected) are N2c";
				default -> "In-transit/satellite/microsatellite metastases with two or more involved nodes are N3c";
			});
		} else if (total == 0) {
			n = MelanomaN.N0;
			why.add("No regional metastases is N0");
		} else if (total == 1) {
			n = nodes.clinicalNodes() == 0 ? MelanomaN.N1A : MelanomaN.N1B;
			why.add(n == MelanomaN.N1A ? "One clinically occult node (found by sentinel node biopsy) is N1a" : "One clinically detected node is N1b");
		} else if (total <= 3) {
			n = nodes.clinicalNodes() == 0 ? MelanomaN.N2A : MelanomaN.N2B;
			why.add(n == MelanomaN.N2A ? "Two or three clinically occult nodes are N2a" : "Two or three nodes with at least one clinically detected are N2b");
		} else {
			n = nodes.clinicalNodes() == 0 ? MelanomaN.N3A : MelanomaN.N3B;
			why.add(n == MelanomaN.N3A ? "Four or more clinically occult nodes are N3a" : "Four or more nodes with at least one clinically detected are N3b");
		}
		return new Finding<>(n, why, RULE_SET, SOURCE);
	}
}
