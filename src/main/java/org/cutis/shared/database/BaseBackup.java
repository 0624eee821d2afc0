package org.cutis.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./cutis backup}: a base backup of the embedded database and a copy of the file store,
 * consistent while Cutis runs, made with PostgreSQL's documented low-level API: {@code
 * pg_backup_start} on a connection held open, a copy of the data directory, {@code pg_backup_stop},
 * whose backup label goes into the copy, and the WAL written meanwhile, taken from the continuous
 * archive. The file store is copied after {@code pg_backup_stop}: a stored file is written before
 * the row that names it commits, so every file the backed-up rows name is in the copy. Files are
 * content-addressed and never change; a file already in the previous backup is hard-linked.
 * <p>
 * Layout of {@code <root>/<yyyyMMdd'T'HHmmss'Z'>/}: {@code pg/} (the data directory with its
 * {@code backup_label}), {@code wal/} (the WAL from start to stop, and the timeline histories),
 * {@code files/}, {@code keys/}, {@code postgres.password}, {@code backup.properties},
 * {@code manifest.sha256}. A backup in the making is called {@code <name>.partial}.
 * <p>
 * {@code keys/} holds the keys the registration numbers are encrypted with (see the patient
 * module's {@code RrnKeyring}): a database restored without them would hold numbers nobody can read.
 */
public final class BaseBackup {
	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);
	private static final Pattern START_WAL = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
	private static final Pattern START_TIMELINE = Pattern.compile("START TIMELINE: (\\d+)");

	/** What PostgreSQL's documentation says to leave out of a copy of a data directory. */
	static final Set<String> TRANSIENT_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans", "log");
	static final TreeCopy.Exclusions DATA_DIRECTORY = new TreeCopy.Exclusions(TRANSIENT_DIRECTORIES::contains,
			file -> file.equals("postmaster.pid") || file.equals("postmaster.opts") || file.endsWith("pg_internal.init")
					|| file.contains("pgsql_tmp") || file.equals("backup_label") || file.equals("tablespace_map")
					|| file.equals("recovery.signal") || file.equals("standby.signal"));
	static final TreeCopy.Exclusions FILE_STORE = new TreeCopy.Exclusions(dir -> dir.equals("tmp"), file -> false);
	/** The directory under the data directory with the application's encryption keys. */
	static final String KEYS = "keys";
	/** A key being written (a temporary file) is not a key. */
	static final TreeCopy.Exclusions KEY_FILES = new TreeCopy.Exclusions(dir -> false, file -> !file.endsWith(".key"));

	public record Result(Path directory, Instant finished, long databaseBytes, long fileStoreBytes, int storedFiles,
			Duration took) {
	}

	private BaseBackup() {
	}

	/**
	 * Backs up {@code dataDir} into a new directory under {@code root}. When no Cutis runs on the
	 * data directory, its database is started for the time of the backup, archiving to
	 * {@code walArchive}.
	 */
	public static Result take(Path dataDir, Path root, Path walArchive, Progress progress)
			throws IOException, SQLException {
		Path pgData = dataDir.resolve("pg");
		if (!Files.isRegularFile(pgData.resolve("PG_VERSION"))) {
			throw new IllegalArgumentException("There is no embedded database in " + dataDir.toAbsolutePath()
					+ " (with an external PostgreSQL, back it up with its own tools: see the README)");
		}
		long began = System.nanoTime();
		EmbeddedDatabase own = null;
		try {
			int port;
			Credentials superuser;
			try {
				own = EmbeddedDatabase.start(dataDir, EmbeddedDatabase.Options.archivingTo(walArchive));
				progress.note("Cutis is not running on " + dataDir + ": its database was started for the backup.");
				port = own.port();
				superuser = own.superuser();
			}
			catch (DataDirectoryInUse running) {
				port = RunningDatabase.port(pgData);
				superuser = new Credentials("postgres", SuperuserPassword.read(dataDir)
					.orElseThrow(() -> new IllegalStateException("No " + SuperuserPassword.FILE + " in " + dataDir)));
			}
			try (Connection connection = Postmaster.connect(port, "postgres", superuser)) {
				return take(connection, dataDir, root, progress, began);
			}
		}
		finally {
			if (own != null) {
				own.close();
			}
		}
	}

	private static Result take(Connection connection, Path dataDir, Path root, Progress progress, long began)
			throws IOException, SQLException {
		Path walArchive = archiveDirectory(connection);
		String version = single(connection, "show server_version");
		Files.createDirectories(root);
		Instant now = Instant.now();
		String name = NAME.format(now);
		Path partial = root.resolve(name + ".partial");
		Path finished = root.resolve(name);
		if (Files.exists(finished) || Files.exists(partial)) {
			throw new IllegalStateException(finished + " exists already; wait a second and try again");
		}
		Path previous = previousBackup(root);
		Files.createDirectories(partial);
		Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwx------"));
		Map<String, String> manifest = new TreeMap<>();
		try {
			Path pgData = dataDir.resolve("pg");
			Instant started = Instant.parse(single(connection,
					"select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"));
			try (PreparedStatement start = connection.prepareStatement("select pg_backup_start(?, true)")) {
				start.setString(1, "cutis " + name);
				start.execute();
			}
			progress.phase("database", TreeCopy.size(pgData, DATA_DIRECTORY));
			TreeCopy.copy(pgData, partial.resolve("pg"), DATA_DIRECTORY, progress, null, null)
				.forEach((path, hash) -> manifest.put("pg/" + path, hash));
			String label;
			String stopLsn;
			try (Statement sql = connection.createStatement();
					ResultSet stop = sql.executeQuery("select lsn, labelfile, spcmapfile from pg_backup_stop(true)")) {
				stop.next();
				stopLsn = stop.getString(1);
				label = stop.getString(2);
				Files.writeString(partial.resolve("pg/backup_label"), label, StandardCharsets.UTF_8);
				manifest.put("pg/backup_label", TreeCopy.hash(partial.resolve("pg/backup_label")));
				String tablespaces = stop.getString(3);
				if (tablespaces != null && !tablespaces.isEmpty()) {
					Files.writeString(partial.resolve("pg/tablespace_map"), tablespaces, StandardCharsets.UTF_8);
					manifest.put("pg/tablespace_map", TreeCopy.hash(partial.resolve("pg/tablespace_map")));
				}
			}
			Instant end = Instant.parse(single(connection,
					"select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"));
			String startWal = match(START_WAL, label);
			int timeline = Integer.parseInt(match(START_TIMELINE, label));
			String stopWal;
			try (PreparedStatement walFile = connection.prepareStatement("select pg_walfile_name(?::pg_lsn)")) {
				walFile.setString(1, stopLsn);
				try (ResultSet rs = walFile.executeQuery()) {
					rs.next();
					stopWal = rs.getString(1);
				}
			}
			copyWal(walArchive, partial.resolve("wal"), startWal, stopWal, manifest, progress);

			Path files = dataDir.resolve("files");
			long fileBytes = TreeCopy.size(files, FILE_STORE);
			int[] count = { 0 };
			if (Files.isDirectory(files)) {
				progress.phase("file store", fileBytes);
				TreeCopy.copy(files, partial.resolve("files"), FILE_STORE, progress,
						previous == null ? null : previous.resolve("files"), null)
					.forEach((path, hash) -> {
						manifest.put("files/" + path, hash);
						count[0]++;
					});
			}
			progress.finish();
			if (Files.isDirectory(dataDir.resolve(KEYS))) {
				TreeCopy.copy(dataDir.resolve(KEYS), partial.resolve(KEYS), KEY_FILES, Progress.none(), null, null)
					.forEach((path, hash) -> manifest.put(KEYS + "/" + path, hash));
			}
			TreeCopy.copyFile(SuperuserPassword.file(dataDir), partial.resolve(SuperuserPassword.FILE), Progress.none());
			manifest.put(SuperuserPassword.FILE, TreeCopy.hash(partial.resolve(SuperuserPassword.FILE)));
			long databaseBytes = manifest.entrySet()
				.stream()
				.filter(e -> e.getKey().startsWith("pg/"))
				.mapToLong(e -> sizeOf(partial.resolve(e.getKey())))
				.sum();
			BackupDescription description = new BackupDescription(BackupDescription.FORMAT, "cutis " + name, started,
					end, startWal, stopWal, stopLsn, timeline, walArchive, version, databaseBytes, fileBytes, count[0]);
			description.write(partial);
			manifest.put(BackupDescription.FILE, TreeCopy.hash(partial.resolve(BackupDescription.FILE)));
			BackupDescription.writeManifest(partial, manifest);
			TreeCopy.sync(partial);
			Files.move(partial, finished, StandardCopyOption.ATOMIC_MOVE);
			SuperuserPassword.forceDirectory(root);
			return new Result(finished, end, databaseBytes, fileBytes, count[0],
					Duration.ofNanos(System.nanoTime() - began));
		}
		catch (IOException | SQLException | RuntimeException e) {
			abortBackup(connection);
			PostgresBinaries.deleteTree(partial);
			throw e;
		}
	}

	private static Path archiveDirectory(Connection connection) throws SQLException {
		if (!"on".equals(single(connection, "show archive_mode"))
				|| !"basic_archive".equals(single(connection, "show archive_library"))) {
			throw new IllegalStateException("The database does not archive its WAL; a backup needs it (restart Cutis)");
		}
		return Path.of(single(connection, "show basic_archive.archive_directory"));
	}

	private static void copyWal(Path archive, Path target, String start, String stop, Map<String, String> manifest,
			Progress progress) throws IOException {
		Files.createDirectories(target);
		List<String> names;
		try (Stream<Path> files = Files.list(archive)) {
			names = files.map(f -> f.getFileName().toString()).toList();
		}
		List<String> wanted = new java.util.ArrayList<>(BackupDescription.walSegmentsBetween(names, start, stop));
		names.stream().filter(n -> n.endsWith(".history") || (n.startsWith(start) && n.endsWith(".backup"))).forEach(wanted::add);
		if (!wanted.contains(stop)) {
			throw new IllegalStateException("The WAL archive " + archive + " lacks " + stop + " of this backup");
		}
		long bytes = 0;
		for (String name : wanted) {
			bytes += Files.size(archive.resolve(name));
		}
		progress.phase("WAL", bytes);
		for (String name : wanted) {
			manifest.put("wal/" + name, TreeCopy.copyFile(archive.resolve(name), target.resolve(name), progress));
		}
	}

	private static Path previousBackup(Path root) throws IOException {
		try (Stream<Path> backups = Files.list(root)) {
			return backups.filter(b -> Files.isRegularFile(b.resolve(BackupDescription.FILE)))
				.max(Path::compareTo)
				.orElse(null);
		}
	}

	private static void abortBackup(Connection connection) {
		try (Statement sql = connection.createStatement()) {
			sql.execute("select pg_backup_stop(false)");
		}
		catch (SQLException notInBackup) {
			// pg_backup_start never ran, or the stop already did
		}
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			return 0;
		}
	}

	private static String match(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("Unexpected backup label: " + text);
		}
		return matcher.group(1);
	}

	static String single(Connection connection, String query) throws SQLException {
		try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
