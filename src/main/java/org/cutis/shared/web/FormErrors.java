package org.cutis.shared.web;

import org.cutis.shared.InvalidInput;

import org.springframework.validation.BindingResult;

/** Puts the domain's field problems on a form, next to the fields they concern. */
public final class FormErrors {
	private FormErrors() {
	}

	public static void bind(InvalidInput invalid, BindingResult result) {
		invalid.problems()
			.forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey()));
	}
}
