package org.cutis.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a worklist and how many rows the whole list holds. */
public record Paged<T>(List<T> rows, long total, Paging paging) {
	public Paged {
		rows = List.copyOf(rows);
	}

	public int page() {
		return paging.page();
	}

	public int size() {
		return paging.size();
	}

	public boolean hasPrevious() {
		return paging.page() > 0;
	}

	public boolean hasNext() {
		return paging.offset() + paging.size() < total;
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	/** The first and last row's place in the whole list, from 1 (0 and 0 for an empty page). */
	public long from() {
		return rows.isEmpty() ? 0 : paging.offset() + 1;
	}

	public long to() {
		return paging.offset() + rows.size();
	}

	public <R> Paged<R> map(Function<? super T, ? extends R> mapping) {
		return new Paged<>(rows.stream().<R>map(mapping).toList(), total, paging);
	}
}
