package org.cutis.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

/**
 * The database cannot be reached for now: the embedded server is restarting, a connection broke,
 * or the pool had none to give within its timeout. That is not the request's fault and it will
 * pass, so the answer is 503 Service Unavailable with {@code Retry-After}, as a problem (RFC 9457)
 * for API clients and as a page for people, never a 500.
 */
final class DatabaseUnavailable {
	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
	static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseUnavailable() {
	}

	private static final String GENERATION = DatabaseUnavailable.class.getName() + ".generation";

	/**
	 * Whether {@code failure} of {@code request} comes from the database being out of reach: by
	 * its SQLSTATE (see below), or, for the embedded server, any database failure while the server
	 * is down or after it died during the request (a broken transaction's rollback then fails on a
	 * closed connection, hiding the first error).
	 */
	static boolean isCause(Throwable failure, DatabaseServer server, HttpServletRequest request) {
		if (isCause(failure)) {
			return true;
		}
		if (!server.isEmbedded() || !fromDatabase(failure)) {
			return false;
		}
		EmbeddedDatabase embedded = server.embedded();
		Object generation = request.getAttribute(GENERATION);
		return !embedded.isServing() || (generation instanceof Integer seen && seen != embedded.deaths());
	}

	private static boolean fromDatabase(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException || t instanceof org.springframework.dao.DataAccessException
					|| t instanceof org.springframework.transaction.TransactionException
					|| t instanceof jakarta.persistence.PersistenceException
					|| t instanceof org.hibernate.HibernateException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code failure} says the database is out of reach: SQLSTATE class 08 (connection
	 * exception), 57P01-57P03 (the server shut down, crashed or is still starting), or no
	 * connection from the pool in time.
	 */
	static boolean isCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
						|| state.equals("57P03")) {
					return true;
				}
			}
		}
		return false;
	}

	static void answer(HttpServletRequest request, HttpServletResponse response, MessageSource messages)
			throws IOException {
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		String accept = request.getHeader("Accept");
		boolean page = !request.getRequestURI().startsWith(request.getContextPath() + "/api/") && accept != null
				&& accept.contains("text/html");
		if (page) {
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(page(messages).getBytes(StandardCharsets.UTF_8));
		}
		else {
			Locale locale = request.getLocale();
			response.setContentType("application/problem+json;charset=UTF-8");
			response.getOutputStream()
				.write(("{\"type\":\"about:blank\",\"status\":503,\"title\":" + json(text(messages, "title", locale))
						+ ",\"detail\":" + json(text(messages, "detail", locale)) + ",\"retryAfterSeconds\":"
						+ RETRY_AFTER_SECONDS + "}")
					.getBytes(StandardCharsets.UTF_8));
		}
		response.flushBuffer();
	}

	/** Both languages: nothing that needs the database (the user's session, say) is read. */
	private static String page(MessageSource messages) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"UTF-8\">"
				+ "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\"><title>Cutis</title></head>"
				+ "<body style=\"font-family:sans-serif;max-width:40em;margin:4em auto\">");
		for (Locale locale : new Locale[] { Locale.KOREAN, Locale.ENGLISH }) {
			html.append("<section lang=\"")
				.append(locale.getLanguage())
				.append("\"><h1>")
				.append(HtmlUtils.htmlEscape(text(messages, "title", locale)))
				.append("</h1><p>")
				.append(HtmlUtils.htmlEscape(text(messages, "detail", locale)))
				.append("</p></section>");
		}
		return html.append("</body></html>").toString();
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return messages.getMessage("database.unavailable." + key, null, key, locale);
	}

	private static String json(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

	/**
	 * Outermost filter: while the embedded server restarts, every request but the health check is
	 * answered at once; a failure to reach the database that escapes the rest of the chain (session
	 * and security filters read the database before any controller) becomes the same answer.
	 */
	static final class Filter extends OncePerRequestFilter {
		private final DatabaseServer server;
		private final MessageSource messages;

		Filter(DatabaseServer server, MessageSource messages) {
			this.server = server;
			this.messages = messages;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (server.isEmbedded()) {
				if (!server.embedded().isServing()
						&& !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
					answer(request, response, messages);
					return;
				}
				request.setAttribute(GENERATION, server.embedded().deaths());
			}
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | IOException | RuntimeException e) {
				if (!isCause(e, server, request) || response.isCommitted()) {
					throw e;
				}
				log.warn("Database unavailable during {} {}: {}", request.getMethod(), request.getRequestURI(),
						e.getMessage());
				answer(request, response, messages);
			}
		}
	}

	/** Ahead of the problem advices: a controller's failure to reach the database is a 503 too. */
	static final class Resolver implements HandlerExceptionResolver {
		private final DatabaseServer server;
		private final MessageSource messages;

		Resolver(DatabaseServer server, MessageSource messages) {
			this.server = server;
			this.messages = messages;
		}

		@Override
		public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception failure) {
			if (!isCause(failure, server, request) || response.isCommitted()) {
				return null;
			}
			log.warn("Database unavailable during {} {}: {}", request.getMethod(), request.getRequestURI(),
					failure.getMessage());
			try {
				answer(request, response, messages);
			}
			catch (IOException e) {
				return null;
			}
			return new ModelAndView();
		}
	}
}
