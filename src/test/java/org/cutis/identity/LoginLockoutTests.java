package org.cutis.identity;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cutis.audit.AuditAction;
import org.cutis.audit.AuditEntry;
import org.cutis.audit.AuditLog;
import org.cutis.audit.AuditQuery;
import org.cutis.identity.domain.Account;
import org.cutis.support.CutisTest;
import org.cutis.support.PasswordChecks;
import org.cutis.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9, finding 2: five wrong passwords in a row lock an account for fifteen minutes, each
 * failure counted once, on the login form and HTTP Basic alike — also when the guesses come all
 * at once.
 */
@CutisTest
class LoginLockoutTests {
	static final int BURST = 40;
	static final int RIGHT_PASSWORD_AT = 20;

	@Autowired
	MockMvc mvc;
	@Autowired
	Staff staff;
	@Autowired
	PasswordChecks passwordChecks;
	@Autowired
	AuditLog audit;
	@LocalServerPort
	int port;

	@Test
	void fourWrongPasswordsOnTheApiDoNotLockAndEachCostsOnePasswordCheck() throws Exception {
		String clerk = staff.create(Role.CLERK);
		for (int i = 0; i < 4; i++) {
			assertThat(passwordChecks.during(() -> mvc.perform(post("/api/v1/tokens").with(httpBasic(clerk, "wrong")))
				.andExpect(status().isUnauthorized()))).isEqualTo(1);
		}
		mvc.perform(post("/api/v1/tokens").with(httpBasic(clerk, Staff.PASSWORD))).andExpect(status().isCreated());
		assertThat(details(clerk)).containsExactly("wrong password (1 of 5)", "wrong password (2 of 5)",
				"wrong password (3 of 5)", "wrong password (4 of 5)", "admitted");
	}

	@Test
	void fourWrongPasswordsOnTheLoginFormDoNotLockTheFifthDoes() throws Exception {
		String nurse = staff.create(Role.NURSE);
		for (int i = 0; i < 4; i++) {
			assertThat(passwordChecks.during(() -> mvc
				.perform(post("/login").with(csrf()).param("username", nurse).param("password", "wrong"))
				.andExpect(redirectedUrl("/login?error")))).isEqualTo(1);
		}
		mvc.perform(post("/login").with(csrf()).param("username", nurse).param("password", Staff.PASSWORD))
			.andExpect(redirectedUrl("/home"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", nurse).param("password", "wrong"))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").with(csrf()).param("username", nurse).param("password", Staff.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/api/v1/tokens").with(httpBasic(nurse, Staff.PASSWORD))).andExpect(status().isUnauthorized());
		assertThat(details(nurse)).endsWith("wrong password (4 of 5)", "wrong password, account locked",
				"refused: account locked", "refused: account locked");
	}

	@Test
	void aBurstOfGuessesAtALockedAccountNeverGetsInAndEveryAttemptIsAudited() throws Exception {
		String clerk = staff.create(Role.CLERK);
		for (int i = 0; i < Account.MAX_FAILED_ATTEMPTS; i++) {
			mvc.perform(post("/api/v1/tokens").with(httpBasic(clerk, "wrong"))).andExpect(status().isUnauthorized());
		}
		List<Attempt> attempts = burst(clerk);

		assertThat(attempts).allSatisfy(a -> assertThat(a.admitted()).as(a.toString()).isFalse());
		assertThat(attempts).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(302, 401));
		List<AuditEntry> entries = entries(clerk);
		assertThat(entries).hasSize(Account.MAX_FAILED_ATTEMPTS + BURST);
		assertThat(entries.subList(Account.MAX_FAILED_ATTEMPTS, entries.size()))
			.allSatisfy(e -> assertThat(e.detail()).isEqualTo("refused: account locked"));
	}

	@Test
	void aBurstOfGuessesWithTheRightPasswordInTheMiddleCountsEveryFailureOnceAndAdmitsNoneAfterTheLock()
			throws Exception {
		String clerk = staff.create(Role.CLERK);
		List<Attempt> attempts = burst(clerk);

		assertThat(attempts).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 302, 401));
		List<AuditEntry> entries = entries(clerk);
		assertThat(entries).as("every attempt audited, once").hasSize(BURST);
		// the audit lines are written under the account's row lock, so their order is the order
		// in which the account decided: replay it
		int failuresInARow = 0;
		boolean locked = false;
		for (AuditEntry entry : entries) {
			String expected;
			if (locked) {
				expected = "refused: account locked";
			}
			else if (entry.action() == AuditAction.LOGIN) {
				expected = "admitted";
				failuresInARow = 0;
			}
			else if (failuresInARow == 4) {
				expected = "wrong password, account locked";
				locked = true;
			}
			else {
				failuresInARow++;
				expected = "wrong password (" + failuresInARow + " of 5)";
			}
			assertThat(entry.detail() == null ? "admitted" : entry.detail()).as("entry %d", entry.id())
				.isEqualTo(expected);
		}
		assertThat(locked).isTrue();
		long admittedInAudit = entries.stream().filter(e -> e.action() == AuditAction.LOGIN).count();
		assertThat(attempts.stream().filter(Attempt::admitted).count()).isEqualTo(admittedInAudit).isLessThanOrEqualTo(1);
	}

	record Attempt(int index, String door, int status, boolean admitted) {
	}

	/**
	 * {@value #BURST} guesses at once over real HTTP, every other one through the login form and
	 * the rest through HTTP Basic on the API, the right password at position {@value #RIGHT_PASSWORD_AT}.
	 */
	List<Attempt> burst(String username) throws Exception {
		List<Browser> forms = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			forms.add(i % 2 == 0 ? Browser.at(port).openLoginPage() : Browser.at(port));
		}
		ExecutorService pool = Executors.newFixedThreadPool(BURST);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Attempt>> futures = new ArrayList<>();
			for (int i = 0; i < BURST; i++) {
				int index = i;
				String password = i == RIGHT_PASSWORD_AT ? Staff.PASSWORD : "guess-" + i;
				futures.add(pool.submit(() -> {
					start.await();
					if (index % 2 == 0) {
						HttpResponse<String> answer = forms.get(index).submitLogin(username, password);
						boolean home = answer.headers().firstValue("Location").orElse("").endsWith("/home");
						return new Attempt(index, "form", answer.statusCode(), answer.statusCode() == 302 && home);
					}
					HttpResponse<String> answer = forms.get(index).postWithBasic("/api/v1/tokens", username, password);
					return new Attempt(index, "basic", answer.statusCode(), answer.statusCode() == 201);
				}));
			}
			start.countDown();
			List<Attempt> attempts = new ArrayList<>();
			for (Future<Attempt> future : futures) {
				attempts.add(future.get(120, TimeUnit.SECONDS));
			}
			return attempts;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The account's login audit lines, oldest first. */
	List<AuditEntry> entries(String username) {
		List<AuditEntry> entries = new ArrayList<>(
				audit.find(new AuditQuery(null, username, null, null, null, null, 500))
					.stream()
					.filter(e -> e.action() == AuditAction.LOGIN || e.action() == AuditAction.LOGIN_FAILED)
					.toList());
		Collections.reverse(entries);
		return entries;
	}

	List<String> details(String username) {
		return entries(username).stream().map(e -> e.detail() == null ? "admitted" : e.detail()).toList();
	}
}
