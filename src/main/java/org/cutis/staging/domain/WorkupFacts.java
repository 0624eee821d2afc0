package org.cutis.staging.domain;

import java.util.Set;

/**
 * What the melanoma work-up has established so far, as the staging rules read it.
 *
 * @param slnbExamined    sentinel nodes examined, null when no SLNB result is recorded
 * @param slnbPositive    sentinel nodes with tumour (clinically occult nodes)
 * @param clinicalNodes   regional nodes found by examination or imaging (clinically detected)
 * @param metastaticSites distant sites from imaging, in the contract's M-site vocabulary
 * @param ldh             normal | elevated | unknown
 */
public record WorkupFacts(Integer slnbExamined, Integer slnbPositive, int clinicalNodes, Set<String> metastaticSites,
		String ldh) {
	public static final WorkupFacts NONE = new WorkupFacts(null, null, 0, Set.of(), "unknown");

	public WorkupFacts {
		metastaticSites = Set.copyOf(metastaticSites);
		ldh = ldh == null ? "unknown" : ldh;
	}

	public boolean slnbDone() {
		return slnbExamined != null;
	}
}
