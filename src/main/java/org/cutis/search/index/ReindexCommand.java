package org.cutis.search.index;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code ./cutis reindex}: Cutis started on a loopback port of its own (and with Cutis itself stopped, as
 * the embedded database and the index directory belong to one process) rebuilds the documents of
 * every module and the index, with a progress bar, and exits.
 */
@Component
@ConditionalOnProperty(name = "cutis.search.reindex-and-exit", havingValue = "true")
class ReindexCommand implements ApplicationRunner {
	private final SearchRebuild rebuild;

	ReindexCommand(SearchRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@Override
	public void run(ApplicationArguments args) {
		PrintStream out = System.err;
		long started = System.nanoTime();
		ProgressBar bar = new ProgressBar(out);
		long documents = rebuild.rebuild(bar);
		out.printf("%nReindexed %,d documents in %.1f s (the rows %.1f s, the index %.1f s).%n", documents,
				(System.nanoTime() - started) / 1e9, (bar.indexStarted - started) / 1e9,
				(System.nanoTime() - bar.indexStarted) / 1e9);
	}

	/** One line redrawn in place: phase, bar, counts. */
	static final class ProgressBar implements SearchRebuild.Progress {
		private final PrintStream out;
		private long lastDrawn;
		/** When the index phase began (the rows' phase is before it). */
		private long indexStarted = System.nanoTime();

		ProgressBar(PrintStream out) {
			this.out = out;
		}

		@Override
		public void at(String phase, long done, long total) {
			long now = System.nanoTime();
			if (!"index".equals(phase)) {
				indexStarted = now;
			}
			if (now - lastDrawn < 100_000_000L && done != total) {
				return;
			}
			lastDrawn = now;
			int width = 30;
			int filled = total > 0 ? (int) Math.min(width, done * width / total) : 0;
			String bar = total > 0 ? "#".repeat(filled) + " ".repeat(width - filled) : "~".repeat(width);
			out.printf("\r%-9s [%s] %,d%s", phase, bar, done, total > 0 ? String.format(" / %,d", total) : "");
			out.flush();
		}
	}
}
