package org.cutis.skincare.adverseevent.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cutis.referral.RedFlag;

import org.cutis.skincare.adverseevent.domain.AdverseEventPhoto;
import org.cutis.skincare.adverseevent.domain.AttributedDrug;
import org.cutis.skincare.adverseevent.domain.GradeAssessment;
import org.cutis.skincare.adverseevent.domain.SkinAdverseEvent;

/** An adverse event with its grade history (oldest first), attributed drugs (as listed) and photos. */
public record AdverseEventRecord(SkinAdverseEvent event, List<GradeAssessment> assessments, List<AttributedDrug> drugs,
		List<AdverseEventPhoto> photos) {

	/**
	 * Every red flag found at any visit of this event: a sign of a severe reaction seen once stays on
	 * the record (facts accumulate), with the SCAR warning.
	 */
	public Set<RedFlag> redFlags() {
		Set<RedFlag> all = EnumSet.noneOf(RedFlag.class);
		assessments.forEach(a -> all.addAll(a.redFlags()));
		return all;
	}

	public GradeAssessment latest() {
		return assessments.get(assessments.size() - 1);
	}
}
