package org.cutis.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditLog;
import org.cutis.audit.AuditQuery;
import org.cutis.identity.Department;
import org.cutis.identity.Role;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding 6 on the pages: a malformed id is "not found", a refused form comes back with its
 * message (also across a redirect, which the web session in the database must be able to
 * carry), and a NUL or an over-long value is an answer, never the "call IT" page.
 */
@CutisTest
class BadInputPageTests {
	static final String CALL_IT = "call IT";

	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	Staff staff;
	@Autowired
	Clinic clinic;
	@Autowired
	BiopsyFlow biopsies;
	@Autowired
	AuditLog audit;
	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Every page route whose path carries an id, with "not-a-uuid" in its place. */
	List<String> pagesWithMalformedIds() {
		List<String> paths = new ArrayList<>();
		Pattern variable = Pattern.compile("\\{([^}/]+)}");
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = mapping.getValue();
			Class<?> type = handler.getBeanType();
			boolean page = type.isAnnotationPresent(Controller.class) && !type.isAnnotationPresent(RestController.class);
			boolean get = mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET);
			if (!page || !get) {
				continue;
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				Matcher m = variable.matcher(pattern);
				StringBuilder path = new StringBuilder();
				boolean hasId = false;
				while (m.find()) {
					boolean uuid = isUuid(handler, m.group(1));
					hasId |= uuid;
					m.appendReplacement(path, uuid ? "not-a-uuid" : UUID.randomUUID().toString());
				}
				m.appendTail(path);
				if (hasId) {
					paths.add(path.toString());
				}
			}
		}
		return paths;
	}

	static boolean isUuid(HandlerMethod handler, String name) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
			if (variable != null && parameter.getParameterType() == UUID.class
					&& name.equals(variable.value().isEmpty() ? parameter.getParameterName() : variable.value())) {
				return true;
			}
		}
		return false;
	}

	@Test
	void everyPageWithAMalformedIdIsNotFoundNotTheCallItPage() throws Exception {
		// the administrator opens the administration pages, the dermatologist the clinical ones (the
		// access matrix refuses each the other's with 403 before the id is read)
		List<String> callers = List.of(staff.create(Role.ADMIN, Department.ADMINISTRATION),
				staff.create(Role.DERMATOLOGIST));
		List<String> paths = pagesWithMalformedIds();
		assertThat(paths).contains("/patients/not-a-uuid", "/lesions/not-a-uuid", "/specimens/not-a-uuid",
				"/cancers/not-a-uuid");
		for (String path : paths) {
			List<Integer> statuses = new java.util.ArrayList<>();
			for (String caller : callers) {
				MvcResult answer = mvc.perform(get(path).with(login.as(caller)).header("Accept-Language", "en"))
					.andExpect(content().string(not(containsString(CALL_IT))))
					.andReturn();
				statuses.add(answer.getResponse().getStatus());
			}
			assertThat(statuses).as(path).contains(404).isSubsetOf(404, 403);
		}
	}

	/** A punch of a fresh lesion, collected and sent, so the pathologist can receive it. */
	BiopsyFlow.Ordered sent(String derm, String nurse, UUID patient) throws Exception {
		BiopsyFlow.Ordered o = biopsies.order(derm, patient, "melanoma", "punch");
		biopsies.step(nurse, o.specimenId(), "{\"type\": \"collect\"}");
		biopsies.step(nurse, o.specimenId(), "{\"type\": \"send\"}");
		return o;
	}

	@Test
	void aWrongMrnOnTheSpecimenPageComesBackAsAMessageAcrossTheRedirect() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE, Department.NURSING);
		String pathologist = staff.create(Role.PATHOLOGIST, Department.PATHOLOGY);
		BiopsyFlow.Ordered o = sent(derm, nurse, clinic.patient());
		MvcResult refused = mvc.perform(post("/specimens/" + o.specimenId() + "/events").with(login.as(pathologist))
			.header("Accept-Language", "en")
			.param("type", "receive")
			.param("accession", o.accession())
			.param("mrn", "99999997")
			.param("site", "BACK"))
			.andExpect(redirectedUrl("/specimens/" + o.specimenId()))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> errors = (List<String>) refused.getFlashMap().get("eventErrors");
		assertThat(errors).singleElement().asString().contains("MRN");
		// the redirect's page, in the same web session: the message came through the session's table
		Cookie session = refused.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/specimens/" + o.specimenId()).with(login.as(pathologist)).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(errors.get(0))));
	}

	@Test
	void aBlankVoidReasonOnTheSpecimenPageComesBackAsAMessage() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		BiopsyFlow.Ordered o = biopsies.order(derm, clinic.patient(), "melanoma", "punch");
		mvc.perform(post("/specimens/" + o.specimenId() + "/events").with(login.as(derm))
			.header("Accept-Language", "en")
			.param("type", "void")
			.param("reason", " "))
			.andExpect(redirectedUrl("/specimens/" + o.specimenId()))
			.andExpect(flash().attribute("eventErrors", List.of("A reason is required.")));
	}

	@Test
	void aBlankReasonForVoidingAPatientIsSaidOnThePageNotAServerError() throws Exception {
		String clerk = staff.create(Role.CLERK, Department.ADMINISTRATION);
		mvc.perform(post("/patients/" + clinic.patient() + "/void").with(login.as(clerk))
			.header("Accept-Language", "en")
			.param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A reason is required.")))
			.andExpect(content().string(not(containsString(CALL_IT))));
	}

	@Test
	void aValueLongerThanItsColumnIsShownNextToItsField() throws Exception {
		String clerk = staff.create(Role.CLERK, Department.ADMINISTRATION);
		mvc.perform(post("/patients").with(login.as(clerk))
			.header("Accept-Language", "en")
			.param("nameLatin", "KIM Minsu")
			.param("sex", "MALE")
			.param("birthDate", "1958-03-14")
			.param("emergencyRelation", "x".repeat(101))
			.param("confirmedNotDuplicate", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "emergencyRelation", "error.field.tooLong"))
			.andExpect(content().string(containsString("At most 100 characters.")));
	}

	@Test
	void aNulCharacterInAFormFieldIsRefused() throws Exception {
		String clerk = staff.create(Role.CLERK, Department.ADMINISTRATION);
		mvc.perform(post("/patients").with(login.as(clerk)).param("nameLatin", "KIM\u0000Minsu"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNulCharacterInTheLoginFormIsRefused() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", "admin\u0000").param("password", "x"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aLoginNameLongerThanItsColumnOnTheLoginPageIsAFailedLoginThatIsAudited() throws Exception {
		String name = "z" + UUID.randomUUID().toString().replace("-", "") + "q".repeat(167);
		mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "x"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(audit.find(new AuditQuery(null, null, AuditAction.LOGIN_FAILED, null, null, null, 500)))
			.anySatisfy(e -> assertThat(e.user()).startsWith(name.substring(0, 59)).endsWith("\u2026"));
	}
}
