package org.cutis.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code backup.properties} in a backup says: when it was taken, where its WAL starts and
 * ends, where the server archived its WAL (for a restore to a later moment), and the versions.
 * {@code manifest.sha256} beside it lists the SHA-256 of every file ({@code sha256sum -c} checks it).
 */
record BackupDescription(int format, String label, Instant started, Instant finished, String startWal,
		String stopWal, String stopLsn, int timeline, Path walArchive, String postgresVersion, long databaseBytes,
		long fileStoreBytes, int storedFiles) {

	static final String FILE = "backup.properties";
	static final String MANIFEST = "manifest.sha256";
	static final int FORMAT = 1;

	void write(Path backup) throws IOException {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("format", Integer.toString(format));
		values.put("label", label);
		values.put("started", started.toString());
		values.put("finished", finished.toString());
		values.put("wal.start", startWal);
		values.put("wal.stop", stopWal);
		values.put("wal.stop.lsn", stopLsn);
		values.put("wal.timeline", Integer.toString(timeline));
		values.put("wal.archive", walArchive == null ? "" : walArchive.toAbsolutePath().toString());
		values.put("postgres.version", postgresVersion);
		values.put("pg.bytes", Long.toString(databaseBytes));
		values.put("files.bytes", Long.toString(fileStoreBytes));
		values.put("files.count", Integer.toString(storedFiles));
		StringBuilder text = new StringBuilder("# A Cutis backup: ./cutis restore <this directory> [--to-time TIME]\n");
		values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
		Files.writeString(backup.resolve(FILE), text, StandardCharsets.UTF_8);
	}

	static BackupDescription read(Path backup) {
		Path file = backup.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException(backup + " is not a Cutis backup (no " + FILE + ")");
		}
		try {
			Map<String, String> values = new TreeMap<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				int equals = line.indexOf('=');
				if (!line.startsWith("#") && equals > 0) {
					values.put(line.substring(0, equals), line.substring(equals + 1));
				}
			}
			int format = Integer.parseInt(values.get("format"));
			if (format != FORMAT) {
				throw new IllegalArgumentException(backup + " has backup format " + format + "; this Cutis reads " + FORMAT);
			}
			String archive = values.getOrDefault("wal.archive", "");
			return new BackupDescription(format, values.get("label"), Instant.parse(values.get("started")),
					Instant.parse(values.get("finished")), values.get("wal.start"), values.get("wal.stop"),
					values.get("wal.stop.lsn"), Integer.parseInt(values.get("wal.timeline")),
					archive.isBlank() ? null : Path.of(archive), values.get("postgres.version"),
					Long.parseLong(values.get("pg.bytes")), Long.parseLong(values.get("files.bytes")),
					Integer.parseInt(values.get("files.count")));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void writeManifest(Path backup, Map<String, String> hashes) throws IOException {
		StringBuilder text = new StringBuilder();
		hashes.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
		Files.writeString(backup.resolve(MANIFEST), text, StandardCharsets.UTF_8);
	}

	static Map<String, String> readManifest(Path backup) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		for (String line : Files.readAllLines(backup.resolve(MANIFEST), StandardCharsets.UTF_8)) {
			if (line.length() > 66) {
				hashes.put(line.substring(66), line.substring(0, 64));
			}
		}
		return hashes;
	}

	/** The entries of {@code hashes} under {@code prefix}/, relative to it. */
	static Map<String, String> under(Map<String, String> hashes, String prefix) {
		Map<String, String> result = new TreeMap<>();
		hashes.forEach((path, hash) -> {
			if (path.startsWith(prefix + "/")) {
				result.put(path.substring(prefix.length() + 1), hash);
			}
		});
		return result;
	}

	static List<String> walSegmentsBetween(List<String> names, String start, String stop) {
		String timeline = start.substring(0, 8);
		return names.stream()
			.filter(n -> n.length() == 24 && n.startsWith(timeline) && n.compareTo(start) >= 0 && n.compareTo(stop) <= 0)
			.sorted()
			.toList();
	}
}
