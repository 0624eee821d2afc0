package org.cutis.shared.web;

import java.util.List;
import java.util.stream.Collectors;

import org.cutis.shared.Message;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request refused before it reached the clinic's code: the status, a title and detail in the
 * reader's language, the field at fault if one is, and the headers that tell how to do better
 * (Allow, Accept). One description for the JSON API, the pages and the container's error page,
 * so a wrong Content-Type is a 415 everywhere and never "call IT".
 */
record RequestProblem(int status, String titleKey, Message detail, String field, Message fieldMessage,
		HttpHeaders headers) {

	/** Request attribute under which a filter leaves the problem for the error page. */
	static final String ATTRIBUTE = RequestProblem.class.getName();

	static RequestProblem of(int status, String field, Message fieldMessage) {
		return new RequestProblem(status, status == 415 ? "error.mediaType.title" : "error.invalid.title",
				status == 415 ? new Message("error.mediaType.detail", "application/json")
						: new Message("error.invalid.detail"),
				field, fieldMessage, HttpHeaders.EMPTY);
	}

	/** The problem a standard Spring exception stands for, or null when it is no client error. */
	static RequestProblem of(ErrorResponse error) {
		int status = error.getStatusCode().value();
		boolean emptyPathId = error instanceof MissingPathVariableException missing && missing.isMissingAfterConversion();
		if (!error.getStatusCode().is4xxClientError() && !emptyPathId) {
			return null;
		}
		HttpHeaders headers = error.getHeaders();
		// a path id that converts to nothing ("/specimens/%20") names no record, like a malformed one
		if (error instanceof NoResourceFoundException || error instanceof NoHandlerFoundException || emptyPathId) {
			return new RequestProblem(404, "error.notFound.title", new Message("error.notFound.detail"), null, null,
					headers);
		}
		if (error instanceof HttpMediaTypeNotSupportedException unsupported) {
			List<MediaType> types = unsupported.getSupportedMediaTypes();
			return new RequestProblem(415, "error.mediaType.title",
					types.isEmpty() ? new Message("error.mediaType.none")
							: new Message("error.mediaType.detail", join(types)),
					null, null, headers);
		}
		if (error instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
			return new RequestProblem(406, "error.notAcceptable.title",
					new Message("error.notAcceptable.detail", join(notAcceptable.getSupportedMediaTypes())), null, null,
					headers);
		}
		if (error instanceof HttpRequestMethodNotSupportedException method) {
			String allowed = method.getSupportedMethods() == null ? "-" : String.join(", ", method.getSupportedMethods());
			return new RequestProblem(405, "error.method.title", new Message("error.method.detail", allowed), null,
					null, headers);
		}
		if (error instanceof MaxUploadSizeExceededException) {
			return new RequestProblem(413, "error.tooLarge.title", new Message("error.tooLarge.detail"), null, null,
					headers);
		}
		if (error instanceof MissingServletRequestPartException missing) {
			return new RequestProblem(400, "error.invalid.title", new Message("error.invalid.detail"),
					missing.getRequestPartName(), new Message("error.field.required"), headers);
		}
		if (status == 400) {
			return new RequestProblem(400, "error.invalid.title", new Message("error.invalid.detail"), null, null,
					headers);
		}
		return new RequestProblem(status, "error.request.title", new Message("error.request.detail"), null, null,
				headers);
	}

	/** The problem for a status the servlet container or a filter answered with. */
	static RequestProblem ofStatus(int status) {
		return switch (status) {
			case 404 -> new RequestProblem(404, "error.notFound.title", new Message("error.notFound.detail"), null,
					null, HttpHeaders.EMPTY);
			case 403 -> new RequestProblem(403, "error.forbidden.title", new Message("error.forbidden.detail"), null,
					null, HttpHeaders.EMPTY);
			case 413 -> new RequestProblem(413, "error.tooLarge.title", new Message("error.tooLarge.detail"), null,
					null, HttpHeaders.EMPTY);
			case 400 -> new RequestProblem(400, "error.invalid.title", new Message("error.invalid.detail"), null,
					null, HttpHeaders.EMPTY);
			default -> status >= 500
					? new RequestProblem(status, "error.unexpected.title", new Message("error.unexpected.detail"), null,
							null, HttpHeaders.EMPTY)
					: new RequestProblem(status, "error.request.title", new Message("error.request.detail"), null, null,
							HttpHeaders.EMPTY);
		};
	}

	private static String join(List<MediaType> types) {
		return types.stream().map(MediaType::toString).distinct().collect(Collectors.joining(", "));
	}
}
