package org.cutis.staging.domain;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/**
 * One involved regional node of a cutaneous SCC with its side, greatest size and extranodal
 * extension: what the AJCC 8th head-and-neck N category reads.
 */
@Embeddable
public class RegionalNode {
	private String side;
	private BigDecimal sizeCm;
	private boolean ene;

	protected RegionalNode() {
	}

	public RegionalNode(String side, BigDecimal sizeCm, boolean ene) {
		this.side = side;
		this.sizeCm = sizeCm;
		this.ene = ene;
	}

	public String side() {
		return side;
	}

	public BigDecimal sizeCm() {
		return sizeCm;
	}

	public boolean ene() {
		return ene;
	}
}
