package org.cutis.skincare.adverseevent.application;

import java.util.List;

import org.cutis.skincare.adverseevent.domain.AdverseEventPhoto;
import org.cutis.skincare.adverseevent.domain.AttributedDrug;
import org.cutis.skincare.adverseevent.domain.GradeAssessment;
import org.cutis.skincare.adverseevent.domain.SkinAdverseEvent;

/** An adverse event with its grade history (oldest first), attributed drugs (as listed) and photos. */
public record AdverseEventRecord(SkinAdverseEvent event, List<GradeAssessment> assessments, List<AttributedDrug> drugs,
		List<AdverseEventPhoto> photos) {

	public GradeAssessment latest() {
		return assessments.get(assessments.size() - 1);
	}
}
