package org.cutis.rules.melanoma;

import org.cutis.rules.common.Explanation;
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
				Explanation.of("rules.why.melanoma.noNodalFindingsWereRecorded"),
				Explanation.of("rules.why.melanoma.forT1MelanomaPathologicalN")),
				RULE_SET, SOURCE);
	}

	public Finding<MelanomaN> classify(RegionalNodeFindings nodes) {
		List<Explanation> why = new ArrayList<>();
		int total = nodes.involvedNodes();
		why.add(Explanation.of("rules.why.melanoma.tumourInvolvedRegionalNodeS", total, nodes.occultNodes(), nodes.clinicalNodes()));
		why.add(nodes.itm() ? Explanation.of("rules.why.melanoma.inTransitSatelliteAndOr")
				: Explanation.of("rules.why.melanoma.noInTransitSatelliteOr"));
		MelanomaN n;
		if (nodes.matted()) {
			n = nodes.itm() ? MelanomaN.N3C : MelanomaN.N3B;
			why.add(Explanation.of("rules.why.melanoma.anyMattedNodesAre", n.code(), Explanation.of(nodes.itm() ? "rules.why.melanoma.withItm" : "rules.why.melanoma.withoutItm")));
		} else if (nodes.itm()) {
			n = total == 0 ? MelanomaN.N1C : total == 1 ? MelanomaN.N2C : MelanomaN.N3C;
			why.add(switch (n) {
				case N1C -> Explanation.of("rules.why.melanoma.inTransitSatelliteMicrosatelliteMetastases");
				case N2C -> Explanation.of("rules.why.melanoma.inTransitSatelliteMicrosatelliteMetastases2");
				default -> Explanation.of("rules.why.melanoma.inTransitSatelliteMicrosatelliteMetastases3");
			});
		} else if (total == 0) {
			n = MelanomaN.N0;
			why.add(Explanation.of("rules.why.melanoma.noRegionalMetastasesIsN0"));
		} else if (total == 1) {
			n = nodes.clinicalNodes() == 0 ? MelanomaN.N1A : MelanomaN.N1B;
			why.add(n == MelanomaN.N1A ? Explanation.of("rules.why.melanoma.oneClinicallyOccultNodeFound") : Explanation.of("rules.why.melanoma.oneClinicallyDetectedNodeIs"));
		} else if (total <= 3) {
			n = nodes.clinicalNodes() == 0 ? MelanomaN.N2A : MelanomaN.N2B;
			why.add(n == MelanomaN.N2A ? Explanation.of("rules.why.melanoma.twoOrThreeClinicallyOccult") : Explanation.of("rules.why.melanoma.twoOrThreeNodesWith"));
		} else {
			n = nodes.clinicalNodes() == 0 ? MelanomaN.N3A : MelanomaN.N3B;
			why.add(n == MelanomaN.N3A ? Explanation.of("rules.why.melanoma.fourOrMoreClinicallyOccult") : Explanation.of("rules.why.melanoma.fourOrMoreNodesWith"));
		}
		return new Finding<>(n, why, RULE_SET, SOURCE);
	}
}
