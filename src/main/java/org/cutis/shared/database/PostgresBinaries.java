package org.cutis.shared.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 17 server binaries (initdb, postgres) from the zonky bundle on the class path,
 * unpacked once under {@code <data-dir>/postgresql/<digest>} so they live as long as the data they
 * serve (a temporary directory may be cleaned under a server that runs for months).
 * <p>
 * PostgreSQL refuses to run as root. When Cutis runs as root, every server process is started in
 * a user namespace of its own ({@code unshare -U}, as the zonky library does): inside it the
 * process is the unprivileged overflow user, outside it still owns the data files, and it holds no
 * capability on the host. Every server process also gets a session of its own ({@code setsid}) so
 * that Ctrl-C on Cutis's terminal reaches Cutis, which then stops the server in order.
 */
final class PostgresBinaries {
	private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);

	static final String SHARED_PROPERTY = "cutis.postgres.binaries";

	private final Path home;

	private PostgresBinaries(Path home) {
		this.home = home;
	}

	/**
	 * The binaries for the server of {@code dataDir}: under {@code <data-dir>/postgresql}, or under
	 * the directory named by the system property {@code cutis.postgres.binaries} (the test suite
	 * shares one copy among its many throw-away data directories).
	 */
	static PostgresBinaries forDataDirectory(Path dataDir) {
		String shared = System.getProperty(SHARED_PROPERTY);
		return unpackedUnder(shared == null || shared.isBlank() ? dataDir.resolve("postgresql") : Path.of(shared));
	}

	/** The binaries unpacked under {@code root}, unpacking them first if this version is not there yet. */
	static PostgresBinaries unpackedUnder(Path root) {
		try {
			byte[] bundle;
			try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
				bundle = in.readAllBytes();
			}
			String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundle)).substring(0, 16);
			Path home = root.resolve(digest);
			if (!Files.isRegularFile(home.resolve(".complete"))) {
				unpack(bundle, root, home);
			}
			removeOtherVersions(root, home);
			return new PostgresBinaries(home);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not unpack the PostgreSQL binaries under " + root, e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String architecture() {
		String arch = System.getProperty("os.arch");
		return "amd64".equals(arch) ? "x86_64" : arch;
	}

	private static void unpack(byte[] bundle, Path root, Path home) throws IOException {
		long started = System.nanoTime();
		Files.createDirectories(root);
		Path work = Files.createTempDirectory(root, "unpacking-");
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZInputStream(new ByteArrayInputStream(bundle)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path target = work.resolve(entry.getName()).normalize();
				if (!target.startsWith(work)) {
					throw new IOException("Refusing entry outside the bundle: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(target.getParent());
					Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
				}
				else if (entry.isFile()) {
					Files.createDirectories(target.getParent());
					Files.copy(tar, target);
					if ((entry.getMode() & 0100) != 0 || entry.getName().contains("bin/")) {
						Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
					}
				}
			}
		}
		Files.createFile(work.resolve(".complete"));
		try {
			Files.move(work, home, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
			// another process unpacked the same version at the same time: use theirs
			deleteTree(work);
		}
		log.info("Unpacked PostgreSQL into {} in {} ms", home, (System.nanoTime() - started) / 1_000_000);
	}

	private static void removeOtherVersions(Path root, Path keep) {
		try (Stream<Path> children = Files.list(root)) {
			for (Path child : children.filter(c -> !c.equals(keep) && Files.exists(c.resolve(".complete"))).toList()) {
				deleteTree(child);
			}
		}
		catch (IOException e) {
			log.debug("Could not tidy {}", root, e);
		}
	}

	static void deleteTree(Path tree) throws IOException {
		if (!Files.exists(tree)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(tree)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	Path home() {
		return home;
	}

	/** The command line that runs {@code binary} of this bundle with {@code args}, as described above. */
	List<String> command(String binary, String... args) {
		List<String> command = new ArrayList<>();
		command.add("setsid");
		if (runningAsRoot()) {
			command.add("unshare");
			command.add("-U");
		}
		command.add(home.resolve("bin").resolve(binary).toString());
		command.addAll(List.of(args));
		return command;
	}

	static boolean runningAsRoot() {
		try {
			return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
		}
		catch (IOException | UnsupportedOperationException e) {
			return "root".equals(System.getProperty("user.name"));
		}
	}
}
