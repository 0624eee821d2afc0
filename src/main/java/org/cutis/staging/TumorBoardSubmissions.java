package org.cutis.staging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the cancer page offers for the tumor board. The tumor board module implements it (it
 * depends on this module, not the other way round), as the clinical modules contribute to the
 * patient's timeline.
 */
public interface TumorBoardSubmissions {

	/** Meetings still ahead, soonest first; those past their cut-off take a case only from the chair. */
	List<UpcomingMeeting> upcoming();

	/** This cancer's cases before the board: proposed, on a list, deferred or discussed. */
	List<BoardEntry> casesOf(UUID cancerId);

	/**
	 * Submits the cancer with the clinician's question onto the meeting's list, through the board's
	 * own rules (after the cut-off only the chair may add it).
	 *
	 * @throws org.cutis.shared.InvalidInput naming {@code meetingId} or {@code question}
	 */
	UUID submit(UUID cancerId, UUID meetingId, String question);

	record UpcomingMeeting(UUID id, String title, Instant scheduledAt, String chair, boolean cutOffPassed) {
	}

	/** @param status and @param reason are codes: tumorboard.status.* and tumorboard.reason.* */
	record BoardEntry(UUID caseId, String meetingTitle, Instant scheduledAt, String status, String reason,
			String question) {
	}
}
