package org.cutis.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.cutis.shared.Paged;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The headers of an API worklist that answers one page as a bare JSON array (clients read the
 * array as before): X-Total-Count, the rows of all pages; Link, rel="next" and rel="prev" to the
 * neighbouring pages (RFC 8288), each the request's own address with only page= changed.
 */
public final class PageHeaders {
	public static final String TOTAL_COUNT = "X-Total-Count";

	private PageHeaders() {
	}

	/** For the page answering the current request. */
	public static HttpHeaders of(Paged<?> paged) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(TOTAL_COUNT, Long.toString(paged.total()));
		List<String> links = new ArrayList<>();
		if (paged.hasNext()) {
			links.add(link(paged.page() + 1, "next"));
		}
		if (paged.hasPrevious()) {
			links.add(link(paged.page() - 1, "prev"));
		}
		if (!links.isEmpty()) {
			headers.set(HttpHeaders.LINK, String.join(", ", links));
		}
		return headers;
	}

	private static String link(int page, String rel) {
		String uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
		return "<" + uri + ">; rel=\"" + rel + "\"";
	}
}
