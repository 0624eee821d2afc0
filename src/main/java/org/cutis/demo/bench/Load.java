package org.cutis.demo.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients sending one kind of request until the time or the count is used up, for Cutis
 * over HTTP and for the floor over JDBC alike, so both are measured the same way.
 */
final class Load {
	private Load() {
	}

	/** One client: its own connection, if it needs one, and its requests. */
	interface Client extends AutoCloseable {
		/** Sends the next request, timing nothing but the request itself; false when it was answered with an error. */
		boolean send(Timer timer) throws Exception;

		@Override
		default void close() throws Exception {
		}
	}

	/** Marks the start and the end of the part of a request that counts. */
	static final class Timer {
		private long started;
		private long took;

		void start() {
			started = System.nanoTime();
		}

		void stop() {
			took = System.nanoTime() - started;
		}
	}

	static Latencies run(String name, int clients, int seconds, int maxRequests, Callable<Client> newClient)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicInteger budget = new AtomicInteger(maxRequests);
		AtomicInteger errors = new AtomicInteger();
		long started = System.nanoTime();
		long deadline = started + seconds * 1_000_000_000L;
		List<Future<long[]>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				long[] mine = new long[1024];
				int n = 0;
				Timer timer = new Timer();
				try (Client client = newClient.call()) {
					while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
						if (!client.send(timer)) {
							errors.incrementAndGet();
							continue;
						}
						if (n == mine.length) {
							mine = Arrays.copyOf(mine, n * 2);
						}
						mine[n++] = timer.took;
					}
				}
				return Arrays.copyOf(mine, n);
			}));
		}
		List<long[]> parts = new ArrayList<>();
		for (Future<long[]> f : futures) {
			parts.add(f.get());
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
		return new Latencies(name, all, elapsed, errors.get());
	}
}
