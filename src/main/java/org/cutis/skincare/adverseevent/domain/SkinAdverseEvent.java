package org.cutis.skincare.adverseevent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.rules.ctcae.CtcaeTerm;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.RefusedTransition;
import org.cutis.shared.persistence.InputName;

/**
 * A skin adverse event: one CTCAE v5.0 term in one patient from its onset until resolved. It keeps
 * the latest assessment's proposed and confirmed grade so lists need not read the history; the
 * history itself is the {@link GradeAssessment}s. A grade is confirmed only as a grade the term
 * defines, and differently from the proposal only with a reason. Never deleted: voided with a reason.
 */
@Entity
@Table(name = "skin_adverse_event")
public class SkinAdverseEvent {
	@Id
	private UUID id;
	private UUID patientId;
	private UUID referralId;
	private String term;
	private LocalDate onsetDate;
	private String status;
	@InputName("date")
	private LocalDate resolvedOn;
	private int proposedGrade;
	private Integer confirmedGrade;
	private LocalDate lastAssessedOn;
	private String createdBy;
	private Instant createdAt;
	private String resolvedBy;
	private Instant resolvedAt;
	private Instant voidedAt;
	private String voidedBy;
	@InputName("reason")
	private String voidReason;
	@Version
	private long version;

	protected SkinAdverseEvent() {
	}

	/**
	 * Opens the event with its first assessment (the findings at onset or at the first visit).
	 * The onset may not be in the future nor after the assessment.
	 */
	public static Opened open(UUID patientId, UUID referralId, CtcaeTerm term, LocalDate onsetDate, LocalDate assessedOn,
			String findingsJson, GradeProposal proposal, LocalDate today, String by, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		if (onsetDate == null) {
			problems.add(new FieldProblem("onsetDate", "error.field.required"));
		} else if (onsetDate.isAfter(today)) {
			problems.add(new FieldProblem("onsetDate", "adverseevent.onset.future", today.toString()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		SkinAdverseEvent event = new SkinAdverseEvent();
		event.id = UUID.randomUUID();
		event.patientId = patientId;
		event.referralId = referralId;
		event.term = term.termName();
		event.onsetDate = onsetDate;
		event.status = AdverseEventStatus.ACTIVE.code();
		event.createdBy = by;
		event.createdAt = now;
		LocalDate first = assessedOn == null ? today : assessedOn;
		GradeAssessment assessment = event.assess(first, findingsJson, proposal, today, by, now);
		return new Opened(event, assessment);
	}

	/** A new event with its first assessment, both to be saved. */
	public record Opened(SkinAdverseEvent event, GradeAssessment assessment) {
	}

	/**
	 * A follow-up assessment: the findings of that day and the rule's proposal, awaiting the
	 * clinician's confirmation. Not before the onset, not in the future, not on a resolved event.
	 */
	public GradeAssessment assess(LocalDate date, String findingsJson, GradeProposal proposal, LocalDate today, String by,
			Instant now) {
		requireOpen();
		if (date == null) {
			throw new InvalidInput("date", "error.field.required");
		}
		if (date.isAfter(today)) {
			throw new InvalidInput("date", "adverseevent.date.future", today.toString());
		}
		if (date.isBefore(onsetDate)) {
			throw new InvalidInput("date", "adverseevent.date.beforeOnset", onsetDate.toString());
		}
		if (lastAssessedOn != null && date.isBefore(lastAssessedOn)) {
			throw new InvalidInput("date", "adverseevent.date.beforeLastAssessment", lastAssessedOn.toString());
		}
		proposedGrade = proposal.grade();
		confirmedGrade = null;
		lastAssessedOn = date;
		return new GradeAssessment(id, date, findingsJson, proposal.grade(), by, now);
	}

	/**
	 * Confirms the grade of the latest assessment: the proposal as it is, or another grade the term
	 * defines with the reason (grade 4 alopecia does not exist). May be given again, with a reason
	 * if the grade then differs from the proposal.
	 */
	public void confirm(GradeAssessment latest, Integer grade, String reason, String by, Instant now) {
		requireOpen();
		CtcaeTerm ctcae = term();
		List<FieldProblem> problems = new ArrayList<>();
		if (grade == null) {
			problems.add(new FieldProblem("grade", "error.field.required"));
		} else if (!ctcae.defines(grade)) {
			problems.add(new FieldProblem("grade", "adverseevent.grade.undefined", String.valueOf(grade), term,
					definedGrades(ctcae)));
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (grade != null && grade != latest.proposedGrade() && why == null) {
			problems.add(new FieldProblem("reason", "adverseevent.grade.reasonRequired", String.valueOf(grade),
					String.valueOf(latest.proposedGrade())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		latest.confirm(grade, why, by, now);
		confirmedGrade = grade;
	}

	/** Resolved on a date between the onset and today; takes no more assessments afterwards. */
	public void resolve(LocalDate date, LocalDate today, String by, Instant now) {
		requireOpen();
		if (date == null) {
			throw new InvalidInput("date", "error.field.required");
		}
		if (date.isAfter(today)) {
			throw new InvalidInput("date", "adverseevent.date.future", today.toString());
		}
		if (date.isBefore(onsetDate)) {
			throw new InvalidInput("date", "adverseevent.date.beforeOnset", onsetDate.toString());
		}
		status = AdverseEventStatus.RESOLVED.code();
		resolvedOn = date;
		resolvedBy = by;
		resolvedAt = now;
	}

	/** Recorded in error: kept, marked, out of the lists. */
	public void voidRecord(String reason, String by, Instant now) {
		if (voidedAt != null) {
			throw new RefusedTransition("adverseevent.voided");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "error.field.required");
		}
		voidReason = reason.strip();
		voidedBy = by;
		voidedAt = now;
	}

	private void requireOpen() {
		if (voidedAt != null) {
			throw new RefusedTransition("adverseevent.voided");
		}
		if (status().equals(AdverseEventStatus.RESOLVED)) {
			throw new RefusedTransition("adverseevent.resolved", String.valueOf(resolvedOn));
		}
	}

	public static String definedGrades(CtcaeTerm term) {
		List<String> grades = new ArrayList<>();
		for (int g = 1; g <= 5; g++) {
			if (term.defines(g)) {
				grades.add(String.valueOf(g));
			}
		}
		return String.join(", ", grades);
	}

	public UUID id() {
		return id;
	}

	public UUID patientId() {
		return patientId;
	}

	public UUID referralId() {
		return referralId;
	}

	public CtcaeTerm term() {
		return CtcaeTerm.byName(term);
	}

	public String termName() {
		return term;
	}

	public LocalDate onsetDate() {
		return onsetDate;
	}

	public AdverseEventStatus status() {
		return AdverseEventStatus.fromCode(status);
	}

	public LocalDate resolvedOn() {
		return resolvedOn;
	}

	public int proposedGrade() {
		return proposedGrade;
	}

	public Integer confirmedGrade() {
		return confirmedGrade;
	}

	/** The grade that counts: the confirmed one, else the proposal awaiting confirmation. */
	public int currentGrade() {
		return confirmedGrade != null ? confirmedGrade : proposedGrade;
	}

	public LocalDate lastAssessedOn() {
		return lastAssessedOn;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String resolvedBy() {
		return resolvedBy;
	}

	public Instant resolvedAt() {
		return resolvedAt;
	}

	public boolean voided() {
		return voidedAt != null;
	}

	public Instant voidedAt() {
		return voidedAt;
	}

	public String voidedBy() {
		return voidedBy;
	}

	public String voidReason() {
		return voidReason;
	}

	public long version() {
		return version;
	}
}
