package org.cutis.tumorboard.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;

/** One tumor board meeting: when, where (room or video link), who chairs, and its case-list cut-off. */
@Entity
@Table(name = "board_meeting")
public class Meeting {
	@Id
	private UUID id;
	private UUID seriesId;
	private String title;
	private Instant scheduledAt;
	private Instant cutOffAt;
	private String place;
	private String videoLink;
	private String chair;
	private String createdBy;
	private Instant createdAt;
	@Version
	private long version;

	protected Meeting() {
	}

	public Meeting(UUID seriesId, String title, Instant scheduledAt, Instant cutOffAt, String place, String videoLink,
			String chair, String by, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", "error.field.required"));
		}
		if (scheduledAt == null) {
			problems.add(new FieldProblem("scheduledAt", "error.field.required"));
		}
		if (cutOffAt == null) {
			problems.add(new FieldProblem("cutOffAt", "error.field.required"));
		}
		else if (scheduledAt != null && cutOffAt.isAfter(scheduledAt)) {
			problems.add(new FieldProblem("cutOffAt", "tumorboard.meeting.cutOffAfterMeeting"));
		}
		if ((place == null || place.isBlank()) && (videoLink == null || videoLink.isBlank())) {
			problems.add(new FieldProblem("place", "tumorboard.meeting.placeRequired"));
		}
		if (chair == null || chair.isBlank()) {
			problems.add(new FieldProblem("chair", "error.field.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		this.id = UUID.randomUUID();
		this.seriesId = seriesId;
		this.title = title.trim();
		this.scheduledAt = scheduledAt;
		this.cutOffAt = cutOffAt;
		this.place = place;
		this.videoLink = videoLink;
		this.chair = chair.trim();
		this.createdBy = by;
		this.createdAt = now;
	}

	public boolean cutOffPassed(Instant now) {
		return now.isAfter(cutOffAt);
	}

	/** The day of the meeting in the clinic's zone. */
	public LocalDate date(ZoneId zone) {
		return LocalDate.ofInstant(scheduledAt, zone);
	}

	/**
	 * The board recommends when it meets: a recommendation cannot be signed before the meeting's
	 * day (in the clinic's zone, the clock's). Signing later that day, or any day after, is allowed.
	 */
	public void checkSignatureDay(Clock clock) {
		LocalDate day = date(clock.getZone());
		if (LocalDate.now(clock).isBefore(day)) {
			throw new RefusedTransition("tumorboard.recommendation.beforeMeeting", day.toString());
		}
	}

	/** Whether a recommendation may be signed today (see {@link #checkSignatureDay}). */
	public boolean signableOn(Clock clock) {
		return !LocalDate.now(clock).isBefore(date(clock.getZone()));
	}

	public boolean chairedBy(String username) {
		return chair.equals(username);
	}

	public UUID id() {
		return id;
	}

	public UUID seriesId() {
		return seriesId;
	}

	public String title() {
		return title;
	}

	public Instant scheduledAt() {
		return scheduledAt;
	}

	public Instant cutOffAt() {
		return cutOffAt;
	}

	public String place() {
		return place;
	}

	public String videoLink() {
		return videoLink;
	}

	public String chair() {
		return chair;
	}

	public long version() {
		return version;
	}
}
