package org.cutis.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bulk load into the embedded server ({@code ./cutis generate}): whether its WAL is archived.
 * <p>
 * An archive serves only restores from a base backup taken before it. Generating 1,000,000
 * patients archived 61 GB of WAL (every COPY, full pages after each checkpoint, the search
 * rebuild) and filled the disk, for a center that had no base backup, so nothing could ever replay
 * it. When the archive holds no backup's history file ({@code *.backup}, which
 * {@code pg_backup_stop} archives for every base backup), the load runs on a server started with
 * {@code archive_mode = off} and the archive's segments, which serve nothing either, are deleted
 * first. Archiving comes back with the next start: the settings are given on the server's command
 * line at every start ({@link ServerSetup#settings}), never written into the data directory.
 * <p>
 * When the archive does serve a backup, the load is archived as any other write: pausing would
 * break that backup's chain (a restore to a moment after the load would stop at its start).
 */
public final class BulkLoad {
	private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);
	/** A WAL segment's file name, or a segment the server was archiving when it stopped. */
	private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}(\\.partial)?");

	private BulkLoad() {
	}

	/**
	 * The options of a bulk load: {@code normal} with archiving paused, its archive's segments
	 * deleted, unless the archive serves a base backup (then {@code normal} itself).
	 */
	public static EmbeddedDatabase.Options prepare(EmbeddedDatabase.Options normal) {
		Path archive = normal.walArchive();
		if (archive == null) {
			return normal.forBulkLoad();
		}
		List<Path> backups = files(archive, name -> name.endsWith(".backup"));
		if (!backups.isEmpty()) {
			log.warn("The WAL archive {} serves a base backup ({}): this bulk load is archived too (a large load writes"
					+ " tens of KB of WAL per patient; mind the disk)", archive.toAbsolutePath(),
					backups.get(backups.size() - 1).getFileName());
			return normal;
		}
		List<Path> segments = files(archive, name -> SEGMENT.matcher(name).matches());
		long bytes = 0;
		try {
			for (Path segment : segments) {
				bytes += Files.size(segment);
				Files.delete(segment);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not empty the WAL archive " + archive, e);
		}
		if (!segments.isEmpty()) {
			log.warn("Deleted {} WAL segments ({} MB) from {}: no base backup needs them", segments.size(),
					bytes >> 20, archive.toAbsolutePath());
		}
		return normal.forBulkLoad();
	}

	/** What the operator should know after a bulk load on {@code server}, for the command's last lines. */
	public static String afterwards(DatabaseServer server, String dataDirOption) {
		if (!server.isEmbedded()) {
			return "The database is an external PostgreSQL: Cutis changed none of its settings, so its WAL archiving"
					+ " (if any) archived this whole load. Take a base backup with its own tools.";
		}
		if (server.embedded().options().bulkLoad()) {
			return "WAL archiving was off for this load (no base backup needed the archive); it is on again from the"
					+ " next start. Start a recoverable chain with a base backup: ./cutis backup" + dataDirOption;
		}
		return "This load was archived (the WAL archive serves a base backup). A new backup shortens a restore's"
				+ " replay: ./cutis backup" + dataDirOption;
	}

	private static List<Path> files(Path archive, Predicate<String> named) {
		if (!Files.isDirectory(archive)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(archive)) {
			return files.filter(f -> named.test(f.getFileName().toString())).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the WAL archive " + archive, e);
		}
	}
}
