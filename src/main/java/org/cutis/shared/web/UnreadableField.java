package org.cutis.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Names the JSON field that could not be read (a date that is no date), or "body" when unknown. */
final class UnreadableField {
	private UnreadableField() {
	}

	/** The allowed values when the field is an enumeration ("DERMATOLOGY, PATHOLOGY, ..."), else null. */
	static String allowedValues(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		while (cause != null) {
			if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
					&& mismatch.getTargetType().isEnum()) {
				return Arrays.stream(mismatch.getTargetType().getEnumConstants())
					.map(Object::toString)
					.collect(Collectors.joining(", "));
			}
			cause = cause.getCause();
		}
		return null;
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
