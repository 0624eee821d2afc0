package org.cutis.demo.bench;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of request the bench measures: its name (as in the report), the demo login that sends
 * it, where its samples come from, and the request for one sample. A path under {@code /api/} is
 * sent with the login's bearer token, any other path with its page session.
 */
record Operation(String name, String login, Supplier<String> sample, Function<String, Request> request) {

	/** A GET of the path, or a POST of the JSON body to it. */
	record Request(String path, String jsonBody) {
		static Request get(String path) {
			return new Request(path, null);
		}

		boolean api() {
			return path.startsWith("/api/");
		}
	}
}
