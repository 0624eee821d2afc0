package org.cutis.rules.cscc;

import org.cutis.rules.common.Explanation;
import java.math.BigDecimal;
import java.util.Objects;

import org.cutis.rules.common.InvalidInputException;

/**
 * One tumour-involved regional node.
 *
 * @param side   ipsilateral or contralateral to the primary
 * @param sizeCm greatest dimension in cm
 * @param ene    extranodal extension: clinically overt ENE for clinical N, any pathological ENE for pN
 */
public record MetastaticNode(NodeSide side, BigDecimal sizeCm, boolean ene) {

	public static final BigDecimal MAX_CM = new BigDecimal("30");
	private static final BigDecimal THREE = new BigDecimal("3");
	private static final BigDecimal SIX = new BigDecimal("6");

	public MetastaticNode {
		Objects.requireNonNull(side, "side");
		if (sizeCm == null || sizeCm.signum() <= 0 || sizeCm.compareTo(MAX_CM) > 0) {
			throw new InvalidInputException("sizeCm", "rules.invalid.openRange", Explanation.of("rules.invalid.what.nodeSize"), 0, 30, "cm");
		}
	}

	public static MetastaticNode of(NodeSide side, String sizeCm, boolean ene) {
		return new MetastaticNode(side, new BigDecimal(sizeCm), ene);
	}

	public boolean isAtMostThreeCm() {
		return sizeCm.compareTo(THREE) <= 0;
	}

	public boolean isOverSixCm() {
		return sizeCm.compareTo(SIX) > 0;
	}

	public org.cutis.rules.common.Explanation describe() {
		return org.cutis.rules.common.Explanation.of(ene ? "rules.why.cscc.nodeWithEne" : "rules.why.cscc.nodeWithoutEne",
				org.cutis.rules.common.Explanation.of("rules.option.side." + side.code()), sizeCm.stripTrailingZeros().toPlainString());
	}
}
