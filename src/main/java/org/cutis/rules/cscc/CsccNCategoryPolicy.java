package org.cutis.rules.cscc;

import org.cutis.rules.common.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cutis.rules.common.Finding;
import org.cutis.rules.common.RuleSet;
import org.cutis.rules.common.StagingClassification;

/**
 * AJCC 8th N for cutaneous carcinoma of the head and neck (reference 2.2). Clinical N counts
 * only clinically overt ENE (any such node is cN3b); pathological N counts any ENE but a single
 * ipsilateral node of 3 cm or less with ENE is pN2a, not pN3b.
 */
public final class CsccNCategoryPolicy {

	public static final RuleSet RULE_SET = RuleSet.AJCC_8;
	public static final String SOURCE = RULE_SET.source("cutaneous carcinoma of the head and neck, N category");

	public Finding<CsccN> classify(StagingClassification classification, List<MetastaticNode> nodes) {
		List<Explanation> why = new ArrayList<>();
		boolean clinical = classification == StagingClassification.CLINICAL;
		if (nodes.isEmpty()) {
			why.add(Explanation.of("rules.why.cscc.noRegionalNodalMetastasisRecorded"));
			return new Finding<>(CsccN.N0, why, RULE_SET, SOURCE);
		}
		why.add(Explanation.of(clinical ? "rules.why.cscc.clinicalNFromNodes" : "rules.why.cscc.pathologicalNFromNodes", nodes.size(),
				Explanation.list(Explanation.SEMICOLONS, nodes.stream().map(MetastaticNode::describe).toList())));
		boolean single = nodes.size() == 1;
		boolean anyEne = nodes.stream().anyMatch(MetastaticNode::ene);
		boolean anyOverSix = nodes.stream().anyMatch(MetastaticNode::isOverSixCm);
		boolean anyContralateral = nodes.stream().anyMatch(n -> n.side() == NodeSide.CONTRALATERAL);
		MetastaticNode first = nodes.get(0);
		CsccN n;
		if (anyEne && clinical) {
			n = CsccN.N3B;
			why.add(Explanation.of("rules.why.cscc.anyNodeWithClinicallyOvert"));
		} else if (anyEne && single && first.side() == NodeSide.IPSILATERAL && first.isAtMostThreeCm()) {
			n = CsccN.N2A;
			why.add(Explanation.of("rules.why.cscc.aSingleIpsilateralNodeOf"));
		} else if (anyEne) {
			n = CsccN.N3B;
			why.add(Explanation.of("rules.why.cscc.pathologicalENEInASingle"));
		} else if (anyOverSix) {
			n = CsccN.N3A;
			why.add(Explanation.of("rules.why.cscc.aNodeOver6Cm"));
		} else if (anyContralateral) {
			n = CsccN.N2C;
			why.add(Explanation.of("rules.why.cscc.contralateralOrBilateralNodesNone"));
		} else if (!single) {
			n = CsccN.N2B;
			why.add(Explanation.of("rules.why.cscc.multipleIpsilateralNodesNoneOver"));
		} else if (first.isAtMostThreeCm()) {
			n = CsccN.N1;
			why.add(Explanation.of("rules.why.cscc.aSingleIpsilateralNodeOf2"));
		} else {
			n = CsccN.N2A;
			why.add(Explanation.of("rules.why.cscc.aSingleIpsilateralNodeOver"));
		}
		if (clinical && !anyEne) {
			why.add(Explanation.of("rules.why.cscc.forClinicalNOnlyClinically"));
		}
		return new Finding<>(n, why, RULE_SET, SOURCE);
	}
}
