package org.cutis.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * {@code ./cutis restore FROM [--to-time TIME]}: puts a backup's data directory and file store in
 * place and lets PostgreSQL replay the WAL, its own documented recovery: {@code recovery.signal},
 * a {@code restore_command} that reads the backup's WAL and then the WAL archive, and either
 * {@code recovery_target = 'immediate'} (the moment the backup finished) or
 * {@code recovery_target_time} (any later moment the archive reaches). The server is started here
 * until the recovery has ended and it has been promoted, then stopped; the next {@code ./cutis
 * run} finds an ordinary database.
 * <p>
 * Nothing is deleted: the data directory's current database and files move to
 * {@code <data-dir>/before-restore-<time>/}, and back again if the restore fails. The WAL they had
 * not archived yet is offered to the recovery too, so a restore to a time can reach the last commit.
 */
public final class Restore {
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);
	static final String RECOVERY_MARK = "# cutis restore";

	/**
	 * @param lastTransaction the commit time of the last transaction replayed (null when none was
	 * replayed: the backup's end, with nothing written during the backup)
	 */
	public record Result(Path dataDir, Path previous, Instant lastTransaction, Instant backupFinished, Duration took) {
	}

	private Restore() {
	}

	/**
	 * @param toTime null for the moment the backup finished
	 * @param walArchive where the archived WAL is read from (null: where the backup says the server
	 * archived it)
	 * @param ownArchive where the restored server archives its own WAL from now on: the archive of
	 * the data directory restored into, never that of another
	 */
	public static Result run(Path backup, Path dataDir, OffsetDateTime toTime, Path walArchive, Path ownArchive,
			Progress progress) throws IOException, SQLException {
		long began = System.nanoTime();
		BackupDescription description = BackupDescription.read(backup);
		if (toTime != null && toTime.toInstant().isBefore(description.finished())) {
			throw new IllegalArgumentException("The backup " + backup.getFileName() + " finished at "
					+ description.finished() + ", after " + toTime + ": restore an older backup to reach that moment");
		}
		Path archive = walArchive != null ? walArchive : description.walArchive();
		Map<String, String> manifest = BackupDescription.readManifest(backup);
		Path previous;
		DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
		try {
			Path pgData = dataDir.resolve("pg");
			OrphanedPostmaster.find(pgData).ifPresent(orphan -> orphan.stop(Duration.ofSeconds(60)));
			previous = moveAside(dataDir);
			try {
				progress.phase("database", description.databaseBytes());
				TreeCopy.copy(backup.resolve("pg"), pgData, TreeCopy.Exclusions.none(), progress, null,
						BackupDescription.under(manifest, "pg"));
				if (previous != null && toTime != null) {
					offerUnarchivedWal(previous.resolve("pg/pg_wal"), pgData.resolve("pg_wal"), description.startWal());
				}
				Files.createDirectories(pgData.resolve("pg_wal/archive_status"));
				writeRecoverySettings(pgData, backup.resolve("wal"), archive, toTime);

				Path files = dataDir.resolve("files");
				if (Files.isDirectory(backup.resolve("files"))) {
					progress.phase("file store", description.fileStoreBytes());
					TreeCopy.copy(backup.resolve("files"), files, TreeCopy.Exclusions.none(), progress, null,
							BackupDescription.under(manifest, "files"));
				}
				if (previous != null && toTime != null && Files.isDirectory(previous.resolve("files"))) {
					// rows written after the backup name files stored after it: the store only ever grows
					TreeCopy.copy(previous.resolve("files"), files, BaseBackup.FILE_STORE, Progress.none(), files, null);
				}
				progress.finish();
				restoreKeys(backup, dataDir, previous, manifest);
				TreeCopy.copyFile(backup.resolve(SuperuserPassword.FILE), SuperuserPassword.file(dataDir),
						Progress.none());
				TreeCopy.sync(dataDir);
			}
			catch (IOException | RuntimeException e) {
				putBack(dataDir, previous);
				throw e;
			}
		}
		finally {
			lock.close();
		}

		progress.note(toTime == null ? "Replaying the WAL up to the end of the backup..."
				: "Replaying the WAL up to " + toTime + "...");
		Instant restoredTo;
		try {
			restoredTo = replay(dataDir, ownArchive);
		}
		catch (RuntimeException | SQLException e) {
			putBack(dataDir, previous);
			throw e;
		}
		return new Result(dataDir, previous, restoredTo, description.finished(),
				Duration.ofNanos(System.nanoTime() - began));
	}

	private static Path moveAside(Path dataDir) throws IOException {
		Path pgData = dataDir.resolve("pg");
		Path files = dataDir.resolve("files");
		if (!Files.exists(pgData) && !Files.exists(files)) {
			return null;
		}
		Path previous = dataDir.resolve("before-restore-" + STAMP.format(Instant.now()));
		Files.createDirectories(previous);
		for (Path part : new Path[] { pgData, files, dataDir.resolve(BaseBackup.KEYS), SuperuserPassword.file(dataDir) }) {
			if (Files.exists(part)) {
				Files.move(part, previous.resolve(part.getFileName()), StandardCopyOption.ATOMIC_MOVE);
			}
		}
		return previous;
	}

	private static void putBack(Path dataDir, Path previous) throws IOException {
		PostgresBinaries.deleteTree(dataDir.resolve("pg"));
		PostgresBinaries.deleteTree(dataDir.resolve("files"));
		PostgresBinaries.deleteTree(dataDir.resolve(BaseBackup.KEYS));
		if (previous == null) {
			return;
		}
		try (Stream<Path> parts = Files.list(previous)) {
			for (Path part : parts.toList()) {
				Files.deleteIfExists(dataDir.resolve(part.getFileName()));
				Files.move(part, dataDir.resolve(part.getFileName()), StandardCopyOption.ATOMIC_MOVE);
			}
		}
		Files.delete(previous);
	}

	/**
	 * The backup's encryption keys, and a key the data directory gained after it (a rotation): rows
	 * replayed past the backup may be encrypted with it. Keys are only ever added, never replaced.
	 */
	private static void restoreKeys(Path backup, Path dataDir, Path previous, Map<String, String> manifest)
			throws IOException {
		Path keys = dataDir.resolve(BaseBackup.KEYS);
		if (Files.isDirectory(backup.resolve(BaseBackup.KEYS))) {
			TreeCopy.copy(backup.resolve(BaseBackup.KEYS), keys, TreeCopy.Exclusions.none(), Progress.none(), null,
					BackupDescription.under(manifest, BaseBackup.KEYS));
		}
		Path before = previous == null ? null : previous.resolve(BaseBackup.KEYS);
		if (before != null && Files.isDirectory(before)) {
			Files.createDirectories(keys);
			try (Stream<Path> files = Files.list(before)) {
				for (Path key : files.filter(f -> f.getFileName().toString().endsWith(".key")).toList()) {
					if (!Files.exists(keys.resolve(key.getFileName()))) {
						TreeCopy.copyFile(key, keys.resolve(key.getFileName()), Progress.none());
					}
				}
			}
		}
	}

	/** WAL segments the old server wrote but had not archived yet (its newest commits are there). */
	private static void offerUnarchivedWal(Path oldWal, Path newWal, String backupStart) throws IOException {
		if (!Files.isDirectory(oldWal)) {
			return;
		}
		Files.createDirectories(newWal);
		try (Stream<Path> segments = Files.list(oldWal)) {
			for (Path segment : segments.filter(Files::isRegularFile).toList()) {
				String name = segment.getFileName().toString();
				if ((name.length() == 24 && name.substring(8).compareTo(backupStart.substring(8)) >= 0)
						|| name.endsWith(".history")) {
					Files.copy(segment, newWal.resolve(name), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	static void writeRecoverySettings(Path pgData, Path backupWal, Path archive, OffsetDateTime toTime)
			throws IOException {
		for (Path path : archive == null ? new Path[] { backupWal } : new Path[] { backupWal, archive }) {
			if (path.toString().contains("'") || path.toString().contains("\"")) {
				throw new IllegalArgumentException("A restore path may not contain quotes: " + path);
			}
		}
		String command = "cp \"" + backupWal.toAbsolutePath() + "/%f\" \"%p\""
				+ (archive == null ? "" : " 2>/dev/null || cp \"" + archive.toAbsolutePath() + "/%f\" \"%p\"");
		StringBuilder settings = new StringBuilder("\n").append(RECOVERY_MARK).append(": removed when it has finished\n")
			.append("restore_command = '").append(command.replace("'", "''")).append("'\n")
			.append("recovery_target_action = 'promote'\n")
			.append("recovery_target_timeline = 'latest'\n");
		if (toTime == null) {
			settings.append("recovery_target = 'immediate'\n");
		}
		else {
			settings.append("recovery_target_time = '")
				.append(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS")
					.format(toTime.withOffsetSameInstant(ZoneOffset.UTC)))
				.append("+00'\n");
		}
		Files.writeString(pgData.resolve("postgresql.auto.conf"), settings, StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		Files.writeString(pgData.resolve("recovery.signal"), "");
	}

	/** Starts the server, which replays and promotes itself; then takes the recovery settings out. */
	private static Instant replay(Path dataDir, Path ownArchive) throws SQLException {
		AtomicBoolean replaying = new AtomicBoolean(true);
		Thread dots = new Thread(() -> {
			while (replaying.get()) {
				try {
					Thread.sleep(2000);
				}
				catch (InterruptedException e) {
					return;
				}
				if (replaying.get()) {
					System.err.print(".");
				}
			}
		}, "restore-progress");
		dots.setDaemon(true);
		dots.start();
		EmbeddedDatabase database;
		try {
			database = EmbeddedDatabase.start(dataDir, EmbeddedDatabase.Options.archivingTo(ownArchive));
		}
		finally {
			replaying.set(false);
			dots.interrupt();
		}
		try (database; Connection connection = Postmaster.connect(database.port(), "postgres", database.superuser());
				Statement sql = connection.createStatement()) {
			String last = BaseBackup.single(connection,
					"select to_char(pg_last_xact_replay_timestamp() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')");
			for (String setting : new String[] { "restore_command", "recovery_target", "recovery_target_time",
					"recovery_target_action", "recovery_target_timeline" }) {
				sql.execute("alter system reset " + setting);
			}
			sql.execute("select pg_reload_conf()");
			return last == null ? null : Instant.parse(last);
		}
	}
}
