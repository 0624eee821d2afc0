package org.cutis.shared.web;

import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cutis.rules.common.InvalidInputException;
import org.cutis.shared.ConcurrentEdit;
import org.cutis.shared.Forbidden;
import org.cutis.shared.InvalidInput;
import org.cutis.shared.NotFound;
import org.cutis.shared.RefusedTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every error of the JSON API as an RFC 9457 problem: a title and detail in the user's language
 * and, for invalid input, an {@code errors} list naming each field. Never a stack trace.
 */
@Order(1)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {
	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput e, Locale locale) {
		List<Map<String, String>> errors = new ArrayList<>();
		e.problems()
			.forEach(p -> errors.add(Map.of("field", p.field(), "message",
					messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))));
		return invalid(errors, locale);
	}

	/**
	 * A clinical rule refused a value nobody checked before it (a safety net: forms and the rules
	 * API check first): the field and the rule's reason in the reader's language, never a 500.
	 */
	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e, Locale locale) {
		return invalid(List.of(Map.of("field", e.field(), "message", e.message(locale))), locale);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException e, Locale locale) {
		List<Map<String, String>> errors = new ArrayList<>();
		e.getBindingResult()
			.getFieldErrors()
			.forEach(f -> errors.add(Map.of("field", f.getField(), "message", messages.getMessage(f, locale))));
		e.getBindingResult()
			.getGlobalErrors()
			.forEach(g -> errors.add(Map.of("field", g.getObjectName(), "message", messages.getMessage(g, locale))));
		return invalid(errors, locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
		String message = messages.getMessage(UnreadableField.message(e), locale);
		return invalid(List.of(Map.of("field", UnreadableField.of(e), "message", message)), locale);
	}

	/** A path that names no record ("/patients/not-a-uuid") is a 404, like an id that does not exist. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
		if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return problem(HttpStatus.NOT_FOUND, "error.notFound.title", "error.notFound.detail", locale);
		}
		String message = messages.getMessage("error.field.unreadable", null, locale);
		return invalid(List.of(Map.of("field", e.getName(), "message", message)), locale);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> multipart(MultipartException e, Locale locale) {
		if (e instanceof ErrorResponse standard) {
			return unexpected(e, locale);
		}
		String message = messages.getMessage("error.field.unreadable", null, locale);
		return ResponseEntity.badRequest().body(invalid(List.of(Map.of("field", "file", "message", message)), locale));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException e, Locale locale) {
		String message = messages.getMessage("error.field.required", null, locale);
		return invalid(List.of(Map.of("field", e.getParameterName(), "message", message)), locale);
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound e, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "error.notFound.title", "error.notFound.detail", locale);
	}

	@ExceptionHandler({ Forbidden.class, AccessDeniedException.class })
	ProblemDetail forbidden(RuntimeException e, Locale locale) {
		return problem(HttpStatus.FORBIDDEN, "error.forbidden.title", "error.forbidden.detail", locale);
	}

	@ExceptionHandler(RefusedTransition.class)
	ProblemDetail refused(RefusedTransition e, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "error.refused.title", "error.refused.title", locale);
		problem.setDetail(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
		return problem;
	}

	@ExceptionHandler(ConcurrentEdit.class)
	ProblemDetail concurrent(ConcurrentEdit e, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "error.conflict.title", "error.conflict.detail", locale);
		problem.setProperty("changes", e.changes());
		return problem;
	}

	/** Someone else changed the record first; Spring's wrapper or, from an explicit flush, JPA's own. */
	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, OptimisticLockException.class })
	ProblemDetail concurrent(Exception e, Locale locale) {
		return problem(HttpStatus.CONFLICT, "error.conflict.title", "error.conflict.detail", locale);
	}

	/**
	 * Spring's own refusals (a wrong Content-Type, a method or representation not offered, an
	 * upload too large) keep their 4xx status and headers; only what nobody foresaw is a 500.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
		RequestProblem refused = e instanceof ErrorResponse standard ? RequestProblem.of(standard) : null;
		if (refused == null) {
			log.error("Unexpected error in API call", e);
			return ResponseEntity.internalServerError()
				.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected.title", "error.unexpected.detail",
						locale));
		}
		return ResponseEntity.status(refused.status()).headers(refused.headers()).body(problem(refused, locale));
	}

	ProblemDetail problem(RequestProblem refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(refused.status());
		problem.setTitle(messages.getMessage(refused.titleKey(), null, locale));
		problem.setDetail(messages.getMessage(refused.detail(), locale));
		if (refused.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message",
					messages.getMessage(refused.fieldMessage(), locale))));
		}
		return problem;
	}

	private ProblemDetail invalid(List<Map<String, String>> errors, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalid.title", "error.invalid.detail", locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage(titleKey, null, locale));
		problem.setDetail(messages.getMessage(detailKey, null, locale));
		return problem;
	}
}
