package org.cutis.skincare.oncologyadvice.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.InvalidInput.FieldProblem;
import org.cutis.shared.Message;
import org.cutis.shared.RefusedTransition;

/**
 * The skin-care clinic's advice to the treating oncologist about one skin adverse event: continue,
 * continue with skin treatment, hold, reduce or discontinue the cancer drug. It carries the AE's
 * grade and photos as they were when sent, goes to the oncologist's and the department's worklist,
 * and stays open until the oncologist acknowledges it with what was done. Grade 3 and above, and
 * every red flag, make it urgent; an urgent one unanswered too long is escalated to the department.
 */
@Entity
@Table(name = "oncology_recommendation")
public class OncologyRecommendation {
	public static final String OPEN = "open";
	static final String ACKNOWLEDGED = "acknowledged";
	/** Grade 3 (severe) and above is urgent whatever the flags say. */
	public static final int URGENT_GRADE = 3;

	@Id
	private UUID id;
	private UUID adverseEventId;
	private UUID patientId;
	private UUID referralId;
	private String action;
	private String oncologist;
	private String department;
	private String note;
	private String aeTerm;
	private int grade;
	private String photos;
	private boolean redFlag;
	private boolean urgent;
	private String status;
	private String sentBy;
	private Instant sentAt;
	private Instant escalatedAt;
	private String outcome;
	private String reason;
	private String acknowledgedBy;
	private Instant acknowledgedAt;
	@Version
	private long version;

	protected OncologyRecommendation() {
	}

	/** The adverse event as it stands when the advice is sent. */
	public record AdverseEventState(UUID id, UUID patientId, UUID referralId, String term, Integer grade,
			List<String> photos, boolean redFlag) {
	}

	/** The oncologist the advice is addressed to, with the department whose list it also goes to. */
	public record Addressee(String username, Department department) {
	}

	/**
	 * Sends the advice. {@code addressee} is null when the oncologist named is not an active
	 * oncologist's account: a field error naming {@code oncologist}.
	 */
	public static OncologyRecommendation send(AdverseEventState ae, String action, String oncologistEntered,
			Addressee addressee, String note, String by, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		if (action == null || action.isBlank()) {
			problems.add(new FieldProblem("action", "error.field.required"));
		}
		else if (RecommendedAction.fromCode(action).isEmpty()) {
			problems.add(new FieldProblem("action", "error.field.oneOf", RecommendedAction.allowed()));
		}
		if (oncologistEntered == null || oncologistEntered.isBlank()) {
			problems.add(new FieldProblem("oncologist", "error.field.required"));
		}
		else if (addressee == null) {
			problems.add(new FieldProblem("oncologist", "skincare.advice.error.notOncologist"));
		}
		if (ae.grade() == null) {
			problems.add(new FieldProblem("adverseEvent", "skincare.advice.error.noGrade"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		OncologyRecommendation r = new OncologyRecommendation();
		r.id = UUID.randomUUID();
		r.adverseEventId = ae.id();
		r.patientId = ae.patientId();
		r.referralId = ae.referralId();
		r.action = RecommendedAction.fromCode(action).orElseThrow().code();
		r.oncologist = addressee.username();
		r.department = addressee.department().code();
		r.note = note == null || note.isBlank() ? null : note.trim();
		r.aeTerm = ae.term();
		r.grade = ae.grade();
		r.photos = ae.photos() == null || ae.photos().isEmpty() ? null : String.join(",", ae.photos());
		r.redFlag = ae.redFlag();
		r.urgent = ae.grade() >= URGENT_GRADE || ae.redFlag();
		r.status = OPEN;
		r.sentBy = by;
		r.sentAt = now;
		return r;
	}

	/**
	 * The oncologist's answer. Only the oncologist addressed, or an oncologist of the department
	 * the advice went to, may give it; it is given once.
	 */
	public void acknowledge(String outcomeEntered, String reasonEntered, String by, Role role,
			Set<Department> departments, Instant now) {
		if (!isOpen()) {
			throw new RefusedTransition("skincare.advice.error.alreadyAcknowledged",
					new Message("skincare.advice.outcome." + outcome), acknowledgedAt.toString());
		}
		boolean addressed = oncologist.equals(by);
		boolean ofDepartment = (role == Role.ONCOLOGIST || role == Role.RADIATION_ONCOLOGIST)
				&& departments.contains(department());
		List<FieldProblem> problems = new ArrayList<>();
		if (!addressed && !ofDepartment) {
			problems.add(new FieldProblem("oncologist", "skincare.advice.error.notYours",
					new Message("identity.department." + department)));
		}
		Outcome answer = Outcome.fromCode(outcomeEntered).orElse(null);
		if (outcomeEntered == null || outcomeEntered.isBlank()) {
			problems.add(new FieldProblem("outcome", "error.field.required"));
		}
		else if (answer == null) {
			problems.add(new FieldProblem("outcome", "error.field.oneOf", Outcome.allowed()));
		}
		if (answer == Outcome.DISAGREED && (reasonEntered == null || reasonEntered.isBlank())) {
			problems.add(new FieldProblem("reason", "skincare.advice.error.reasonRequired"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		outcome = answer.code();
		reason = reasonEntered == null || reasonEntered.isBlank() ? null : reasonEntered.trim();
		acknowledgedBy = by;
		acknowledgedAt = now;
		status = ACKNOWLEDGED;
	}

	/**
	 * Marks an urgent advice escalated to the department once it waited {@code after} unanswered;
	 * whether it did so now.
	 */
	public boolean escalate(Duration after, Instant now) {
		if (!isOpen() || !urgent || escalatedAt != null || sentAt.plus(after).isAfter(now)) {
			return false;
		}
		escalatedAt = now;
		return true;
	}

	public boolean isOpen() {
		return OPEN.equals(status);
	}

	public UUID id() {
		return id;
	}

	public UUID adverseEventId() {
		return adverseEventId;
	}

	public UUID patientId() {
		return patientId;
	}

	public UUID referralId() {
		return referralId;
	}

	public RecommendedAction action() {
		return RecommendedAction.fromCode(action).orElseThrow();
	}

	public String oncologist() {
		return oncologist;
	}

	public Department department() {
		return Department.fromCode(department);
	}

	public String note() {
		return note;
	}

	public String aeTerm() {
		return aeTerm;
	}

	public int grade() {
		return grade;
	}

	public List<String> photos() {
		return photos == null ? List.of() : Arrays.asList(photos.split(","));
	}

	public boolean redFlag() {
		return redFlag;
	}

	public boolean urgent() {
		return urgent;
	}

	public boolean escalated() {
		return escalatedAt != null;
	}

	public Instant escalatedAt() {
		return escalatedAt;
	}

	public String status() {
		return status;
	}

	public String sentBy() {
		return sentBy;
	}

	public Instant sentAt() {
		return sentAt;
	}

	public Outcome outcome() {
		return outcome == null ? null : Outcome.fromCode(outcome).orElseThrow();
	}

	public String reason() {
		return reason;
	}

	public String acknowledgedBy() {
		return acknowledgedBy;
	}

	public Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	public long version() {
		return version;
	}
}
