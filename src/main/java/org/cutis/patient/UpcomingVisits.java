package org.cutis.patient;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The patient's next visit for the chart header, from the clinic module (which implements this),
 * so the patient module never depends on the clinic (as with {@link TimelineContributor}).
 */
public interface UpcomingVisits {
	Optional<UpcomingVisit> nextOf(UUID patientId);

	/**
	 * @param clinician the doctor's username (the header shows name and department)
	 * @param link      the page of the visit (the doctor's clinic list of that day)
	 * @param reasonKey  the message key of a coded reason (shown in the reader's language), or null
	 * @param reasonText the reason in the booker's own words (shown as typed), or null
	 */
	record UpcomingVisit(Instant start, String clinician, String location, String link, String reasonKey,
			String reasonText) {
		public UpcomingVisit(Instant start, String clinician, String location, String link) {
			this(start, clinician, location, link, null, null);
		}
	}
}
