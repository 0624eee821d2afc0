package org.cutis.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.cutis.identity.Role;
import org.cutis.patient.PatientDetails;
import org.cutis.patient.PatientRegistration;
import org.cutis.patient.Sex;
import org.cutis.support.CutisTest;
import org.cutis.support.Login;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordination several nodes use ({@code cutis.search.coordination=outbox-polling}, always on
 * with {@code cutis.search.index=elasticsearch}), run here against the embedded index: a change
 * writes its event into the database outbox when its transaction commits (a rollback writes none:
 * the event is written just before the commit, so it cannot be seen from inside the transaction),
 * and the node's background agent indexes it and removes the event: the record is found once processed.
 * The cluster backend itself needs a running Elasticsearch and is not run here (README).
 */
@CutisTest
@TestPropertySource(properties = { "cutis.search.coordination=outbox-polling", "cutis.search.index=heap",
		"cutis.search.rebuild-on-start=false" })
@DirtiesContext // its agent polls the outbox: not left running for the rest of the suite
class SearchOutboxTests {
	@Autowired
	MockMvc mvc;
	@Autowired
	Login login;
	@Autowired
	Staff staff;
	@Autowired
	PatientRegistration registration;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aChangeGoesThroughTheOutboxAndIsIndexedOnce() throws Exception {
		String clerk = staff.create(Role.CLERK);
		String name = "오" + syllable() + syllable();
		UUID patient = registration.register(details(name));
		String mrn = jdbc.queryForObject("select mrn from patient where id = ?", String.class, patient);
		awaitFound(clerk, mrn, patient);
		awaitNoEvents(patient);
		// this node works the outbox as a registered agent (with several nodes, each takes its share)
		assertThat(jdbc.queryForObject("select count(*) from hsearch_agent where type like 'EVENT_PROCESSING%'",
				Integer.class)).isPositive();

		// a registration rolled back leaves neither the record nor an event
		String other = "오" + syllable() + syllable();
		UUID[] rolledBack = new UUID[1];
		transactions.executeWithoutResult(tx -> {
			rolledBack[0] = registration.register(details(other));
			tx.setRollbackOnly();
		});
		assertThat(events(rolledBack[0])).isZero();
		assertThat(ids(clerk, other)).doesNotContain(rolledBack[0].toString());
	}

	private int events(UUID patient) {
		return jdbc.queryForObject("select count(*) from hsearch_outbox_event where entity_id like ?", Integer.class,
				"%" + patient);
	}

	private void awaitFound(String user, String q, UUID patient) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (!ids(user, q).contains(patient.toString())) {
			assertThat(Instant.now()).as("indexed through the outbox within a minute").isBefore(until);
			Thread.sleep(100);
		}
	}

	private void awaitNoEvents(UUID patient) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (events(patient) > 0) {
			assertThat(Instant.now()).as("the processed event removed").isBefore(until);
			Thread.sleep(100);
		}
	}

	private List<String> ids(String user, String q) throws Exception {
		String json = mvc.perform(get("/api/v1/search").param("q", q).with(login.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.items[*].id");
	}

	private static PatientDetails details(String hangul) {
		return new PatientDetails(hangul, "Oh Test", Sex.MALE, LocalDate.of(1958, 7, 2),
				"010-" + (1000 + ThreadLocalRandom.current().nextInt(9000)) + "-4321", null, "ko", null, null, null, null);
	}

	private static String syllable() {
		return new String(Character.toChars(0xAC00 + ThreadLocalRandom.current().nextInt(11172)));
	}
}
