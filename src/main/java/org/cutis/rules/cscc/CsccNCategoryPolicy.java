package org.cutis.rules.cscc;

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
		List<String> why = new ArrayList<>();
		boolean clinical = classification == StagingClassification.CLINICAL;
		if (nodes.isEmpty()) {
			why.add("No regional nodal metastasis recorded: N0");
			return new Finding<>(CsccN.N0, why, RULE_SET, SOURCE);
		}
		why.add((clinical ? "Clinical" : "Pathological") + " N from " + nodes.size() + " involved node(s): "
				+ nodes.stream().map(MetastaticNode::describe).collect(Collectors.joining("; ")));
		boolean single = nodes.size() == 1;
		boolean anyEne = nodes.stream().anyMatch(MetastaticNode::ene);
		boolean anyOverSix = nodes.stream().anyMatch(MetastaticNode::isOverSixCm);
		boolean anyContralateral = nodes.stream().anyMatch(n -> n.side() == NodeSide.CONTRALATERAL);
		MetastaticNode first = nodes.get(0);
		CsccN n;
		if (anyEne && clinical) {
			n = CsccN.N3B;
			why.add("Any node with clinically overt extranodal extension is cN3b");
		} else if (anyEne && single && first.side() == NodeSide.IPSILATERAL && first.isAtMostThreeCm()) {
			n = CsccN.N2A;
			why.add("A single ipsilateral node of 3 cm or less with pathological ENE is pN2a (it would be cN3b if the ENE were clinically overt)");
		} else if (anyEne) {
			n = CsccN.N3B;
			why.add("Pathological ENE in a single ipsilateral node over 3 cm, in a contralateral node, or in any of multiple nodes is pN3b");
		} else if (anyOverSix) {
			n = CsccN.N3A;
			why.add("A node over 6 cm without ENE is N3a");
		} else if (anyContralateral) {
			n = CsccN.N2C;
			why.add("Contralateral or bilateral nodes, none over 6 cm, without ENE are N2c");
		} else if (!single) {
			n = CsccN.N2B;
			why.add("Multiple ipsilateral nodes, none over 6 cm, without ENE are N2b");
		} else if (first.isAtMostThreeCm()) {
			n = CsccN.N1;
			why.add("A single ipsilateral node of 3 cm or less without ENE is N1");
		} else {
			n = CsccN.N2A;
			why.add("A single ipsilateral node over 3 cm and up to 6 cm without ENE is N2a");
		}
		if (clinical && !anyEne) {
			why.add("For clinical N only clinically or radiologically overt ENE counts");
		}
		return new Finding<>(n, why, RULE_SET, SOURCE);
	}
}
