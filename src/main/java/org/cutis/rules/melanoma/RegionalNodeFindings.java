package org.cutis.rules.melanoma;

import org.cutis.rules.common.Explanation;
import org.cutis.rules.common.InvalidInputException;

/**
 * Regional disease as AJCC 8th melanoma N counts it.
 *
 * @param occultNodes   tumour-involved nodes found only by sentinel node biopsy (clinically occult)
 * @param clinicalNodes clinically detected tumour-involved nodes
 * @param matted        any matted nodes
 * @param itm           in-transit, satellite and/or microsatellite metastases
 */
public record RegionalNodeFindings(int occultNodes, int clinicalNodes, boolean matted, boolean itm) {

	public static final int MAX_NODES = 999;

	public RegionalNodeFindings {
		if (occultNodes < 0 || occultNodes > MAX_NODES) {
			throw new InvalidInputException("occultNodes", "rules.invalid.wholeNumber",
					Explanation.of("rules.invalid.what.occultNodes"), 0, MAX_NODES);
		}
		if (clinicalNodes < 0 || clinicalNodes > MAX_NODES) {
			throw new InvalidInputException("clinicalNodes", "rules.invalid.wholeNumber",
					Explanation.of("rules.invalid.what.clinicalNodes"), 0, MAX_NODES);
		}
	}

	public int involvedNodes() {
		return occultNodes + clinicalNodes;
	}
}
