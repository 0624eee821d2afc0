package org.cutis.identity.web;

import org.cutis.support.CutisTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** Two requests of one session at once, each adding the same attribute: the later one wins, neither fails. */
@CutisTest
class SessionStoreTests {
	static final String CSRF = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";

	@Autowired
	JdbcIndexedSessionRepository store;

	@Test
	@SuppressWarnings("unchecked")
	void twoCopiesOfOneSessionAddingTheSameAttributeBothSave() {
		SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) store;
		Session created = sessions.createSession();
		sessions.save(created);
		// what two request threads hold: each its own copy, read before either saved
		Session first = sessions.findById(created.getId());
		Session second = sessions.findById(created.getId());
		first.setAttribute(CSRF, "a");
		second.setAttribute(CSRF, "b");
		sessions.save(first);
		sessions.save(second);
		assertThat((String) sessions.findById(created.getId()).getAttribute(CSRF)).isEqualTo("b");
		sessions.deleteById(created.getId());
	}
}
