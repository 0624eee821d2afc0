package org.cutis.shared.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * The launcher starts the server with Spring Data's lazy repository bootstrap: the repositories
 * are built on first use instead of before readiness (and the entity manager factory is built on
 * a background thread meanwhile), which takes seconds off a start. Once Cutis is ready, this
 * builds them all on a background thread, so the first person to open each page does not pay for
 * it. A query a repository cannot build still fails the tests, which bootstrap eagerly.
 */
@Component
class RepositoryWarmUp {
	private static final Logger log = LoggerFactory.getLogger(RepositoryWarmUp.class);
	private final ListableBeanFactory beans;
	private final Environment environment;

	RepositoryWarmUp(ListableBeanFactory beans, Environment environment) {
		this.beans = beans;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		if (!"lazy".equalsIgnoreCase(environment.getProperty("spring.data.jpa.repositories.bootstrap-mode"))) {
			return;
		}
		Thread worker = new Thread(() -> {
			long start = System.nanoTime();
			try {
				int n = beans.getBeansOfType(Repository.class).size();
				log.info("Built {} repositories after readiness in {} ms", n, (System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException e) {
				// a repository that cannot be built fails again, with the same error, where it is used
				log.error("A repository could not be built after readiness", e);
			}
		}, "repository-warm-up");
		worker.setDaemon(true);
		worker.setPriority(Thread.MIN_PRIORITY);
		worker.start();
	}
}
