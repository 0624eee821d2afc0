package org.cutis.tumorboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cutis.identity.Department;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.RefusedTransition;

/** Something the board asked a department or a person to do by a date; on their worklist until done. */
@Entity
@Table(name = "board_action_item")
public class ActionItem {
	public enum Status {
		OPEN, DONE
	}

	@Id
	private UUID id;
	private UUID caseId;
	private UUID recommendationId;
	private UUID patientId;
	private String description;
	@Enumerated(EnumType.STRING)
	private Department assigneeDepartment;
	private String assigneeUsername;
	private LocalDate dueDate;
	@Enumerated(EnumType.STRING)
	private Status status;
	private Instant createdAt;
	private Instant doneAt;
	private String doneBy;
	@Version
	private long version;

	protected ActionItem() {
	}

	public ActionItem(UUID caseId, UUID recommendationId, UUID patientId, String description, Department department,
			String username, LocalDate dueDate, Instant now) {
		if (description == null || description.isBlank()) {
			throw new InvalidInput("actionItems.description", "error.field.required");
		}
		if (department == null && (username == null || username.isBlank())) {
			throw new InvalidInput("actionItems.assignee", "tumorboard.action.assigneeRequired");
		}
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.recommendationId = recommendationId;
		this.patientId = patientId;
		this.description = description.trim();
		this.assigneeDepartment = department;
		this.assigneeUsername = username == null || username.isBlank() ? null : username.trim();
		this.dueDate = dueDate;
		this.status = Status.OPEN;
		this.createdAt = now;
	}

	/** Whether this person (by name or through one of their departments) is the one asked to do it. */
	public boolean assignedTo(String username, Set<Department> departments) {
		return (assigneeUsername != null && assigneeUsername.equals(username))
				|| (assigneeDepartment != null && departments.contains(assigneeDepartment));
	}

	/**
	 * Done, said by the assignee or by a coordinator ({@code coordinator}: an administrator or a
	 * nurse, who follow up the board's items for everyone).
	 */
	public void done(String by, Set<Department> departments, boolean coordinator, Instant now) {
		if (!coordinator && !assignedTo(by, departments)) {
			throw new RefusedTransition("tumorboard.action.notAssignee");
		}
		if (status == Status.DONE) {
			throw new RefusedTransition("tumorboard.action.done");
		}
		status = Status.DONE;
		doneBy = by;
		doneAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public UUID patientId() {
		return patientId;
	}

	public String description() {
		return description;
	}

	public Department assigneeDepartment() {
		return assigneeDepartment;
	}

	public String assigneeUsername() {
		return assigneeUsername;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public Status status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String doneBy() {
		return doneBy;
	}
}
