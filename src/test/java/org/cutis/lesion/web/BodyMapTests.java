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
