package org.cutis.staging;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A section another module adds to the cancer page (recurrence: the recurrences and the re-biopsy
 * path), as the tumor board offers {@link TumorBoardSubmissions}: the module depends on staging, not
 * the other way round. The page includes the fragment {@code ~{template :: cancerSection}} with the
 * section's model as {@code section}; the fragment decides who may see it.
 */
public interface CancerPageSection {

	/** The section of this cancer, or empty when the module has nothing to show. */
	Optional<Section> sectionOf(UUID cancerId);

	/** @param template the Thymeleaf template holding a {@code th:fragment="cancerSection"} */
	record Section(String template, Map<String, Object> model) {
	}
}
