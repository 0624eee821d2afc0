package org.cutis.shared.web;

import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/** The same errors as {@link ApiProblems}, as pages in the layout for people using a browser. */
@Order(2)
@ControllerAdvice(annotations = Controller.class)
class PageProblems {
	private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

	private final MessageSource messages;

	PageProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFound.class)
	String notFound(NotFound e, Model model, HttpServletResponse response) {
		return page(404, "error.notFound.title", "error.notFound.detail", model, response);
	}

	@ExceptionHandler({ Forbidden.class, AccessDeniedException.class })
	String forbidden(RuntimeException e, Model model, HttpServletResponse response) {
		return page(403, "error.forbidden.title", "error.forbidden.detail", model, response);
	}

	@ExceptionHandler(RefusedTransition.class)
	String refused(RefusedTransition e, Model model, HttpServletResponse response, Locale locale) {
		page(409, "error.refused.title", "error.refused.title", model, response);
		model.addAttribute("detailText", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
		return "error/problem";
	}

	@ExceptionHandler(ConcurrentEdit.class)
	String concurrent(ConcurrentEdit e, Model model, HttpServletResponse response) {
		model.addAttribute("changes", e.changes());
		return page(409, "error.conflict.title", "error.conflict.detail", model, response);
	}

	/** Someone else changed the record first; Spring's wrapper or, from an explicit flush, JPA's own. */
	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, OptimisticLockException.class })
	String concurrent(Exception e, Model model, HttpServletResponse response) {
		return page(409, "error.conflict.title", "error.conflict.detail", model, response);
	}

	/** A page whose path names no record ("/patients/not-a-uuid") is not found, not broken. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response, Locale locale) {
		if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return page(404, "error.notFound.title", "error.notFound.detail", model, response);
		}
		return invalid(List.of(e.getName() + ": " + messages.getMessage("error.field.unreadable", null, locale)), model,
				response);
	}

	/**
	 * Input a page did not catch for its own form (a blank reason on a button, a value longer than
	 * its column): the page says what is wrong instead of failing.
	 */
	@ExceptionHandler(InvalidInput.class)
	String invalid(InvalidInput e, Model model, HttpServletResponse response, Locale locale) {
		return invalid(FormErrors.texts(e, messages, locale), model, response);
	}

	/**
	 * A clinical rule refused a value the page did not check first: the field by its label (when
	 * the rules name it) and the rule's reason, in the reader's language.
	 */
	@ExceptionHandler(InvalidInputException.class)
	String invalid(InvalidInputException e, Model model, HttpServletResponse response, Locale locale) {
		String label = messages.getMessage("rules.field." + e.field(), null, null, locale);
		String message = e.message(locale);
		return invalid(List.of(label == null ? message : messages.getMessage("rules.error.field",
				new Object[] { label, message }, locale)), model, response);
	}

	@ExceptionHandler(MultipartException.class)
	String multipart(MultipartException e, Model model, HttpServletResponse response, Locale locale) {
		if (e instanceof ErrorResponse standard) {
			return unexpected(e, model, response, locale);
		}
		return invalid(List.of(messages.getMessage("error.field.unreadable", null, locale)), model, response);
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception e, Model model, HttpServletResponse response, Locale locale) {
		RequestProblem refused = e instanceof ErrorResponse standard ? RequestProblem.of(standard) : null;
		if (refused == null) {
			log.error("Unexpected error on a page", e);
			return page(500, "error.unexpected.title", "error.unexpected.detail", model, response);
		}
		refused.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		return page(refused, model, response, locale);
	}

	String page(RequestProblem refused, Model model, HttpServletResponse response, Locale locale) {
		page(refused.status(), refused.titleKey(), refused.detail().key(), model, response);
		model.addAttribute("detailText", messages.getMessage(refused.detail(), locale));
		if (refused.field() != null) {
			model.addAttribute("problems",
					List.of(refused.field() + ": " + messages.getMessage(refused.fieldMessage(), locale)));
		}
		return "error/problem";
	}

	private String invalid(List<String> problems, Model model, HttpServletResponse response) {
		model.addAttribute("problems", problems);
		return page(400, "error.invalid.title", "error.invalid.detail", model, response);
	}

	private String page(int status, String titleKey, String detailKey, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("detailKey", detailKey);
		return "error/problem";
	}
}
