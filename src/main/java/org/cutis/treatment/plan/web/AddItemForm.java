package org.cutis.treatment.plan.web;

import org.cutis.treatment.plan.application.ItemRequest;

/**
 * A further item for an open plan, from the plan page: the type, a detail, the department and the
 * responsible physician (codes and a login id, as the API takes them), with the plan version the
 * form was made from.
 */
public class AddItemForm {
	private String type;
	private String detail;
	private String responsible;
	private String department;
	private Long version;

	ItemRequest request() {
		return new ItemRequest(type, detail, responsible, department);
	}

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

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
