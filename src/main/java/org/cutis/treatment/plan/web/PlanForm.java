package org.cutis.treatment.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cutis.treatment.plan.application.ItemRequest;

/** The treating clinician's plan as the form sends it: the intent and a few item rows (blank rows ignored). */
public class PlanForm {
	static final int ROWS = 4;

	private String intent;
	private List<Row> items = new ArrayList<>();

	public PlanForm() {
		for (int i = 0; i < ROWS; i++) {
			items.add(new Row());
		}
	}

	/**
	 * The rows that say something, as requests. Their positions in the request list are the
	 * rows' own, so a field error ("items[2].department") lands on the row it concerns.
	 */
	List<ItemRequest> requests() {
		return items.stream().map(r -> new ItemRequest(r.type, r.detail, r.responsible, r.department)).toList();
	}

	public String getIntent() {
		return intent;
	}

	public void setIntent(String intent) {
		this.intent = intent;
	}

	public List<Row> getItems() {
		return items;
	}

	public void setItems(List<Row> items) {
		this.items = Objects.requireNonNullElseGet(items, ArrayList::new);
	}

	public static class Row {
		private String type;
		private String detail;
		private String responsible;
		private String department;

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

		public String getResponsible() {
			return responsible;
		}

		public void setResponsible(String responsible) {
			this.responsible = responsible;
		}

		public String getDepartment() {
			return department;
		}

		public void setDepartment(String department) {
			this.department = department;
		}
	}
}
