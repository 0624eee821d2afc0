package org.cutis.shared.database;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar for the terminal ({@code ./cutis backup}, {@code ./cutis restore}): redrawn in
 * place when a person watches, a line per tenth when the output goes to a log.
 */
public class Progress {
	private static final int WIDTH = 30;

	private final PrintStream out;
	private final boolean terminal;
	private String phase = "";
	private long total;
	private long done;
	private long started;
	private long lastDrawn;
	private int lastTenth = -1;

	public Progress(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	/** Silent, for tests. */
	public static Progress none() {
		return new Progress(null, false) {
			@Override
			public void phase(String name, long totalBytes) {
			}

			@Override
			public void advance(long bytes) {
			}

			@Override
			public void note(String text) {
			}

			@Override
			public void finish() {
			}
		};
	}

	public void phase(String name, long totalBytes) {
		finish();
		phase = name;
		total = Math.max(totalBytes, 1);
		done = 0;
		started = System.nanoTime();
		lastDrawn = 0;
		lastTenth = -1;
		draw(true);
	}

	public synchronized void advance(long bytes) {
		done += bytes;
		draw(false);
	}

	/** A line of its own, between bars. */
	public void note(String text) {
		finish();
		out.println(text);
	}

	public void finish() {
		if (phase.isEmpty()) {
			return;
		}
		done = Math.max(done, total);
		draw(true);
		if (terminal) {
			out.println();
		}
		phase = "";
	}

	private void draw(boolean force) {
		long now = System.nanoTime();
		int percent = (int) Math.min(100, done * 100 / total);
		if (terminal) {
			if (!force && now - lastDrawn < 100_000_000L) {
				return;
			}
			lastDrawn = now;
			int filled = percent * WIDTH / 100;
			double seconds = Math.max((now - started) / 1e9, 0.001);
			out.printf(Locale.ROOT, "\r  %-22s [%s%s] %3d%%  %s / %s  %s/s ", phase, "#".repeat(filled),
					"-".repeat(WIDTH - filled), percent, size(done), size(total), size((long) (done / seconds)));
			out.flush();
		}
		else if (percent / 10 != lastTenth) {
			lastTenth = percent / 10;
			out.printf(Locale.ROOT, "  %s: %d%% (%s of %s)%n", phase, percent, size(done), size(total));
		}
	}

	public static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.0f kB", bytes / 1024.0);
		}
		if (bytes < 1024L * 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
		}
		return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
	}
}
