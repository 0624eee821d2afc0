package org.cutis.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cutis.identity.SignatureRefused;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A signature refused for its password or PIN: 401 with the field at fault, in the reader's
 * language, like the other problems of the API. Ordered before the catch-all of the shared
 * problems, which would otherwise take it for an unexpected error.
 */
@Order(0)
@RestControllerAdvice(annotations = RestController.class)
class SignatureProblems {
	private final MessageSource messages;

	SignatureProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(SignatureRefused.class)
	ProblemDetail refused(SignatureRefused e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
		problem.setTitle(messages.getMessage("identity.signature.refused", null, locale));
		String message = messages.getMessage(e.messageKey(), null, e.messageKey(), locale);
		problem.setDetail(message);
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
		return problem;
	}
}
