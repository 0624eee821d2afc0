package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What the work-up has established so far, summed over every result, as the staging rules read it.
 *
 * @param nodesExamined   regional nodes examined by nodal pathology (sentinel node biopsies and
 *                        dissections of every basin, summed), null when there is no such result
 * @param nodesPositive   of those, nodes with tumour (clinically occult for melanoma)
 * @param largestDepositMm the largest deposit of any of them, null when not recorded
 * @param clinicalNodes   regional nodes found by examination or imaging (clinically detected)
 * @param metastaticSites distant sites from imaging, in the contract's M-site vocabulary
 * @param ldh             normal | elevated | unknown (the latest result)
 * @param csccNodes       cSCC involved nodes with side, size and ENE
 * @param csccPathological the cSCC nodes come from a dissection (pN), not only imaging (cN)
 * @param basins          the basins with nodal pathology, e.g. "left-axilla 1/2, right-groin 0/1"
 */
public record WorkupFacts(Integer nodesExamined, Integer nodesPositive, BigDecimal largestDepositMm, int clinicalNodes,
		Set<String> metastaticSites, String ldh, List<RegionalNode> csccNodes, boolean csccPathological,
		List<String> basins) {
	public static final WorkupFacts NONE = new WorkupFacts(null, null, null, 0, Set.of(), "unknown", List.of(), false,
			List.of());

	public WorkupFacts {
		metastaticSites = Set.copyOf(metastaticSites);
		ldh = ldh == null ? "unknown" : ldh;
		csccNodes = List.copyOf(csccNodes);
		basins = List.copyOf(basins);
	}

	public boolean nodalPathologyDone() {
		return nodesExamined != null;
	}
}
