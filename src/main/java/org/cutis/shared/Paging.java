package org.cutis.shared;

import java.util.ArrayList;
import java.util.List;

import org.cutis.shared.InvalidInput.FieldProblem;

/**
 * Which page of a worklist the caller asked for: from 0, of a bounded size. A worklist reads one
 * page from an index, so its cost does not grow with the number of patients the center has seen.
 */
public record Paging(int page, int size) {
	/** The largest page anyone may ask for; a worklist page is for a person to read. */
	public static final int MAX_SIZE = 200;
	public static final int DEFAULT_SIZE = 50;
	/** No person pages this far; the bound keeps every offset an int for the database and the driver. */
	public static final int MAX_PAGE = 100_000;

	public Paging {
		if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("page " + page + ", size " + size);
		}
	}

	/** The request's {@code page} and {@code size}, absent meaning the first page of the default size. */
	public static Paging of(Integer page, Integer size) {
		return of(page, size, DEFAULT_SIZE);
	}

	public static Paging of(Integer page, Integer size, int defaultSize) {
		List<FieldProblem> problems = new ArrayList<>();
		if (page != null && (page < 0 || page > MAX_PAGE)) {
			problems.add(new FieldProblem("page", "paging.page.range", MAX_PAGE));
		}
		if (size != null && (size < 1 || size > MAX_SIZE)) {
			problems.add(new FieldProblem("size", "paging.size.range", MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Paging(page == null ? 0 : page, size == null ? Math.min(defaultSize, MAX_SIZE) : size);
	}

	public static Paging first() {
		return new Paging(0, DEFAULT_SIZE);
	}

	/** Rows to skip. */
	public long offset() {
		return (long) page * size;
	}
}
