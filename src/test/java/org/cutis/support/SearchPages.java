package org.cutis.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.cutis.search.query.SearchQuery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page of a {@code GET /api/v1/search} answer, following {@code next}: the suite's shared
 * database holds many other tests' records, so a test's own record may be on a later page. Stops
 * at the search's deepest offset.
 */
@Component
public class SearchPages {
	// a provider: contexts started without MockMvc (a whole application in a test) scan this class too
	private final ObjectProvider<MockMvc> mvc;
	private final Login login;

	SearchPages(ObjectProvider<MockMvc> mvc, Login login) {
		this.mvc = mvc;
		this.login = login;
	}

	/** The items of all pages for this user; params are name, value pairs (a null value is left out). */
	public List<Map<String, Object>> items(String user, String... params) throws Exception {
		List<Map<String, Object>> all = new ArrayList<>();
		String next = null;
		do {
			MockHttpServletRequestBuilder request = get("/api/v1/search");
			for (int i = 0; i < params.length; i += 2) {
				if (params[i + 1] != null) {
					request.param(params[i], params[i + 1]);
				}
			}
			if (next != null) {
				request.param("next", next);
			}
			String json = mvc.getObject().perform(request.with(login.as(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			all.addAll(JsonPath.<List<Map<String, Object>>>read(json, "$.items"));
			next = JsonPath.read(json, "$.next");
		}
		while (next != null && Integer.parseInt(next) <= SearchQuery.MAX_OFFSET);
		return all;
	}

	/** The ids of all pages. */
	public List<Object> ids(String user, String... params) throws Exception {
		return items(user, params).stream().map(i -> i.get("id")).toList();
	}
}
