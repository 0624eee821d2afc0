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

	public record Snapshot(Status status, String reason, long done, long total) {
	}

	private final AtomicReference<Snapshot> state = new AtomicReference<>(new Snapshot(Status.READY, null, 0, 0));

	public Snapshot snapshot() {
		return state.get();
	}

	public boolean ready() {
		return state.get().status() == Status.READY;
	}

	public void rebuilding(long done, long total) {
		state.set(new Snapshot(Status.REBUILDING, null, done, total));
	}

	public void ready(long documents) {
		state.set(new Snapshot(Status.READY, null, documents, documents));
	}

	public void failed(Throwable reason) {
		String message = reason.getClass().getSimpleName() + (reason.getMessage() == null ? "" : ": " + reason.getMessage());
		state.set(new Snapshot(Status.FAILED, message.length() > 300 ? message.substring(0, 300) : message, 0, 0));
	}
}
