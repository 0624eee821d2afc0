package org.cutis.tumorboard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cutis.tumorboard.application.RecommendationManagement.ActionRequest;
import org.cutis.tumorboard.domain.PlanItem;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The recommendation form: a fixed number of plan-item and action-item rows; the empty ones are
 * ignored. A JavaBean, because the rows are bound by index (items[0].type).
 */
public class RecommendationForm {
	static final int PLAN_ROWS = 4;
	static final int ACTION_ROWS = 3;

	private String intent;
	private String dissent;
	private List<PlanRow> items = new ArrayList<>();
	private List<ActionRow> actionItems = new ArrayList<>();

	public RecommendationForm() {
		for (int i = 0; i < PLAN_ROWS; i++) {
			items.add(new PlanRow());
		}
		for (int i = 0; i < ACTION_ROWS; i++) {
			actionItems.add(new ActionRow());
		}
	}

	List<PlanItem> planItems() {
		return planItems(java.util.function.UnaryOperator.identity());
	}

	/** The plan items, a systemic therapy's detail read through {@code systemicClass} (a label to its code). */
	List<PlanItem> planItems(java.util.function.UnaryOperator<String> systemicClass) {
		return items.stream()
			.filter(r -> r.getType() != null && !r.getType().isBlank())
			.map(r -> new PlanItem(r.getType(),
					"systemic-therapy".equals(r.getType()) ? systemicClass.apply(r.getDetail()) : r.getDetail()))
			.toList();
	}

	List<ActionRequest> actionRequests() {
		return actionItems.stream()
			.filter(r -> !blank(r.getDescription()) || !blank(r.getDepartment()) || !blank(r.getUsername()))
			.map(r -> new ActionRequest(r.getDescription(), blank(r.getDepartment()) ? null : BoardViews.department(r.getDepartment(), "actionItems.department"),
					r.getUsername(), r.getDueDate()))
			.toList();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public String getIntent() {
		return intent;
	}

	public void setIntent(String intent) {
		this.intent = intent;
	}

	public String getDissent() {
		return dissent;
	}

	public void setDissent(String dissent) {
		this.dissent = dissent;
	}

	public List<PlanRow> getItems() {
		return items;
	}

	public void setItems(List<PlanRow> items) {
		this.items = Objects.requireNonNullElseGet(items, ArrayList::new);
	}

	public List<ActionRow> getActionItems() {
		return actionItems;
	}

	public void setActionItems(List<ActionRow> actionItems) {
		this.actionItems = Objects.requireNonNullElseGet(actionItems, ArrayList::new);
	}

	public static class PlanRow {
		private String type;
		private String detail;

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getDetail() {
			return detail;
		}

		public void setDetail(String detail) {
			this.detail = detail;
		}
	}

	public static class ActionRow {
		private String description;
		private String department;
		private String username;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueDate;

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getDepartment() {
			return department;
		}

		public void setDepartment(String department) {
			this.department = department;
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public LocalDate getDueDate() {
			return dueDate;
		}

		public void setDueDate(LocalDate dueDate) {
			this.dueDate = dueDate;
		}
	}
}
