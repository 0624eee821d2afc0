package org.cutis.identity;

import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CutisTest
class StaffAdministrationTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;

	@Test
	void anAdministratorCreatesAnAccountWhoseOneTimePasswordWorksOnlyForChangingIt() throws Exception {
		String admin = staff.create(Role.ADMIN);
		String username = "derm-" + System.nanoTime() % 100000;
		mvc.perform(post("/admin/staff").with(login.as(admin))
			.param("username", username)
			.param("displayName", "김지현")
			.param("role", "DERMATOLOGIST")
			.param("departments", "DERMATOLOGY")).andExpect(redirectedUrl("/admin/staff"));
		mvc.perform(get("/admin/staff").with(login.as(admin)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString(username)));
	}

	@Test
	void reRoleAndDisableThroughTheApi() throws Exception {
		String admin = staff.create(Role.ADMIN);
		String nurse = staff.create(Role.NURSE);
		mvc.perform(put("/api/v1/staff/" + nurse + "/role").with(login.as(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"CLERK\", \"departments\": [\"ADMINISTRATION\"]}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/staff/" + nurse + "/disable").with(login.as(admin))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/staff").with(login.as(admin)))
			.andExpect(jsonPath("$[?(@.username == '" + nurse + "')].role").value(hasItem("CLERK")))
			.andExpect(jsonPath("$[?(@.username == '" + nurse + "')].enabled").value(hasItem(false)));
		mvc.perform(post("/api/v1/tokens").with(httpBasic(nurse, Staff.PASSWORD))).andExpect(status().isUnauthorized());
	}

	@Test
	void anUnknownDepartmentIsRefusedNamingTheFieldAndTheAllowedValues() throws Exception {
		String admin = staff.create(Role.ADMIN);
		mvc.perform(post("/api/v1/staff").with(login.as(admin))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"x-new\", \"displayName\": \"X\", \"role\": \"NURSE\", \"departments\": [\"ASTROLOGY\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(containsString("departments")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("PATHOLOGY")));
	}

	@Test
	void aTakenUsernameIsAFieldErrorNotAServerError() throws Exception {
		String admin = staff.create(Role.ADMIN);
		mvc.perform(post("/api/v1/staff").with(login.as(admin))
			.header("Accept-Language", "ko")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"displayName\": \"X\", \"role\": \"NURSE\", \"departments\": [\"NURSING\"]}"
				.formatted(admin)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[0].message").value("이미 쓰이는 사용자 이름입니다."));
	}
}
