package org.cutis.identity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutis.identity.Permission;
import org.cutis.identity.Role;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The access matrix, generated from the running application: every route the dispatcher knows
 * (every API operation and every page, read from the request mappings) is called as anonymous
 * and as every role, and each answer must be what {@link Permission} says. Allowed: neither 401
 * nor 403 nor a redirect to the login page. Refused: 401 (a page: the login page) for anonymous,
 * 403 for a role. Never a server error. Path variables are fresh ids (for reads, the patient
 * account's own patient where the path names a patient), so nothing is changed by the calls.
 */
@CutisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {
	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;
	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	UUID patientId;
	Map<Role, String> users = new EnumMap<>(Role.class);
	Map<Role, RequestPostProcessor> sessions = new EnumMap<>(Role.class);

	@BeforeAll
	void everyRoleHasAnAccount() {
		patientId = clinic.patient();
		for (Role role : Role.values()) {
			users.put(role, role == Role.PATIENT ? staff.createPatientAccount(patientId) : staff.create(role));
			sessions.put(role, login.as(users.get(role)));
		}
	}

	/** One route: a method and a concrete path, with the permissions its controller names. */
	record Call(HttpMethod method, String pattern, String path, MediaType consumes, Map<String, String> params,
			Permission[] permissions) {
		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	@Test
	void everyRouteAnswersEveryRoleAsTheMatrixSays() throws Exception {
		List<Call> calls = calls();
		List<String> differences = new ArrayList<>();
		int cells = 0;
		for (Call call : calls) {
			for (Optional<Role> caller : callers()) {
				MockHttpServletResponse response = mvc.perform(request(call, caller)).andReturn().getResponse();
				cells++;
				boolean allowed = caller.map(role -> Arrays.stream(call.permissions()).anyMatch(p -> p.allows(role)))
					.orElseGet(() -> Arrays.stream(call.permissions()).anyMatch(Permission::allowsAnonymous));
				String problem = verdict(call, caller, allowed, response);
				if (problem != null) {
					differences.add(call + " as " + caller.map(Role::code).orElse("anonymous") + ": " + problem);
				}
			}
		}
		System.out.printf("access matrix: %d routes x %d callers = %d cells checked, %d differences%n",
				calls.size(), callers().size(), cells, differences.size());
		assertThat(calls).hasSizeGreaterThan(100);
		assertThat(differences).isEmpty();
	}

	/** The refusal page answers 403 to everyone; that is its purpose, not a refusal of it. */
	private static String verdict(Call call, Optional<Role> caller, boolean allowed, MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		boolean toLogin = status == 302 && location != null && location.endsWith("/login");
		if (status >= 500) {
			return "server error " + status;
		}
		if (call.pattern().equals(SecurityConfiguration.REFUSAL_PAGE)) {
			return status == 403 ? null : "the refusal page answered " + status;
		}
		if (allowed) {
			return status == 401 || status == 403 || toLogin ? "refused (" + status + ") but the matrix allows it"
					: null;
		}
		if (caller.isEmpty()) {
			return status == 401 || toLogin ? null : "anonymous got " + status + " instead of 401";
		}
		return status == 403 ? null : "got " + status + " but the matrix refuses it";
	}

	@Test
	void everyCutisRouteNamesItsPermissionAndNoneUsesPreAuthorize() {
		List<String> unnamed = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getName().startsWith("org.cutis.")) {
				if (RouteAccess.permissionsOf(handler).length == 0
						&& info.getPatternValues().stream().allMatch(p -> routePermissions(p).length == 0)) {
					unnamed.add(info.toString());
				}
				if (handler.hasMethodAnnotation(PreAuthorize.class)
						|| handler.getBeanType().isAnnotationPresent(PreAuthorize.class)) {
					unnamed.add(info + " uses @PreAuthorize instead of the matrix");
				}
			}
		});
		assertThat(unnamed).isEmpty();
	}

	@Test
	void thePublicSiteAndTheLoginPageStayOpen() throws Exception {
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/login")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/css/cutis.css")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/actuator/health")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	/** A route refused to a role is refused before its body is read: a wrong media type gets 403, not 415. */
	@Test
	void aRefusedRoleIsRefusedWhateverItSends() throws Exception {
		String clerk = users.get(Role.CLERK);
		assertThat(mvc.perform(MockMvcRequestBuilders.post("/api/v1/lesions/" + UUID.randomUUID() + "/photos")
			.with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(MockMvcRequestBuilders.post("/api/v1/cancers/" + UUID.randomUUID() + "/recurrence")
			.with(login.as(clerk))
			.contentType(MediaType.TEXT_PLAIN)
			.content("not json")).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/cancers").with(login.as(clerk)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private List<Optional<Role>> callers() {
		List<Optional<Role>> callers = new ArrayList<>();
		callers.add(Optional.empty());
		for (Role role : Role.values()) {
			callers.add(Optional.of(role));
		}
		return callers;
	}

	private MockHttpServletRequestBuilder request(Call call, Optional<Role> caller) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(call.method(), call.path());
		call.params().forEach(request::param);
		if (call.method() == HttpMethod.POST || call.method() == HttpMethod.PUT) {
			if (call.consumes() != null && call.consumes().includes(MediaType.MULTIPART_FORM_DATA)) {
				request.contentType(MediaType.MULTIPART_FORM_DATA);
			}
			else if (call.path().startsWith("/api/")) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		if (caller.isPresent() && call.pattern().equals("/api/v1/tokens") && call.method() == HttpMethod.POST) {
			// a token is minted for the password alone (a session cannot mint one): the matrix says who may
			request.with(httpBasic(users.get(caller.get()), Staff.PASSWORD));
		}
		else if (caller.isPresent()) {
			request.with(sessions.get(caller.get()));
		}
		else {
			request.with(csrf());
		}
		return request;
	}

	/** Every route of the dispatcher, each HTTP method on its own, with concrete paths. */
	private List<Call> calls() {
		List<Call> calls = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = route.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst().orElse(null);
			Map<String, String> params = new LinkedHashMap<>();
			info.getParamsCondition()
				.getExpressions()
				.stream()
				.filter(e -> !e.isNegated())
				.forEach(e -> params.put(e.getName(), e.getValue() != null ? e.getValue() : patientId.toString()));
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					// Spring's error page answers only error dispatches; as a route it is checked in ROUTES below
					continue;
				}
				Permission[] permissions = permissions(route.getValue(), pattern);
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					HttpMethod http = HttpMethod.valueOf(method.name());
					calls.add(new Call(http, pattern, concrete(pattern, http), consumes, params, permissions));
				}
			}
		}
		// the routes no controller serves: metrics and health
		calls.add(new Call(HttpMethod.GET, "/actuator/prometheus", "/actuator/prometheus", null, Map.of(),
				routePermissions("/actuator/prometheus")));
		calls.add(new Call(HttpMethod.GET, "/actuator/health", "/actuator/health", null, Map.of(),
				routePermissions("/actuator/health")));
		return calls;
	}

	/** What the controller names, or else what ROUTES says (a library's route, the shared kernel's pages). */
	private static Permission[] permissions(HandlerMethod handler, String pattern) {
		Permission[] named = RouteAccess.permissionsOf(handler);
		return named.length > 0 ? named : routePermissions(pattern);
	}

	private static Permission[] routePermissions(String path) {
		PathContainer container = PathContainer.parsePath(path.replaceAll("\\{[^}]*}", "x"));
		return SecurityConfiguration.ROUTES.stream()
			.filter(route -> Arrays.stream(route.patterns())
				.anyMatch(p -> PathPatternParser.defaultInstance.parse(p).matches(container)))
			.map(SecurityConfiguration.Route::permission)
			.findFirst()
			.map(p -> new Permission[] { p })
			.orElse(new Permission[0]);
	}

	/**
	 * A path for the pattern: for a read, the patient account's own patient where it names a
	 * patient; a fresh id everywhere else, so that no call changes a record.
	 */
	private String concrete(String pattern, HttpMethod method) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String before = pattern.substring(0, m.start());
			boolean patient = method == HttpMethod.GET && (name.equals("patientId") || before.endsWith("/patients/"));
			String value = switch (name) {
				case "username" -> "nobody-" + UUID.randomUUID().toString().substring(0, 8);
				case "rule" -> "melanoma.stage";
				default -> patient ? patientId.toString() : UUID.randomUUID().toString();
			};
			m.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		m.appendTail(path);
		return path.toString();
	}
}
