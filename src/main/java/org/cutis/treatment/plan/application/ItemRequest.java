package org.cutis.treatment.plan.application;

/**
 * A plan item as asked for on a form or in the API, still unchecked: the type and department
 * as codes ("wide-local-excision", "dermatology"), the responsible physician's login id.
 */
public record ItemRequest(String type, String detail, String responsible, String department) {

	public boolean isBlank() {
		return blank(type) && blank(detail) && blank(responsible) && blank(department);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
