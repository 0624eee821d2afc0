package org.cutis.staging.domain;

import java.util.Set;

import jakarta.persistence.Embeddable;

/**
 * One organ on one imaging study: metastasis yes, no or indeterminate. Sites are the rules
 * contract's M-site vocabulary plus {@code regional-lymph-node} for the nodal basin.
 */
@Embeddable
public class ImagingFinding {
	public static final String REGIONAL_NODE = "regional-lymph-node";
	public static final Set<String> SITES = Set.of("skin", "subcutaneous", "soft-tissue", "muscle",
			"non-regional-lymph-node", "lung", "liver", "bone", "adrenal", "gastrointestinal", "spleen", "other-visceral",
			"brain", "spinal-cord", "leptomeninges", REGIONAL_NODE);
	public static final Set<String> ANSWERS = Set.of("yes", "no", "indeterminate");

	private String site;
	private String metastasis;

	protected ImagingFinding() {
	}

	public ImagingFinding(String site, String metastasis) {
		this.site = site;
		this.metastasis = metastasis;
	}

	public String site() {
		return site;
	}

	public String metastasis() {
		return metastasis;
	}

	public boolean positive() {
		return "yes".equals(metastasis);
	}
}
