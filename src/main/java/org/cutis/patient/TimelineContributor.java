package org.cutis.patient;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by every module that adds events to the chart timeline (referrals now; lesions,
 * biopsies, reports, stages, treatments later). The chart merges all contributions newest first,
 * so the patient module never depends on the modules that build on it.
 */
public interface TimelineContributor {
	List<TimelineEntry> timelineOf(UUID patientId);
}
