package org.cutis.biopsy.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.cutis.identity.Role;
import org.cutis.support.BiopsyFlow;
import org.cutis.support.Clinic;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The path log a page at a time: pages that do not overlap, add up to the total and keep the due
 * order across their boundaries; a page or size out of range refused by name; and the reads served
 * by the partial index in its order (no sort of every open specimen). The suite's database is
 * shared, so the test reads whatever else is open too and checks the order, not a fixed list.
 */
@CutisTest
class PathLogPagingTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	Login login;
	@Autowired
	Clinic clinic;
	@Autowired
	BiopsyFlow flow;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePagesAddUpToTheWholeLogInDueOrder() throws Exception {
		String derm = staff.create(Role.DERMATOLOGIST);
		String nurse = staff.create(Role.NURSE);
		var patient = clinic.patient();
		List<String> ours = new ArrayList<>();
		// collected at different ages (different due dates), and two orders with no due date
		for (int days = 0; days < 5; days++) {
			var o = flow.order(derm, patient, "bcc", "punch");
			flow.step(nurse, o.specimenId(), "{\"type\": \"collect\"}");
			flow.backdate(o.specimenId(), days * 3);
			ours.add(o.accession());
		}
		ours.add(flow.order(derm, patient, "bcc", "punch").accession());
		ours.add(flow.order(derm, patient, "bcc", "punch").accession());

		MockHttpServletResponse first = mvc.perform(get("/api/v1/path-log?size=3").with(login.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andReturn()
			.getResponse();
		long total = Long.parseLong(first.getHeader("X-Total-Count"));
		assertThat(total).isGreaterThanOrEqualTo(ours.size());
		assertThat(first.getHeader("Link")).contains("page=1", "size=3", "rel=\"next\"");

		List<Map<String, Object>> pagedBy3 = all(nurse, 3, total);
		List<Map<String, Object>> pagedBy200 = all(nurse, 200, total);
		List<String> accessions = pagedBy3.stream().map(e -> (String) e.get("accession")).toList();
		assertThat(accessions).hasSize((int) total).doesNotHaveDuplicates().containsAll(ours);
		// page boundaries change nothing: the same list in the same order
		assertThat(accessions).isEqualTo(pagedBy200.stream().map(e -> (String) e.get("accession")).toList());
		// due dates never go down, the orders without one come last, oldest first
		String previousDue = "";
		String previousOrdered = "";
		boolean undated = false;
		for (Map<String, Object> e : pagedBy3) {
			String due = (String) e.get("dueDate");
			if (due == null) {
				undated = true;
				assertThat((String) e.get("since")).isGreaterThanOrEqualTo(previousOrdered);
				previousOrdered = (String) e.get("since");
			}
			else {
				assertThat(undated).as("a dated specimen after an undated one").isFalse();
				assertThat(due).isGreaterThanOrEqualTo(previousDue);
				previousDue = due;
			}
		}
		// page 0 and page 1 are disjoint
		var page0 = new HashSet<>(accessions.subList(0, 3));
		assertThat(page0).doesNotContainAnyElementsOf(accessions.subList(3, Math.min(6, accessions.size())));

		// the page shows the whole log's count and a link to the next page
		mvc.perform(get("/path-log?size=3").with(login.as(nurse)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(total + " open specimens")))
			.andExpect(content().string(containsString("page=1")))
			.andExpect(content().string(containsString("pager-next")));
		mvc.perform(get("/path-log?size=3&page=1&patientId=" + patient).with(login.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pager-previous")))
			.andExpect(content().string(containsString("patientId=" + patient)));
	}

	@Test
	void aPageOrSizeOutOfRangeIsRefusedByName() throws Exception {
		String nurse = staff.create(Role.NURSE);
		mvc.perform(get("/api/v1/path-log?size=0").with(login.as(nurse)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/path-log?size=201").with(login.as(nurse)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/path-log?page=-1").with(login.as(nurse)).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].message").value("A page number from 0 to 100,000."));
		mvc.perform(get("/path-log?page=-1").with(login.as(nurse))).andExpect(status().isBadRequest());
		// past the end: an empty page, not an error
		mvc.perform(get("/api/v1/path-log?page=100000&size=200").with(login.as(nurse)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	/** Each read of the page comes from specimen_path_log_idx in the index's order: no sort node. */
	@Test
	void theReadsComeFromThePartialIndexInItsOrder() {
		String first = "select id, accession, path_awaits, path_since from specimen where path_awaits = 'REPORT'"
				+ " order by path_since, id limit 50";
		String overdue = "select count(*) from specimen where path_awaits = 'RECEIPT' and path_since < now()";
		String counts = "select path_awaits, count(*) from specimen where path_awaits is not null group by path_awaits";
		for (String sql : List.of(first, overdue, counts)) {
			String plan = explain(sql);
			assertThat(plan).as(sql).contains("specimen_path_log_idx").doesNotContain("Seq Scan on specimen");
			if (sql == first) {
				assertThat(plan).as(sql).doesNotContain("Sort");
			}
		}
	}

	/**
	 * The plan with sequential and bitmap scans priced out: a tiny test table would otherwise be
	 * scanned whole, or read by bitmap and sorted, whatever indexes it has.
	 */
	private String explain(String sql) {
		return jdbc.execute((ConnectionCallback<String>) c -> {
			try (var s = c.createStatement()) {
				s.execute("set enable_seqscan = off");
				s.execute("set enable_bitmapscan = off");
				StringBuilder plan = new StringBuilder();
				try (var rs = s.executeQuery("explain " + sql)) {
					while (rs.next()) {
						plan.append(rs.getString(1)).append('\n');
					}
				}
				s.execute("reset enable_seqscan");
				s.execute("reset enable_bitmapscan");
				return plan.toString();
			}
		});
	}

	private List<Map<String, Object>> all(String user, int size, long total) throws Exception {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (int page = 0; page * (long) size < total; page++) {
			String json = mvc.perform(get("/api/v1/path-log?size=" + size + "&page=" + page).with(login.as(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			entries.addAll(JsonPath.read(json, "$"));
		}
		return entries;
	}
}
