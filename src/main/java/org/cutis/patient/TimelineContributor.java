package org.cutis.patient;

import java.util.List;
import java.util.UUID;

import org.cutis.identity.Permission;

/**
 * Implemented by every module that adds events to the chart timeline (referrals now; lesions,
 * biopsies, reports, stages, treatments later). The chart merges all contributions newest first,
 * so the patient module never depends on the modules that build on it.
 */
public interface TimelineContributor {
	List<TimelineEntry> timelineOf(UUID patientId);

	/**
	 * The newest {@code limit} entries, newest first, and how many there are in all: what the chart
	 * opens with. By default everything is read and cut; a module whose patients gather hundreds of
	 * entries (a specimen's every step) answers from an index instead (issue 15).
	 */
	default TimelineEntry.Recent recentOf(UUID patientId, int limit) {
		return TimelineEntry.Recent.of(timelineOf(patientId), limit);
	}

	/**
	 * What a reader needs to see these entries: the permission of the records they come from
	 * (lesions, specimens, reports and cancers are clinical). The chart leaves them out for anyone
	 * without it, so a clerk's or a patient's timeline shows no diagnosis.
	 */
	Permission readPermission();

	/**
	 * Warnings the chart shows above everything else (issue 12: a referral's red flags of a possible
	 * severe cutaneous adverse reaction), shown to readers with {@link #readPermission()}; none by default.
	 */
	default List<TimelineEntry> warningsOf(UUID patientId) {
		return List.of();
	}
}
