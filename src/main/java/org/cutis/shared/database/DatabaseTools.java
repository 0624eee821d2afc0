package org.cutis.shared.database;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./cutis backup} and {@code ./cutis restore}, run before Spring starts (like the rules
 * batch): everything they need is in the jar, no PostgreSQL client program is used.
 */
public final class DatabaseTools {
	static final String BACKUP_HELP = """
			./cutis backup [--to DIR] [--keep N] [--data-dir DIR]
			      Back up the embedded database and the file store together, consistent while Cutis runs
			      (PostgreSQL's low-level base backup plus the WAL it archives continuously). Writes
			      DIR/<yyyyMMddTHHmmssZ>/ (default DIR: <data-dir>/backups; put it on another disk).
			      With Cutis stopped, the database is started for the time of the backup.
			      --keep N         then keep only the N newest backups in DIR, and in the WAL archive
			                       only what the oldest of them needs
			      --data-dir DIR   the data directory (default ./data or CUTIS_DATADIR)
			      --wal-archive D  where the WAL is archived when Cutis is stopped (default
			                       CUTIS_BACKUP_WALARCHIVE or <data-dir>/wal-archive)
			""";
	static final String RESTORE_HELP = """
			./cutis restore FROM [--to-time TIMESTAMP] [--data-dir DIR] [--wal-archive DIR]
			      Restore the backup in directory FROM into the data directory (Cutis must be stopped).
			      Without --to-time: the records and files as they were when the backup finished.
			      --to-time 2026-03-14T09:30:00+09:00 (ISO-8601 with offset): replay the archived WAL up to
			      that moment, which may be later than the backup.
			      The current database and files are kept in <data-dir>/before-restore-<time>/.
			      --wal-archive DIR  where to read the archived WAL, if not where the backup says it was
			      The restored database archives its own WAL to CUTIS_BACKUP_WALARCHIVE or
			      <data-dir>/wal-archive, as ./cutis run will.
			""";

	private DatabaseTools() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		quietLogging();
		String command = args.length == 0 ? "" : args[0];
		List<String> rest = new ArrayList<>(List.of(args).subList(Math.min(1, args.length), args.length));
		try {
			Options options = Options.parse(rest);
			if (options.help) {
				out.print(command.equals("restore") ? RESTORE_HELP : BACKUP_HELP);
				return 0;
			}
			if (System.getenv("CUTIS_DB_URL") != null && !System.getenv("CUTIS_DB_URL").isBlank()) {
				err.println("Cutis uses an external PostgreSQL (CUTIS_DB_URL): back it up with its own tools"
						+ " (pgBackRest, Barman) and copy <data-dir>/files; see the README.");
				return 2;
			}
			Progress progress = new Progress(err, System.console() != null);
			switch (command) {
				case "backup" -> {
					if (options.from != null) {
						throw new IllegalArgumentException("Unknown argument: " + options.from + " (see --help)");
					}
					Path root = options.to != null ? options.to : options.dataDir.resolve("backups");
					err.println("Backing up " + options.dataDir.toAbsolutePath() + " to " + root.toAbsolutePath());
					BaseBackup.Result result = BaseBackup.take(options.dataDir, root,
							options.walArchive != null ? options.walArchive : options.ownArchive(), progress);
					out.printf(Locale.ROOT, "Backup %s: database %s, %d stored files (%s), finished %s, took %.1f s%n",
							result.directory().toAbsolutePath(), Progress.size(result.databaseBytes()),
							result.storedFiles(), Progress.size(result.fileStoreBytes()), result.finished(),
							result.took().toMillis() / 1000.0);
					if (options.keep != null) {
						Path archive = BackupDescription.read(result.directory()).walArchive();
						for (Path deleted : BackupRetention.prune(root, options.keep, archive)) {
							out.println("Deleted the older backup " + deleted.getFileName());
						}
					}
					return 0;
				}
				case "restore" -> {
					if (options.from == null) {
						err.print(RESTORE_HELP);
						return 2;
					}
					err.println("Restoring " + options.from.toAbsolutePath() + " into " + options.dataDir.toAbsolutePath()
							+ (options.toTime == null ? "" : " up to " + options.toTime));
					Restore.Result result = Restore.run(options.from, options.dataDir, options.toTime,
							options.walArchive, options.ownArchive(), progress);
					err.println();
					out.printf(Locale.ROOT, "Restored %s to %s (backup finished %s%s), took %.1f s%n",
							result.dataDir().toAbsolutePath(),
							options.toTime == null ? "the end of the backup" : options.toTime.toString(),
							result.backupFinished(), result.lastTransaction() == null ? ""
									: "; last transaction replayed committed " + result.lastTransaction(),
							result.took().toMillis() / 1000.0);
					if (result.previous() != null) {
						out.println("The database and files it replaced are in " + result.previous().toAbsolutePath()
								+ "; delete them once you are satisfied.");
					}
					return 0;
				}
				default -> {
					err.print(BACKUP_HELP + RESTORE_HELP);
					return 2;
				}
			}
		}
		catch (DataDirectoryInUse e) {
			err.println(e.getMessage() + ". Stop Cutis before a restore.");
			return 1;
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return 2;
		}
		catch (Exception e) {
			err.println();
			err.println(command + " failed: " + e.getMessage());
			LoggerFactory.getLogger(DatabaseTools.class).debug("details", e);
			return 1;
		}
	}

	private static void quietLogging() {
		if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			root.setLevel(Level.WARN);
		}
	}

	private static final class Options {
		Path dataDir = Path.of(env("CUTIS_DATADIR", "./data"));
		Path walArchive;
		Path to;
		Path from;
		OffsetDateTime toTime;
		Integer keep;
		boolean help;

		static Options parse(List<String> args) {
			Options options = new Options();
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				switch (arg) {
					case "--help", "-h" -> options.help = true;
					case "--data-dir" -> options.dataDir = Path.of(value(args, ++i, arg));
					case "--to" -> options.to = Path.of(value(args, ++i, arg));
					case "--wal-archive" -> options.walArchive = Path.of(value(args, ++i, arg));
					case "--keep" -> {
						String keep = value(args, ++i, arg);
						if (!keep.matches("[1-9][0-9]*")) {
							throw new IllegalArgumentException("--keep needs a number of backups (1 or more), got '" + keep + "'");
						}
						options.keep = Integer.valueOf(keep);
					}
					case "--to-time" -> {
						String time = value(args, ++i, arg);
						try {
							options.toTime = OffsetDateTime.parse(time);
						}
						catch (DateTimeParseException e) {
							throw new IllegalArgumentException("--to-time needs an ISO-8601 time with its offset, such as"
									+ " 2026-03-14T09:30:00+09:00; got '" + time + "'");
						}
					}
					default -> {
						if (arg.startsWith("--") || options.from != null) {
							throw new IllegalArgumentException("Unknown option: " + arg + " (see --help)");
						}
						options.from = Path.of(arg);
					}
				}
			}
			return options;
		}

		/** Where the server of this data directory archives its WAL, as {@code ./cutis run} configures it. */
		Path ownArchive() {
			String configured = System.getenv("CUTIS_BACKUP_WALARCHIVE");
			return configured == null || configured.isBlank() ? dataDir.resolve("wal-archive") : Path.of(configured);
		}

		private static String value(List<String> args, int i, String option) {
			if (i >= args.size()) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return args.get(i);
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return value == null || value.isBlank() ? fallback : value;
		}
	}
}
