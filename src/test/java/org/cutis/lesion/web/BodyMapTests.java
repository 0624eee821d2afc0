package org.cutis.lesion.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.cutis.lesion.BodyView;
import org.cutis.rules.common.AnatomicSite;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyMapTests {

	@Test
	void everyViewIsDrawnAndEveryRegionIsASiteOfTheVocabularyInsideItsDrawing() {
		assertThat(BodyMap.DRAWINGS.keySet()).containsExactlyInAnyOrder(BodyView.values());
		for (BodyMap.Drawing d : BodyMap.ALL) {
			for (BodyMap.Region r : d.regions()) {
				assertThat(AnatomicSite.valueOf(r.site())).isNotNull();
				assertThat(r.x()).isGreaterThanOrEqualTo(0);
				assertThat(r.y()).isGreaterThanOrEqualTo(0);
				assertThat(r.x() + r.w()).as(d.view() + " " + r).isLessThanOrEqualTo(d.width());
				assertThat(r.y() + r.h()).as(d.view() + " " + r).isLessThanOrEqualTo(d.height());
				assertThat(r.side()).isIn(null, "left", "right", "midline");
			}
		}
	}

	/** The parts are drawn as smooth curves (shaped like the body), not as boxes. */
	@Test
	void thePartsAreCurvesThroughTheirOutlineNotBoxes() {
		for (BodyMap.Drawing d : BodyMap.ALL) {
			for (BodyMap.Region r : d.regions()) {
				assertThat(r.outline().size()).as(d.view() + " " + r.site()).isGreaterThanOrEqualTo(5);
				assertThat(r.path()).startsWith("M").endsWith("Z").contains(" C");
				assertThat(r.cx()).isBetween(r.x(), r.x() + r.w());
				assertThat(r.cy()).isBetween(r.y(), r.y() + r.h());
			}
		}
		assertThat(SmoothOutline.path(java.util.List.of(new double[] { 0, 0 }, new double[] { 6, 0 },
				new double[] { 6, 6 }, new double[] { 0, 6 })))
			.isEqualTo("M0,0 C1,-1 5,-1 6,0 C7,1 7,5 6,6 C5,7 1,7 0,6 C-1,5 -1,1 0,0 Z");
	}

	/** Paired parts carry their side, the patient's right on the viewer's left except on the back view. */
	@Test
	void pairedPartsHaveTheirSide() {
		for (BodyMap.Drawing d : BodyMap.ALL) {
			for (BodyMap.Region r : d.regions()) {
				if (r.side() != null && !r.side().equals("midline")) {
					boolean onViewersLeft = r.cx() < d.width() / 2.0;
					assertThat(r.side()).as(d.view() + " " + r.site())
						.isEqualTo(onViewersLeft == d.mirrored() ? "right" : "left");
				}
			}
		}
		// every site of the vocabulary can be put on the map by the site picker
		assertThat(BodyMap.placeOfSite().values()).allMatch(site -> BodyMap.ALL.stream()
			.anyMatch(d -> d.regions().stream().anyMatch(r -> r.site().equals(site))));
	}

	/** Sites that are too general (trunk, arm) or not drawn (nipple, perianal) are chosen in the list. */
	@Test
	void theDrawingsReachAlmostEverySite() {
		Set<AnatomicSite> drawn = BodyMap.ALL.stream()
			.flatMap(d -> d.regions().stream())
			.map(r -> AnatomicSite.valueOf(r.site()))
			.collect(Collectors.toSet());
		Set<AnatomicSite> missing = EnumSet.allOf(AnatomicSite.class);
		missing.removeAll(drawn);
		assertThat(missing).containsExactlyInAnyOrder(AnatomicSite.TRUNK, AnatomicSite.ARM, AnatomicSite.NIPPLE,
				AnatomicSite.PERIANAL);
	}
}
