package org.cutis.shared.database;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.cutis.shared.database.EmbeddedDatabase.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's supervisor: when the server dies without Cutis asking it to (the kernel's
 * OOM killer, a kill -9), it is started again at once on the same data directory and port, with a
 * growing pause between failed attempts, until it is back or Cutis closes. Tells the listeners of
 * {@link EmbeddedDatabase#onStateChange} every change, and counts the deaths and restarts.
 */
final class Supervisor {
	private static final Logger log = LoggerFactory.getLogger(Supervisor.class);
	private final EmbeddedDatabase database;
	private final Duration recoveryTimeout;
	private final Duration stopTimeout;
	private final ExecutorService watchdog = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "cutis-postgres-watchdog");
		thread.setDaemon(true);
		return thread;
	});
	private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
	private final AtomicInteger restarts = new AtomicInteger();
	private final AtomicInteger deaths = new AtomicInteger();
	private volatile State state = State.STOPPED;
	private volatile Instant stateSince = Instant.now();

	Supervisor(EmbeddedDatabase database, Duration recoveryTimeout, Duration stopTimeout) {
		this.database = database;
		this.recoveryTimeout = recoveryTimeout;
		this.stopTimeout = stopTimeout;
	}

	void watch(Postmaster watched) {
		watched.onExit().thenRunAsync(() -> died(watched), watchdog);
	}

	private void died(Postmaster dead) {
		if (database.stopping() || dead != database.postmaster()) {
			return;
		}
		Instant down = Instant.now();
		deaths.incrementAndGet();
		log.error("The embedded PostgreSQL (pid {}) died (exit status {}); restarting it on {}", dead.pid(),
				dead.onExit().join().exitValue(), database.pgData().toAbsolutePath());
		change(State.RESTARTING);
		long backoff = 250;
		while (!database.stopping()) {
			try {
				// its children notice the death and exit; one that has not yet would hold the shared memory
				OrphanedPostmaster.stopLeftoverProcesses(database.pgData(), Duration.ofSeconds(5));
				Postmaster next = database.startPostmaster();
				next.awaitReady(database.superuser(), recoveryTimeout);
				restarts.incrementAndGet();
				change(State.RUNNING);
				watch(next);
				log.warn("The embedded PostgreSQL is back (pid {}) after {} ms of crash recovery", next.pid(),
						Duration.between(down, Instant.now()).toMillis());
				return;
			}
			catch (RuntimeException e) {
				if (database.stopping() || Thread.currentThread().isInterrupted()) {
					return;
				}
				log.warn("Restarting the embedded PostgreSQL failed ({}); trying again in {} ms", e.getMessage(), backoff);
				Postmaster failed = database.postmaster();
				if (failed != null && failed.isAlive()) {
					failed.stop(stopTimeout);
				}
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					return;
				}
				backoff = Math.min(backoff * 2, 10_000);
			}
		}
	}

	void change(State next) {
		state = next;
		stateSince = Instant.now();
		for (Consumer<State> listener : listeners) {
			try {
				listener.accept(next);
			}
			catch (RuntimeException e) {
				log.warn("A database state listener failed", e);
			}
		}
	}

	void listen(Consumer<State> listener) {
		listeners.add(listener);
	}

	State state() {
		return state;
	}

	Instant stateSince() {
		return stateSince;
	}

	int deaths() {
		return deaths.get();
	}

	int restarts() {
		return restarts.get();
	}

	/** Stops watching: a restart under way gives up (the database is closing). */
	void stop() {
		watchdog.shutdownNow();
		try {
			watchdog.awaitTermination(stopTimeout.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
