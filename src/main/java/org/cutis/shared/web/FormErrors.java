package org.cutis.shared.web;

import java.util.List;
import java.util.Locale;

import org.cutis.shared.InvalidInput;

import org.springframework.context.MessageSource;

import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Puts the domain's field problems on a form, next to the fields they concern. */
public final class FormErrors {
	private FormErrors() {
	}

	/**
	 * A problem about something the form has no field for (the quorum of a recommendation, the
	 * cut-off of a meeting, a row of a list) becomes an error of the whole form, so it is shown
	 * instead of failing the page.
	 */
	public static void bind(InvalidInput invalid, BindingResult result) {
		invalid.problems().forEach(p -> {
			if (hasField(result, p.field())) {
				result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
			}
			else {
				result.reject(p.messageKey(), p.args(), p.messageKey());
			}
		});
	}

	/**
	 * The problems as text in the reader's language: what a page shows after a redirect. Plain
	 * strings, because flash attributes travel in the web session, which the database keeps
	 * serialized; a problem's arguments (messages, enums, numbers) need not be serializable.
	 */
	public static List<String> texts(InvalidInput invalid, MessageSource messages, Locale locale) {
		return invalid.problems()
			.stream()
			.map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))
			.toList();
	}

	private static boolean hasField(BindingResult result, String field) {
		if (field == null) {
			return false;
		}
		if (result instanceof AbstractPropertyBindingResult properties) {
			try {
				return properties.getPropertyAccessor().isReadableProperty(field);
			}
			catch (RuntimeException e) {
				return false;
			}
		}
		return true;
	}
}
