package org.cutis.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.cutis.shared.Message;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the JSON field that could not be read (a date that is no date, a field that does not
 * exist, text with a NUL character), or "body" when no field is to blame, and says what is wrong
 * with it.
 */
final class UnreadableField {
	private UnreadableField() {
	}

	/** What is wrong with the field, as a message in the reader's language. */
	static Message message(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		while (cause != null) {
			if (cause instanceof UnrecognizedPropertyException) {
				return new Message("error.field.unknown");
			}
			if (cause instanceof RequestJson.NulCharacter) {
				return new Message("error.field.nul");
			}
			if (cause instanceof InvalidNullException invalidNull && invalidNull.getPath().size() > 1
					&& invalidNull.getPath().get(invalidNull.getPath().size() - 1).getIndex() >= 0) {
				return new Message("error.field.nullItem");
			}
			if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
					&& mismatch.getTargetType().isEnum()) {
				return new Message("error.field.oneOf", Arrays.stream(mismatch.getTargetType().getEnumConstants())
					.map(Object::toString)
					.collect(Collectors.joining(", ")));
			}
			cause = cause.getCause();
		}
		return new Message("error.field.unreadable");
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
