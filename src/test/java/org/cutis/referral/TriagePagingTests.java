package org.cutis.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.cutis.identity.Role;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The triage worklist a page at a time (issue 15): the pages cut one order, the one the worklist
 * always had (red flag, urgency, oldest first), and a wrong page or size is refused by its name.
 * Other tests' open referrals share the database, so the checks hold for any list around ours.
 */
@CutisTest
class TriagePagingTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	JdbcTemplate jdbc;

	String nurse;
	String clerk;
	String patientId;

	@BeforeEach
	void setUp() throws Exception {
		nurse = staff.create(Role.NURSE);
		clerk = staff.create(Role.CLERK);
		patientId = JsonPath.read(mvc.perform(post("/api/v1/patients").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameHangul": "한지우", "nameLatin": "HAN Jiwoo", "sex": "female", "birthDate": "1966-06-16"}
					"""))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		for (String urgency : List.of("routine", "urgent", "suspected-melanoma-fast-track", "routine", "urgent")) {
			refer(urgency);
		}
	}

	void refer(String urgency) throws Exception {
		mvc.perform(post("/api/v1/referrals").with(login.as(clerk))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"patientId": "%s", "source": {"kind": "external", "clinic": "연세피부과의원"},
					 "reason": "suspected-skin-cancer", "urgency": "%s"}
					""".formatted(patientId, urgency)))
			.andExpect(status().isCreated());
	}

	MockHttpServletResponse page(String query) throws Exception {
		return mvc.perform(get("/api/v1/referrals" + query).with(login.as(nurse)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	static List<Map<String, Object>> referrals(MockHttpServletResponse response) throws Exception {
		return JsonPath.read(response.getContentAsString(), "$[*].referral");
	}

	/** The whole worklist, page by page along the Link headers. */
	List<Map<String, Object>> everything() throws Exception {
		List<Map<String, Object>> all = new ArrayList<>();
		for (int page = 0;; page++) {
			MockHttpServletResponse response = page("?size=200&page=" + page);
			all.addAll(referrals(response));
			if (response.getHeader("Link") == null) {
				return all;
			}
		}
	}

	@Test
	void twoPagesAreDisjointAndContinueOneOrderWithTheTotalInAHeader() throws Exception {
		List<Map<String, Object>> all = everything();
		assertThat(all).hasSizeGreaterThanOrEqualTo(5);
		// the order the worklist always had: red flag first, then urgency, then oldest first
		for (int i = 1; i < all.size(); i++) {
			assertThat(rank(all.get(i - 1))).as("row %d before row %d", i - 1, i).isLessThanOrEqualTo(rank(all.get(i)));
			if (rank(all.get(i - 1)) == rank(all.get(i))) {
				assertThat(Instant.parse((String) all.get(i - 1).get("receivedAt")))
					.isBeforeOrEqualTo(Instant.parse((String) all.get(i).get("receivedAt")));
			}
		}
		MockHttpServletResponse first = page("?size=2");
		MockHttpServletResponse second = page("?size=2&page=1");
		assertThat(first.getHeader("X-Total-Count")).isEqualTo(Integer.toString(all.size()));
		assertThat(second.getHeader("X-Total-Count")).isEqualTo(Integer.toString(all.size()));
		assertThat(first.getHeader("Link")).contains("page=1").contains("size=2").contains("rel=\"next\"");
		assertThat(second.getHeader("Link")).contains("rel=\"prev\"");
		List<Object> ids = new ArrayList<>(ids(first));
		assertThat(ids).hasSize(2).doesNotContainAnyElementsOf(ids(second));
		ids.addAll(ids(second));
		assertThat(ids).isEqualTo(all.subList(0, 4).stream().map(r -> r.get("id")).toList());
	}

	@Test
	void thePageAfterTheLastIsEmptyWithoutANextLink() throws Exception {
		int total = Integer.parseInt(page("?size=1").getHeader("X-Total-Count"));
		MockHttpServletResponse beyond = page("?size=1&page=" + total);
		assertThat(referrals(beyond)).isEmpty();
		assertThat(beyond.getHeader("X-Total-Count")).isEqualTo(Integer.toString(total));
		assertThat(beyond.getHeader("Link")).doesNotContain("rel=\"next\"");
	}

	@Test
	void aPageBelowZeroOrASizeOutOfRangeIsRefusedNamingTheField() throws Exception {
		mvc.perform(get("/api/v1/referrals?page=-1").with(login.as(nurse)).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].message").value("A page number from 0 to 100,000."));
		mvc.perform(get("/api/v1/referrals?size=0").with(login.as(nurse)).header("Accept-Language", "ko"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.errors[0].message").value("한 쪽에 1부터 200건까지 입력하세요."));
		mvc.perform(get("/api/v1/referrals?size=201").with(login.as(nurse)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/referrals?page=-1").with(login.as(nurse)).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A page number from 0 to 100,000.")));
	}

	@Test
	void thePageShowsWhereItSitsAndLinksTheNextPage() throws Exception {
		mvc.perform(get("/referrals?size=2").with(login.as(nurse)).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("다음 쪽")))
			.andExpect(content().string(containsString("page=1&amp;size=2")));
	}

	@Test
	void theStoredRankIsTheOrderTheWorklistAlwaysHad() {
		// V1870 computed it for the referrals before; the application keeps it for new ones
		List<Map<String, Object>> wrong = jdbc.queryForList("""
				select r.id from referral r where r.priority_rank <>
				  (case when exists (select 1 from referral_red_flag f where f.referral_id = r.id) then 0 else 3 end)
				  + (case r.urgency when 'SUSPECTED_MELANOMA_FAST_TRACK' then 0 when 'URGENT' then 1 else 2 end)
				""");
		assertThat(wrong).isEmpty();
	}

	@Test
	void aPageIsReadInOrderFromThePartialIndexWithoutSorting() {
		// a center's history with a backlog of 400, in a transaction rolled back so that other tests'
		// worklists keep their length (ANALYZE counts the transaction's own rows)
		org.cutis.support.TestDatabase.owner().execute((java.sql.Connection c) -> {
			c.setAutoCommit(false);
			try (var s = c.createStatement()) {
				s.execute("""
						insert into referral (id, patient_id, source_kind, source_clinic, reason, urgency, received_at,
						    received_by, status, priority_rank)
						select gen_random_uuid(), '%s', 'EXTERNAL', '연세피부과의원', 'SUSPECTED_SKIN_CANCER', 'ROUTINE',
						    now() - g * interval '1 minute', 'load', case when g %% 50 = 0 then 'RECEIVED' else 'ACCEPTED' end, 5
						from generate_series(1, 20000) g
						""".formatted(patientId));
				s.execute("analyze referral");
				assertThat(plan(s, "explain select * from referral where status = 'RECEIVED'"
						+ " order by priority_rank, received_at, id limit 50 offset 50"))
					.contains("referral_triage_order_idx")
					.doesNotContain("Sort");
				// counted from an index of the open referrals alone (this one or referral_open_idx)
				assertThat(plan(s, "explain select count(*) from referral where status = 'RECEIVED'"))
					.doesNotContain("Seq Scan");
			}
			finally {
				c.rollback();
			}
			return null;
		});
	}

	static String plan(java.sql.Statement s, String explain) throws java.sql.SQLException {
		StringBuilder plan = new StringBuilder();
		try (var rows = s.executeQuery(explain)) {
			while (rows.next()) {
				plan.append(rows.getString(1)).append('\n');
			}
		}
		return plan.toString();
	}

	static List<Object> ids(MockHttpServletResponse response) throws Exception {
		return referrals(response).stream().map(r -> r.get("id")).toList();
	}

	/** The rank the worklist sorts by before the arrival time, from what the API shows. */
	static int rank(Map<String, Object> referral) {
		int urgency = switch ((String) referral.get("urgency")) {
			case "suspected-melanoma-fast-track" -> 0;
			case "urgent" -> 1;
			default -> 2;
		};
		return (Boolean.TRUE.equals(referral.get("scarWarning")) ? 0 : 3) + urgency;
	}
}
