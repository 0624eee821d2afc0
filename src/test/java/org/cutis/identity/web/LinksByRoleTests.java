package org.cutis.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.SignedCancers;
import org.cutis.support.Staff;
import org.cutis.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page shows only the links its reader may open: for each role, a crawl from the start page
 * through every link in page bodies ({@code <main>}) finds none that answers 401 or 403. The
 * header menu is the layout's and is not asserted here; its links are followed to reach pages.
 * Pages are visited once per shape (ids replaced), so the crawl stays small on a full database.
 */
@CutisTest
class LinksByRoleTests {
	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	private static final int MAX_PAGES = 160;

	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	SignedCancers cancers;
	@Autowired
	TestClock clock;

	// one clinic for all roles (the test instance is new for each role)
	static SignedCancers.Signed signed;

	/** A signed melanoma on a meeting's list, a referral, so the pages have something to link to. */
	@BeforeEach
	void clinicWithABoardCase() throws Exception {
		if (signed != null) {
			return;
		}
		signed = cancers.melanoma("1.5", false);
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		String chair = staff.create(Role.ONCOLOGIST, Department.HEMATOLOGY_ONCOLOGY);
		Instant at = Instant.now().plus(Duration.ofDays(3));
		String meeting = JsonPath.read(json(nurse, "/api/v1/tumor-board/meetings", """
				{"title": "Links", "scheduledAt": "%s", "cutOffHoursBefore": 1, "place": "3F", "chair": "%s"}
				""".formatted(at, chair)).getContentAsString(), "$[0].id");
		String caseId = JsonPath.read(json(nurse, "/api/v1/tumor-board/meetings/" + meeting + "/cases", """
				{"cancerId": "%s", "question": "adjuvant therapy?"}
				""".formatted(signed.cancerId())).getContentAsString(), "$.id");
		// signed on the meeting's day, leaving action items for the departments every role below is in
		clock.travelTo(at);
		try {
			json(nurse, "/api/v1/tumor-board/cases/" + caseId + "/attendance", """
					{"attendees": [{"department": "dermatology"}, {"department": "hematology-oncology"},
					 {"department": "pathology"}]}
					""");
			json(chair, "/api/v1/tumor-board/cases/" + caseId + "/recommendation", """
					{"password": "%s", "intent": "curative", "items": [{"type": "wide-local-excision", "detail": "1-2 cm"}],
					 "actionItems": [{"description": "Crawl: re-excision to book", "department": "dermatology", "dueDate": "2026-12-01"},
					                 {"description": "Send the letter", "department": "administration", "dueDate": "2026-12-02"}]}
					""".formatted(Staff.PASSWORD));
		}
		finally {
			clock.reset();
		}
		json(staff.create(Role.CLERK), "/api/v1/referrals", """
				{"patientId": "%s", "source": {"kind": "external", "clinic": "연세피부과의원"},
				 "reason": "suspected-skin-cancer", "urgency": "routine", "note": "links"}
				""".formatted(signed.patientId()));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "MONITORING", mode = EnumSource.Mode.EXCLUDE)
	void everyLinkInAPageBodyOpensForItsReader(Role role) throws Exception {
		String user = role == Role.PATIENT ? staff.createPatientAccount(signed.patientId())
				: staff.create(role, Department.DERMATOLOGY, Department.ADMINISTRATION);
		List<String> refused = new ArrayList<>();
		Deque<Link> queue = new ArrayDeque<>(List.of(new Link("/home", "start", true)));
		Set<String> shapes = new HashSet<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			Link link = queue.poll();
			if (!shapes.add(shape(link.url()))) {
				continue;
			}
			pages++;
			MockHttpServletResponse response = mvc.perform(get(link.url()).with(login.as(user))
				.header("Accept-Language", "ko")).andReturn().getResponse();
			int status = response.getStatus();
			if (status == 401 || status == 403) {
				if (link.inBody()) {
					refused.add(status + " " + link.url() + " (linked from " + link.from() + ")");
				}
				continue;
			}
			String type = response.getContentType();
			if (status != 200 || type == null || !type.startsWith(MediaType.TEXT_HTML_VALUE)) {
				continue;
			}
			String html = response.getContentAsString();
			int mainStart = html.indexOf("<main");
			int mainEnd = html.indexOf("</main>");
			Matcher hrefs = HREF.matcher(html);
			while (hrefs.find()) {
				String target = internal(hrefs.group(1));
				if (target != null) {
					boolean inBody = mainStart >= 0 && hrefs.start() > mainStart && hrefs.start() < mainEnd;
					queue.add(new Link(target, link.url(), inBody));
				}
			}
		}
		if (role == Role.ADMIN || role == Role.CLERK) {
			// the case the issue found: an administrator's action items, whose board case it may not open
			assertThat(mvc.perform(get("/action-items").with(login.as(user))).andReturn().getResponse()
				.getContentAsString()).contains("Send the letter").doesNotContain("href=\"/tumor-board/cases/");
		}
		assertThat(refused).as("links shown to a %s that it may not open", role).isEmpty();
		assertThat(pages).as("pages a %s crawled", role).isGreaterThan(1);
	}

	/** A link to a page of this application; null for other sites, anchors, assets and logging out. */
	static String internal(String href) {
		String url = HtmlUtils.htmlUnescape(href);
		int hash = url.indexOf('#');
		url = hash >= 0 ? url.substring(0, hash) : url;
		if (!url.startsWith("/") || url.startsWith("//") || url.isEmpty()) {
			return null;
		}
		for (String skip : List.of("/logout", "/css/", "/js/", "/webjars/", "/images/", "/favicon")) {
			if (url.startsWith(skip)) {
				return null;
			}
		}
		return url;
	}

	/** The page's shape: ids, numbers and query values left out, parameter names kept. */
	static String shape(String url) {
		int q = url.indexOf('?');
		String path = ID.matcher(q >= 0 ? url.substring(0, q) : url).replaceAll("{id}").replaceAll("/\\d+", "/{n}");
		Set<String> params = new TreeSet<>();
		if (q >= 0) {
			for (String pair : url.substring(q + 1).split("&")) {
				params.add(pair.split("=", 2)[0]);
			}
		}
		return path + params;
	}

	MockHttpServletResponse json(String user, String path, String body) throws Exception {
		MockHttpServletResponse response = mvc.perform(post(path).with(login.as(user))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isBetween(200, 201);
		return response;
	}

	record Link(String url, String from, boolean inBody) {
	}
}
