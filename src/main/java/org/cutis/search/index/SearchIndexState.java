package org.cutis.search.index;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * Whether the index can be trusted: {@code READY}; {@code REBUILDING} while a rebuild or mass
 * indexing runs (searches use the database lookup meanwhile); {@code FAILED} when the index could
 * not be opened, searched or rebuilt (the reason is kept for the health endpoint).
 */
@Component
public class SearchIndexState {
	public enum Status { READY, REBUILDING, FAILED }

	public record Snapshot(Status status, String reason, long done, long total, long at) {
	}

	/** After a failure the index is tried again after this long (a full disk freed, a lock released). */
	private static final long RETRY_NANOS = 30_000_000_000L;
	private final AtomicReference<Snapshot> state = new AtomicReference<>(new Snapshot(Status.READY, null, 0, 0, 0));

	/** Whether a search should ask the index: when ready, and now and then after a failure. */
	public boolean worthTrying() {
		Snapshot s = state.get();
		return s.status() == Status.READY
				|| (s.status() == Status.FAILED && System.nanoTime() - s.at() > RETRY_NANOS);
	}

	/** The index answered a search: a failure before it is over. */
	public void answered() {
		if (state.get().status() == Status.FAILED) {
			state.set(new Snapshot(Status.READY, null, 0, 0, System.nanoTime()));
		}
	}

	public Snapshot snapshot() {
		return state.get();
	}

	public boolean ready() {
		return state.get().status() == Status.READY;
	}

	public void rebuilding(long done, long total) {
		state.set(new Snapshot(Status.REBUILDING, null, done, total, System.nanoTime()));
	}

	public void ready(long documents) {
		state.set(new Snapshot(Status.READY, null, documents, documents, System.nanoTime()));
	}

	public void failed(Throwable reason) {
		String message = reason.getClass().getSimpleName() + (reason.getMessage() == null ? "" : ": " + reason.getMessage());
		state.set(new Snapshot(Status.FAILED, message.length() > 300 ? message.substring(0, 300) : message, 0, 0,
				System.nanoTime()));
	}
}
