package org.cutis.demo.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code ./cutis bench}. {@code --only WORDS} keeps the operations whose name
 * contains one of the comma-separated words (for example {@code --only chart,worklist}); the
 * registry batch is the operation {@code rules batch} ({@code --only rules}), on a generated file of
 * {@code --rules-lines N} lines (default 1,000,000).
 */
public record BenchOptions(Path dataDir, int seconds, int clients, boolean json, String url, int port, String only,
		int rulesLines) {

	public BenchOptions(Path dataDir, int seconds, int clients, boolean json, String url, int port, String only) {
		this(dataDir, seconds, clients, json, url, port, only, 1_000_000);
	}

	public static BenchOptions parse(String[] args) {
		String env = System.getenv("CUTIS_DATADIR");
		Path dataDir = Path.of(env == null || env.isBlank() ? "./data" : env);
		int seconds = 20;
		int clients = 4;
		boolean json = false;
		String url = null;
		int port = 18080;
		String only = null;
		int rulesLines = 1_000_000;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--json" -> json = true;
				case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
				case "--seconds" -> seconds = number(value(args, ++i, arg), arg, 1, 3_600);
				case "--clients" -> clients = number(value(args, ++i, arg), arg, 1, 64);
				case "--port" -> port = number(value(args, ++i, arg), arg, 1, 65_535);
				case "--url" -> url = nodes(value(args, ++i, arg));
				case "--only" -> only = value(args, ++i, arg);
				case "--rules-lines" -> rulesLines = number(value(args, ++i, arg), arg, 1_000, 50_000_000);
				default -> throw new IllegalArgumentException("Unknown option: " + arg + " (see ./cutis bench --help)");
			}
		}
		return new BenchOptions(dataDir, seconds, clients, json, url, port, only, rulesLines);
	}

	/** Whether an operation of this name is measured in this run. */
	public boolean measures(String operation) {
		if (only == null || only.isBlank()) {
			return true;
		}
		for (String word : only.split(",")) {
			if (!word.isBlank() && operation.contains(word.trim())) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code --only} asks for the registry batch alone: then no Cutis is started and no data directory read. */
	public boolean onlyRulesBatch() {
		if (only == null || only.isBlank()) {
			return false;
		}
		for (String word : only.split(",")) {
			if (!word.isBlank() && !RulesBatchBench.NAME.contains(word.trim())) {
				return false;
			}
		}
		return true;
	}

	private static String value(String[] args, int i, String option) {
		if (i >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[i];
	}

	private static int number(String text, String option, int min, int max) {
		try {
			int n = Integer.parseInt(text);
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// said below
		}
		throw new IllegalArgumentException(option + " needs a number from " + min + " to " + max + ", got '" + text + "'");
	}

	/**
	 * The Cutis nodes already running that the load goes to, each request to the next in turn
	 * ({@code --url http://127.0.0.1:18081,http://127.0.0.1:18082}: two nodes on one database,
	 * signed in once, so a session made on one node is used on the other); empty when the bench
	 * starts its own.
	 */
	public List<String> nodes() {
		return url == null ? List.of() : List.of(url.split(","));
	}

	private static String nodes(String urls) {
		List<String> nodes = new ArrayList<>();
		for (String url : urls.split(",")) {
			if (!url.isBlank()) {
				nodes.add(loopback(url.trim()));
			}
		}
		if (nodes.isEmpty()) {
			throw new IllegalArgumentException("--url needs at least one address");
		}
		return String.join(",", nodes);
	}

	/** Load goes to this machine only. */
	static String loopback(String url) {
		URI uri = URI.create(url);
		String host = uri.getHost();
		if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
				|| host.equals("::1"))) {
			throw new IllegalArgumentException("--url must be a loopback address (127.0.0.1, localhost), got " + url);
		}
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}
}
