package org.cutis.skincare.adverseevent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import org.cutis.referral.RedFlag;
import org.cutis.shared.persistence.InputName;

/**
 * One line of an adverse event's grade history: the day's findings (the ctcae.grade inputs, as
 * JSON), the grade the rule proposed and the grade the clinician confirmed, with the reason where
 * the two differ.
 */
@Entity
@Table(name = "skin_adverse_event_assessment")
public class GradeAssessment {
	@Id
	private UUID id;
	private UUID adverseEventId;
	@InputName("date")
	private LocalDate assessedOn;
	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	@InputName("findings")
	private String findings;
	private int proposedGrade;
	private Integer confirmedGrade;
	@InputName("reason")
	private String confirmationReason;
	private String assessedBy;
	private Instant assessedAt;
	private String confirmedBy;
	private Instant confirmedAt;
	/** The red flags asked at this visit (codes of referral's RedFlag, comma-separated; empty for none). */
	private String redFlags = "";
	@Version
	private long version;

	protected GradeAssessment() {
	}

	GradeAssessment(UUID adverseEventId, LocalDate assessedOn, String findings, int proposedGrade, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.adverseEventId = adverseEventId;
		this.assessedOn = assessedOn;
		this.findings = findings;
		this.proposedGrade = proposedGrade;
		this.assessedBy = by;
		this.assessedAt = now;
	}

	/** The red flags found at this visit; asked at every visit, so an assessment holds only its own. */
	public void noteRedFlags(Set<RedFlag> flags) {
		this.redFlags = flags.stream().map(RedFlag::code).collect(Collectors.joining(","));
	}

	public Set<RedFlag> redFlags() {
		Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
		for (String code : redFlags == null ? new String[0] : redFlags.split(",")) {
			RedFlag flag = RedFlag.fromCode(code);
			if (flag != null) {
				flags.add(flag);
			}
		}
		return flags;
	}

	void confirm(int grade, String reason, String by, Instant now) {
		this.confirmedGrade = grade;
		this.confirmationReason = reason;
		this.confirmedBy = by;
		this.confirmedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID adverseEventId() {
		return adverseEventId;
	}

	public LocalDate assessedOn() {
		return assessedOn;
	}

	/** The findings as entered, a JSON object of ctcae.grade inputs. */
	public String findings() {
		return findings;
	}

	public int proposedGrade() {
		return proposedGrade;
	}

	public Integer confirmedGrade() {
		return confirmedGrade;
	}

	public String confirmationReason() {
		return confirmationReason;
	}

	public String assessedBy() {
		return assessedBy;
	}

	public Instant assessedAt() {
		return assessedAt;
	}

	public String confirmedBy() {
		return confirmedBy;
	}

	public Instant confirmedAt() {
		return confirmedAt;
	}

	/** The grade that counts for this day: the confirmed one, else the proposal. */
	public int grade() {
		return confirmedGrade != null ? confirmedGrade : proposedGrade;
	}
}
