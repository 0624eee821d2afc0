package org.cutis.tumorboard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The chair signed a tumor board recommendation; treatment planning picks it up from here.
 *
 * @param cancerId  null when the case concerned a lesion without a cancer (a discordant benign result)
 * @param intent    curative | palliative
 * @param planItems coded plan items, e.g. "wide-local-excision: 2 cm", "systemic-therapy: immunotherapy"
 */
public record TumorBoardRecommendationFinalised(UUID recommendationId, UUID caseId, UUID cancerId, UUID patientId,
		String intent, List<String> planItems, boolean dissent, String signedBy, Instant signedAt) {
}
