package org.cutis.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;

/** Names the JSON field that could not be read (a date that is no date), or "body" when unknown. */
final class UnreadableField {
	private UnreadableField() {
	}

	static String of(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		while (cause != null) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder field = new StringBuilder();
				for (JacksonException.Reference reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						if (!field.isEmpty()) {
							field.append('.');
						}
						field.append(reference.getPropertyName());
					}
				}
				return field.isEmpty() ? "body" : field.toString();
			}
			cause = cause.getCause();
		}
		return "body";
	}
}
