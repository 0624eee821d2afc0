package org.cutis.staging.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
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

	/**
	 * Every result so far, summed: nodes examined and positive over every basin's sentinel node
	 * biopsy and dissection (AJCC counts every involved node), the largest deposit; a positive
	 * regional node on imaging is one clinically detected node (the study does not count nodes);
	 * every positive distant site; the latest LDH; cSCC nodes with side and size, from a dissection
	 * when there is one, else from imaging.
	 */
	public static WorkupFacts of(List<WorkupOrder> orders) {
		List<WorkupOrder> resulted = orders.stream()
			.filter(o -> o.status() == WorkupOrder.Status.RESULTED)
			.sorted(Comparator.comparing(WorkupOrder::resultAt))
			.toList();
		Integer examined = null;
		Integer positive = null;
		BigDecimal deposit = null;
		int clinicalNodes = 0;
		Set<String> sites = new LinkedHashSet<>();
		String ldh = "unknown";
		List<RegionalNode> dissected = new ArrayList<>();
		List<RegionalNode> imaged = new ArrayList<>();
		List<String> basins = new ArrayList<>();
		for (WorkupOrder o : resulted) {
			switch (o.kind().family()) {
				case SLNB -> {
					examined = (examined == null ? 0 : examined) + o.nodesExamined();
					positive = (positive == null ? 0 : positive) + o.nodesPositive();
					if (o.largestDepositMm() != null && (deposit == null || o.largestDepositMm().compareTo(deposit) > 0)) {
						deposit = o.largestDepositMm();
					}
					basins.add((o.basin() == null ? o.kind().code() : o.basin().code()) + " " + o.nodesPositive() + "/"
							+ o.nodesExamined());
					dissected.addAll(o.nodes());
				}
				case LDH -> ldh = o.ldhElevated() ? "elevated" : "normal";
				case IMAGING -> {
					for (ImagingFinding f : o.imaging()) {
						if (f.positive() && f.site().equals(ImagingFinding.REGIONAL_NODE)) {
							clinicalNodes = 1;
						}
						else if (f.positive()) {
							sites.add(f.site());
						}
					}
					imaged.addAll(o.nodes());
				}
			}
		}
		boolean pathological = !dissected.isEmpty();
		return new WorkupFacts(examined, positive, deposit, clinicalNodes, sites, ldh, pathological ? dissected : imaged,
				pathological, basins);
	}

	public boolean nodalPathologyDone() {
		return nodesExamined != null;
	}
}
